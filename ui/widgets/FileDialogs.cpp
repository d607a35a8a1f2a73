#include "ui/widgets/FileDialogs.h"

#include <QFileDialog>
#include <QSettings>

namespace fieldcase::ui {

namespace {

// Qt's dialogs write their memory to QSettings(UserScope, "QtProject"); a path under /dev/null can never be created,
// so that write fails quietly and nothing reaches the disk. Nothing of the app's own uses user-scope QSettings.
void forgetDialogMemory() {
    static const bool once = [] {
        for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, QStringLiteral("/dev/null"));
        return true;
    }();
    Q_UNUSED(once);
}

QString choose(QWidget* parent, const QString& caption, const QString& start, QFileDialog::FileMode mode,
               QFileDialog::AcceptMode accept) {
    forgetDialogMemory();
    QFileDialog dialog(parent, caption, start);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(mode);
    dialog.setAcceptMode(accept);
    if (mode == QFileDialog::Directory) dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setHistory({});
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return {};
    return dialog.selectedFiles().constFirst();
}

}  // namespace

QString chooseFileToOpen(QWidget* parent, const QString& caption, const QString& folder) {
    return choose(parent, caption, folder, QFileDialog::ExistingFile, QFileDialog::AcceptOpen);
}

QString chooseFileToSave(QWidget* parent, const QString& caption, const QString& suggestedPath) {
    return choose(parent, caption, suggestedPath, QFileDialog::AnyFile, QFileDialog::AcceptSave);
}

QString chooseFolder(QWidget* parent, const QString& caption) {
    return choose(parent, caption, QString(), QFileDialog::Directory, QFileDialog::AcceptOpen);
}

}  // namespace fieldcase::ui
