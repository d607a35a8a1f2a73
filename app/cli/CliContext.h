#pragma once

#include "app/cli/SecretInput.h"
#include "core/base/Result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>

#include <memory>

namespace fieldcase {
class RecordService;
class Services;
class SyncService;
class VaultService;
}  // namespace fieldcase

namespace fieldcase::cli {

// Exit codes of the CLI contract (docs/cli.md).
enum ExitCode { kExitOk = 0, kExitFailed = 1, kExitUsage = 2, kExitSecret = 3, kExitRejected = 4, kExitIo = 5 };

int exitCodeFor(ErrorCode code);

// What every command gets: the parsed command line, the vault's services, and output helpers.
class CliContext {
public:
    CliContext(QString commandName, QCommandLineParser& parser, const QString& vaultDir, bool json,
               bool passphraseFromStdin);
    ~CliContext();

    // "init", "case add"...
    const QString& commandName() const { return m_commandName; }
    QCommandLineParser& parser() { return m_parser; }
    bool json() const { return m_json; }
    SecretInput& secrets() { return m_secrets; }
    VaultService& vault();
    RecordService& records();
    SyncService& sync();

    // Asks for the passphrase and unlocks the vault.
    Result<void> unlockVault();
    // The same, for a command that needs the passphrase again (it is asked once).
    Result<SecretBytes> unlockVaultKeepingPassphrase();

    // Prints one line for a person on stdout (not in --json mode).
    void say(const QString& line) const;
    // Prints the one JSON document of --json mode.
    void printJson(const QJsonValue& value) const;
    // Prints the error line on stderr and returns the matching exit code.
    int fail(const Error& error) const;

private:
    QString m_commandName;
    QCommandLineParser& m_parser;
    bool m_json;
    SecretInput m_secrets;
    std::unique_ptr<Services> m_services;
};

// A moment as the JSON output writes it: ISO 8601 in UTC.
QString isoTime(qint64 ms);

}  // namespace fieldcase::cli
