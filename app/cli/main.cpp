// fieldcase-cli: the scripting face of the same core the GUI uses (docs/cli.md).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/api/Services.h"
#include "core/base/ProcessHardening.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace fieldcase::cli;

namespace {

// Positions of the command words ("init", or "case" "add"); values of global options are skipped.
QList<qsizetype> commandWordPositions(const QStringList& arguments, const std::vector<Command>& commands) {
    QList<qsizetype> positions;
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--vault") || argument == QLatin1String("--language")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            if (!words.isEmpty()) break;
            continue;
        }
        words << argument;
        positions << i;
        const QString joined = words.join(QLatin1Char(' '));
        const bool isPrefix = std::any_of(commands.begin(), commands.end(), [&](const Command& command) {
            return command.name.startsWith(joined + QLatin1Char(' '));
        });
        if (!isPrefix) break;
    }
    return positions;
}

// What main() needs before the application exists: the --language asked for, and whether the command prints a PDF
// (fonts need a QGuiApplication; every other command runs on a QCoreApplication and loads no GUI library).
struct EarlyArguments {
    QString language;
    bool prints = false;
};

EarlyArguments earlyArguments(int argc, char* argv[]) {
    EarlyArguments early;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--language") == 0 && i + 1 < argc) {
            early.language = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strncmp(argv[i], "--language=", 11) == 0) {
            early.language = QString::fromLocal8Bit(argv[i] + 11);
        } else if (std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "letter") == 0) {
            early.prints = true;
        }
    }
    return early;
}

QString usageText(const std::vector<Command>& commands) {
    QString text =
        QCoreApplication::translate("Cli",
                                    "Usage: fieldcase-cli [--vault DIR] [--json] "
                                    "[--passphrase-stdin] [--language ru|en] COMMAND [options]\n\nCommands:\n");
    for (const auto& command : commands) {
        text += QStringLiteral("  %1  %2\n").arg(command.name, -18).arg(command.summary);
    }
    text += QCoreApplication::translate("Cli", "\nRun 'fieldcase-cli COMMAND --help' for a command's options.\n");
    return text;
}

}  // namespace

int main(int argc, char* argv[]) {
    const bool hardened = fieldcase::hardenProcess();
    const EarlyArguments early = earlyArguments(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (early.prints) {
        // A PDF needs fonts, not a display. Qt Gui's own notes about the session ("XDG_RUNTIME_DIR not set") are
        // not the person's business: the CLI's output stays its own lines, errors one line each.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type == QtFatalMsg) std::fprintf(stderr, "fieldcase-cli: %s\n", message.toLocal8Bit().constData());
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDCASE_VERSION));
    const QString language = fieldcase::chooseLanguage(early.language);
    fieldcase::installTranslations(language.isEmpty() ? fieldcase::chooseLanguage(QString()) : language);
    if (language.isEmpty()) {
        std::fprintf(stderr, "fieldcase-cli: %s\n",
                     QCoreApplication::translate("Cli", "--language must be ru or en.").toLocal8Bit().constData());
        return kExitUsage;
    }
    if (!hardened) {
        // Same policy as the desktop app: never handle secrets in a process that could dump them to disk.
        std::fprintf(stderr, "fieldcase-cli: %s\n",
                     QCoreApplication::translate("Cli",
                                                 "The system refused to protect this program's memory (core "
                                                 "dumps, debugger access); stopping.")
                         .toLocal8Bit()
                         .constData());
        return kExitFailed;
    }

    const QCommandLineOption vaultOption(
        QStringLiteral("vault"), QCoreApplication::translate("Cli", "The vault folder."), QStringLiteral("DIR"));
    const QCommandLineOption stdinOption(
        QStringLiteral("passphrase-stdin"),
        QCoreApplication::translate("Cli", "Read secrets from standard input, one per line."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Machine-readable output on standard output."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("Cli", "The language of messages and documents: ru or en (default: the system's)."),
        QStringLiteral("LANG"));

    std::vector<Command> commands = vaultCommands();
    for (auto& command : recordCommands())
        commands.push_back(std::move(command));
    for (auto& command : syncCommands())
        commands.push_back(std::move(command));
    for (auto& command : importCommands())
        commands.push_back(std::move(command));
    const QStringList arguments = QCoreApplication::arguments();
    const QList<qsizetype> positions = commandWordPositions(arguments, commands);
    QStringList words;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        (positions.contains(i) ? words : rest) << arguments[i];
    }
    const QString name = words.join(QLatin1Char(' '));
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&](const Command& candidate) { return candidate.name == name; });

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Fieldcase on the command line."));
    parser.addOptions({vaultOption, stdinOption, jsonOption, languageOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    if (command != commands.end()) {
        command->addOptions(parser, command->name);
    }
    if (!parser.parse(rest)) {
        std::fprintf(stderr, "fieldcase-cli: %s\n", parser.errorText().toLocal8Bit().constData());
        return kExitUsage;
    }
    if (parser.isSet(versionOption)) {
        std::printf("fieldcase-cli %s\n", FIELDCASE_VERSION);
        return kExitOk;
    }
    if (command == commands.end()) {
        if (parser.isSet(helpOption) && words.isEmpty()) {
            std::fputs(usageText(commands).toLocal8Bit().constData(), stdout);
            return kExitOk;
        }
        if (!name.isEmpty()) {
            std::fprintf(
                stderr, "fieldcase-cli: %s\n",
                QCoreApplication::translate("Cli", "unknown command '%1'").arg(name).toLocal8Bit().constData());
        }
        std::fputs(usageText(commands).toLocal8Bit().constData(), stderr);
        return kExitUsage;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return kExitOk;
    }
    const QString vaultDir = parser.isSet(vaultOption) ? parser.value(vaultOption) : fieldcase::defaultVaultDir();
    CliContext context(command->name, parser, vaultDir, parser.isSet(jsonOption), parser.isSet(stdinOption));
    return command->run(context);
}
