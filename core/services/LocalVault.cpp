#include "core/services/LocalVault.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/store/Mutator.h"
#include "core/sync/team/TravelRelease.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <utility>

namespace fieldcase {

namespace {

const Clock& systemClock() {
    static const SystemClock clock;
    return clock;
}

}  // namespace

LocalVault::LocalVault(QString vaultDir, StepHook stepHook, const Clock* clock)
    : m_vault(std::move(vaultDir), std::move(stepHook), clock != nullptr ? *clock : systemClock(),
              [this](VaultSession& session) {
                  // The Mutator commits only inside a Call: what it committed is published when the call ends.
                  session.mutator.setCommitListener([this](const QStringList& kinds) {
                      for (const QString& kind : kinds) {
                          if (!m_pending.recordKinds.contains(kind)) m_pending.recordKinds << kind;
                      }
                  });
              }) {}

LocalVault::~LocalVault() {
    lock();
}

LocalVault::Call::Call(LocalVault& vault) : m_vault(vault), m_lock(vault.m_mutex) {
    ++m_vault.m_callDepth;
}

LocalVault::Call::~Call() {
    if (--m_vault.m_callDepth > 0) return;
    const VaultChange change = std::exchange(m_vault.m_pending, {});
    m_lock.unlock();
    if (!change.isEmpty()) m_vault.m_changes.publish(change);
}

bool LocalVault::exists() const {
    const std::lock_guard guard(m_mutex);
    return m_vault.exists();
}

bool LocalVault::isUnlocked() const {
    const std::lock_guard guard(m_mutex);
    return m_vault.session() != nullptr;
}

db::Connection* LocalVault::connection() {
    VaultSession* open = m_vault.session();
    return open != nullptr ? &open->connection : nullptr;
}

Result<void> LocalVault::claim() {
    const Call call(*this);
    return m_vault.claim();
}

Result<CreatedVault> LocalVault::create(CreateVaultRequest request) {
    const Call call(*this);
    return m_vault.create(request);
}

Result<void> LocalVault::unlock(const SecretBytes& passphrase) {
    const Call call(*this);
    return m_vault.unlock(passphrase);
}

void LocalVault::lock() {
    const Call call(*this);
    m_vault.lock();
}

Result<void> LocalVault::changePassphrase(const SecretBytes& oldPassphrase, const SecretBytes& newPassphrase,
                                          std::optional<KdfStrength> strength) {
    const Call call(*this);
    return m_vault.changePassphrase(oldPassphrase, newPassphrase, strength);
}

Result<void> LocalVault::recover(const SecretBytes& recoveryCode, const SecretBytes& newPassphrase) {
    const Call call(*this);
    return m_vault.recover(recoveryCode, newPassphrase);
}

Result<SecretBytes> LocalVault::rekey(const SecretBytes& passphrase) {
    const Call call(*this);
    return m_vault.rekey(passphrase);
}

Result<void> LocalVault::destroyKeys() {
    const Call call(*this);
    return m_vault.destroyKeys();
}

Result<void> LocalVault::setDuressPassphrase(const SecretBytes& passphrase, const SecretBytes& duressPassphrase,
                                             DuressDecoyLanguage language) {
    const Call call(*this);
    return m_vault.setDuressPassphrase(passphrase, duressPassphrase, language);
}

Result<void> LocalVault::removeDuressPassphrase(const SecretBytes& passphrase) {
    const Call call(*this);
    return m_vault.removeDuressPassphrase(passphrase);
}

Result<void> LocalVault::travelLock(const SecretBytes& passphrase) {
    const Call call(*this);
    return m_vault.travelLock(passphrase);
}

Result<void> LocalVault::travelUnlock(const SecretBytes& passphrase, const QString& dir) {
    const Call call(*this);
    const QDir folder(dir);
    if (!folder.exists()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Vault", "There is no folder %1.").arg(dir));
    }
    std::vector<QByteArray> files;
    QStringList paths;
    for (const QString& name :
         folder.entryList({QStringLiteral("*.fcrelease")}, QDir::Files | QDir::Readable, QDir::Name)) {
        auto bytes = readSmallFile(folder.filePath(name), sync::TravelRelease::kMaxFileSize);
        if (!bytes) continue;  // too large or unreadable: not a release file
        files.push_back(std::move(*bytes));
        paths << folder.filePath(name);
    }
    if (files.empty()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Vault", "There is no release file (*.fcrelease) in %1.").arg(dir));
    }
    auto used = m_vault.travelUnlock(passphrase, files);
    if (!used) return used.error();
    // Used once: it opens nothing after the next exchange, and a stick that still carries it is half a key.
    QFile::remove(paths.at(*used));
    return {};
}

Result<QString> LocalVault::backup(const QString& dir) {
    const Call call(*this);
    return m_vault.backup(dir);
}

Result<RestoredVault> LocalVault::restore(RestoreRequest request) {
    const Call call(*this);
    return m_vault.restore(request);
}

Result<BackupSchedule> LocalVault::backupSchedule() {
    const Call call(*this);
    return m_vault.backupSchedule();
}

Result<void> LocalVault::setBackupSchedule(const BackupSchedule& schedule) {
    const Call call(*this);
    return m_vault.setBackupSchedule(schedule);
}

Result<qint64> LocalVault::lastBackupIn(const QString& folder) {
    const Call call(*this);
    return m_vault.lastBackupIn(folder);
}

Result<QString> LocalVault::backupIfDue() {
    const Call call(*this);
    return m_vault.backupIfDue();
}

Result<VerifyReport> LocalVault::verify() {
    const Call call(*this);
    return m_vault.verify();
}

Result<VaultInfo> LocalVault::info() {
    const Call call(*this);
    return m_vault.info();
}

Result<qint64> LocalVault::measureUnlockTime(KdfStrength strength) const {
    // No vault state is touched, so no lock is taken: the measurement may run beside an open vault's work.
    return vault::Vault::measureUnlockTime(strength);
}

}  // namespace fieldcase
