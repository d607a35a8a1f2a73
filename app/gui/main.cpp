#include "core/api/Bootstrap.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "translations/Translations.h"
#include "ui/AppWindow.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

namespace {

int fail(const QString& message) {
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Fieldcase"), message);
    return 1;
}

// --lang is needed before the other options are described, so that --help comes out in that language.
QString requestedLanguage(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("ru|en"));
    parser.addOption(lang);
    // Every other option is unknown to this parser; the real one below reports those errors.
    parser.parse(arguments);
    return parser.value(lang);
}

}  // namespace

int main(int argc, char* argv[]) {
    // Before anything can hold a secret.
    const bool hardened = fieldcase::hardenProcess();

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("fieldcase"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Fieldcase"));
    QGuiApplication::setDesktopFileName(QStringLiteral("fieldcase"));

    const QString language = fieldcase::chooseLanguage(requestedLanguage(QCoreApplication::arguments()));
    if (language.isEmpty()) {
        return fail(QCoreApplication::translate("main", "Unknown language for --lang: use ru or en."));
    }
    if (!fieldcase::installTranslations(language)) {
        return fail(QCoreApplication::translate("main", "Cannot load the %1 translation.").arg(language));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Fieldcase: offline, encrypted case management."));
    parser.addHelpOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QCoreApplication::translate("main", "Use the vault in folder <dir>."),
                                         QCoreApplication::translate("main", "dir"), fieldcase::defaultVaultDir());
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: ru or en."),
                                        QStringLiteral("ru|en"));
    parser.addOption(vaultOption);
    parser.addOption(langOption);
    parser.process(app);
    if (!hardened) {
        return fail(QCoreApplication::translate(
            "main",
            "Fieldcase could not protect its memory from other programs on this computer, so it "
            "will not open the vault."));
    }

    const std::unique_ptr<fieldcase::Services> services = fieldcase::makeServices(parser.value(vaultOption));
    if (const fieldcase::Result<void> claimed = services->vault().claim(); !claimed) {
        return fail(claimed.error().message);
    }

    int status = 0;
    {
        fieldcase::ui::AppWindow window(*services);
        window.show();
        status = QApplication::exec();
    }
    // The window is gone and no worker runs any more: wipe the keys before the services go.
    services->vault().lock();
    return status;
}
