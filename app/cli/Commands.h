#pragma once

#include <QString>

#include <vector>

class QCommandLineParser;

namespace fieldcase::cli {

class CliContext;

// One command of fieldcase-cli: "init", or "case add" for grouped commands.
struct Command {
    QString name;
    QString summary;                                               // one line for --help
    void (*addOptions)(QCommandLineParser&, const QString& name);  // the command's own options and arguments
    int (*run)(CliContext&);                                       // returns the exit code
};

std::vector<Command> vaultCommands();
std::vector<Command> recordCommands();
std::vector<Command> syncCommands();
std::vector<Command> importCommands();

}  // namespace fieldcase::cli
