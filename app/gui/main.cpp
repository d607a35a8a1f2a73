#include "app/training/TrainingVault.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "core/base/ProcessHardening.h"
#include "translations/Translations.h"
#include "ui/app/AppWindow.h"
#include "ui/settings/Preferences.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <csignal>

#include <memory>

namespace {

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int) {
    stopRequested = 1;
}

// Logging out, shutting down or Ctrl+C in a terminal ends the app the way closing its window does: the vault is
// locked and a training vault deleted. A signal handler may only set a flag; the event loop looks at it.
void quitOnTerminationSignals(QTimer& poll) {
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
#ifdef SIGHUP
    std::signal(SIGHUP, requestStop);
#endif
    poll.setInterval(200);
    QObject::connect(&poll, &QTimer::timeout, [] {
        if (stopRequested != 0) QCoreApplication::quit();
    });
    poll.start();
}

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
    QTimer stopPoll;
    quitOnTerminationSignals(stopPoll);
    QCoreApplication::setOrganizationName(QStringLiteral("fieldcase"));
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Fieldcase"));
    QGuiApplication::setDesktopFileName(QStringLiteral("fieldcase"));

    QString requested = requestedLanguage(QCoreApplication::arguments());
    if (requested.isEmpty()) requested = fieldcase::ui::Preferences().language();
    const QString language = fieldcase::chooseLanguage(requested);
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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Training mode: a throwaway vault with made-up cases, deleted on exit."));
    parser.addOption(vaultOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.process(app);
    if (!hardened) {
        return fail(QCoreApplication::translate(
            "main",
            "Fieldcase could not protect its memory from other programs on this computer, so it "
            "will not open the vault."));
    }

    fieldcase::ui::AppWindowOptions options;
    std::unique_ptr<fieldcase::training::TrainingVault> trainingVault;
    std::unique_ptr<fieldcase::Services> ownServices;
    fieldcase::Services* services = nullptr;
    if (parser.isSet(demoOption)) {
        if (parser.isSet(vaultOption)) {
            return fail(QCoreApplication::translate("main", "--demo uses a vault of its own: leave out --vault."));
        }
        auto created = fieldcase::training::TrainingVault::create();
        if (!created) return fail(created.error().message);
        trainingVault = std::move(*created);
        services = &trainingVault->services();
        options.trainingPassphrase = QString::fromLatin1(fieldcase::training::TrainingVault::kPassphrase);
        // What a trainee sets stays in the training folder, away from this laptop's real settings.
        options.preferencesFile = trainingVault->folder() + QStringLiteral("/preferences.ini");
    } else {
        ownServices = fieldcase::makeServices(parser.value(vaultOption));
        if (const fieldcase::Result<void> claimed = ownServices->vault().claim(); !claimed) {
            return fail(claimed.error().message);
        }
        services = ownServices.get();
    }

    int status = 0;
    {
        fieldcase::ui::AppWindow window(*services, options);
        window.show();
        status = QApplication::exec();
    }
    // The window is gone and no worker runs any more: wipe the keys before the services go.
    services->vault().lock();
    return status;
}
