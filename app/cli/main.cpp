// fieldcase-cli: the scripting face of the same core the GUI uses (docs/cli.md).
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "core/api/Services.h"
#include "core/base/ProcessHardening.h"
#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

using namespace fieldcase::cli;

namespace {

// Positions of the command words ("init", or "case" "add"); values of global options are skipped.
QList<qsizetype> commandWordPositions(const QStringList& arguments, const std::vector<Command>& commands) {
    QList<qsizetype> positions;
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--vault")) {
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

QString usageText(const std::vector<Command>& commands) {
    QString text = QCoreApplication::translate("Cli",
                                               "Usage: fieldcase-cli [--vault DIR] [--json] "
                                               "[--passphrase-stdin] COMMAND [options]\n\nCommands:\n");
    for (const auto& command : commands) {
        text += QStringLiteral("  %1  %2\n").arg(command.name, -18).arg(command.summary);
    }
    text += QCoreApplication::translate("Cli", "\nRun 'fieldcase-cli COMMAND --help' for a command's options.\n");
    return text;
}

}  // namespace

int main(int argc, char* argv[]) {
    const bool hardened = fieldcase::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldcase-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDCASE_VERSION));
    fieldcase::installTranslations(fieldcase::chooseLanguage(QString()));
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

    std::vector<Command> commands = vaultCommands();
    for (auto& command : recordCommands())
        commands.push_back(std::move(command));
    for (auto& command : syncCommands())
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
    parser.addOptions({vaultOption, stdinOption, jsonOption});
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
