#include "ui/print/PdfWriter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace fieldcase::ui {

Result<void> writePdf(const PrintableDocument& document, const QString& path) {
    const auto cannotWrite = [&](const QString& reason) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Documents", "Cannot write %1: %2").arg(path, reason));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(QString());  // the file names no program
        QTextDocument text;
        text.setDefaultStyleSheet(
            QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 13pt; } "
                           "h3 { font-size: 11pt; } body { font-size: 10pt; }"));
        text.setHtml(document.html);
        text.print(&writer);
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return cannotWrite(reason);
    }
    if (!file.commit()) return cannotWrite(file.errorString());
    return {};
}

}  // namespace fieldcase::ui
