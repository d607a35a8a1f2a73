#include "app/cli/CliContext.h"

#include "core/api/Services.h"
#include "core/api/VaultService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace fieldcase::cli {

int exitCodeFor(ErrorCode code) {
    switch (code) {
        case ErrorCode::Usage:
            return kExitUsage;
        case ErrorCode::WrongSecret:
        case ErrorCode::VaultInUse:
            return kExitSecret;
        case ErrorCode::Rejected:
            return kExitRejected;
        case ErrorCode::Io:
            return kExitIo;
        case ErrorCode::Failed:
        case ErrorCode::NotFound:
        case ErrorCode::Damaged:
        case ErrorCode::AlreadyExists:
        case ErrorCode::NewerVersion:
        case ErrorCode::Locked:
            break;
    }
    return kExitFailed;
}

CliContext::CliContext(QString commandName, QCommandLineParser& parser, const QString& vaultDir, bool json,
                       bool passphraseFromStdin)
    : m_commandName(std::move(commandName)),
      m_parser(parser),
      m_json(json),
      m_secrets(passphraseFromStdin),
      m_services(makeServices(vaultDir)) {}

CliContext::~CliContext() = default;

VaultService& CliContext::vault() {
    return m_services->vault();
}

RecordService& CliContext::records() {
    return m_services->records();
}

SyncService& CliContext::sync() {
    return m_services->sync();
}

Result<void> CliContext::unlockVault() {
    auto passphrase = unlockVaultKeepingPassphrase();
    if (!passphrase) return passphrase.error();
    return {};
}

Result<SecretBytes> CliContext::unlockVaultKeepingPassphrase() {
    FC_TRY(vault().claim());
    if (!vault().exists()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Cli", "There is no vault in %1. Create one with: fieldcase-cli init")
                                            .arg(vault().vaultDir()));
    }
    auto passphrase = m_secrets.read(QCoreApplication::translate("Cli", "Passphrase"));
    if (!passphrase) {
        return passphrase.error();
    }
    FC_TRY(vault().unlock(*passphrase));
    return std::move(*passphrase);
}

void CliContext::say(const QString& line) const {
    if (!m_json) {
        std::fputs(line.toLocal8Bit().constData(), stdout);
        std::fputc('\n', stdout);
    }
}

void CliContext::printJson(const QJsonValue& value) const {
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

int CliContext::fail(const Error& error) const {
    std::fprintf(stderr, "fieldcase-cli: %s\n", error.message.toLocal8Bit().constData());
    return exitCodeFor(error.code);
}

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

}  // namespace fieldcase::cli
