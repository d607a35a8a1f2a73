#pragma once

#include "core/api/VaultService.h"
#include "core/services/LocalChanges.h"
#include "core/vault/Vault.h"

#include <QString>

#include <mutex>
#include <optional>

namespace fieldcase {

class Clock;
struct VaultSession;
namespace db {
class Connection;
}

// VaultService over vault::Vault (the vault on the local disk), and the one lock every service call of this vault
// holds (Call).
class LocalVault final : public VaultService {
public:
    using StepHook = vault::Vault::StepHook;

    // clock: the wall clock for change stamps and the audit trail; the system's when null.
    explicit LocalVault(QString vaultDir, StepHook stepHook = {}, const Clock* clock = nullptr);
    ~LocalVault() override;

    QString vaultDir() const override { return m_vault.dir(); }
    bool exists() const override;
    Result<void> claim() override;
    Result<CreatedVault> create(CreateVaultRequest request) override;
    Result<void> unlock(const SecretBytes& passphrase) override;
    void lock() override;
    bool isUnlocked() const override;
    Result<void> changePassphrase(const SecretBytes& oldPassphrase, const SecretBytes& newPassphrase,
                                  std::optional<KdfStrength> strength) override;
    Result<void> recover(const SecretBytes& recoveryCode, const SecretBytes& newPassphrase) override;
    Result<SecretBytes> rekey(const SecretBytes& passphrase) override;
    Result<void> destroyKeys() override;
    Result<void> setDuressPassphrase(const SecretBytes& passphrase, const SecretBytes& duressPassphrase,
                                     DuressDecoyLanguage language) override;
    Result<void> removeDuressPassphrase(const SecretBytes& passphrase) override;
    Result<void> travelLock(const SecretBytes& passphrase) override;
    Result<void> travelUnlock(const SecretBytes& passphrase, const QString& dir) override;
    Result<QString> backup(const QString& dir) override;
    Result<RestoredVault> restore(RestoreRequest request) override;
    Result<BackupSchedule> backupSchedule() override;
    Result<void> setBackupSchedule(const BackupSchedule& schedule) override;
    Result<qint64> lastBackupIn(const QString& folder) override;
    Result<QString> backupIfDue() override;
    Result<VerifyReport> verify() override;
    Result<VaultInfo> info() override;
    Result<qint64> measureUnlockTime(KdfStrength strength) const override;

    // One call of this vault's services (vault, records, sync), made on the stack at the start of each. It holds
    // the vault's lock for the call: the GUI calls from its thread and runs the slow ones (unlock, an exchange) on
    // a worker thread, and they share one database connection, so calls from other threads wait. When the
    // outermost call of the thread ends, it lets the lock go and then tells the listeners what the call changed
    // (changes(): the kinds of record the Mutator committed, and what the call noted).
    class Call {
    public:
        explicit Call(LocalVault& vault);
        ~Call();
        Call(const Call&) = delete;
        Call& operator=(const Call&) = delete;

        // The unlocked vault's database, Mutator and search index; null while locked (return lockedError()).
        VaultSession* session() const { return m_vault.m_vault.session(); }
        static Error lockedError() { return vault::lockedError(); }
        void noteTeamChanged() { m_vault.m_pending.team = true; }
        void noteSyncFinished() { m_vault.m_pending.syncFinished = true; }

    private:
        LocalVault& m_vault;
        std::unique_lock<std::recursive_mutex> m_lock;
    };

    ChangeNotifier& changes() { return m_changes; }

    // The open database and the unlocked session (null while locked) for tests and tools that reach past the
    // facade; the services themselves go through a Call.
    db::Connection* connection();
    VaultSession* session() { return m_vault.session(); }

    QString keyFilePath() const { return m_vault.keyFilePath(); }
    QString databasePath() const { return m_vault.databasePath(); }
    QString lockFilePath() const { return m_vault.lockFilePath(); }
    QString rekeyCopyPath() const { return m_vault.rekeyCopyPath(); }

private:
    mutable std::recursive_mutex m_mutex;
    int m_callDepth = 0;    // nested Calls on the thread that holds m_mutex
    VaultChange m_pending;  // what the calls in progress changed
    LocalChanges m_changes;
    vault::Vault m_vault;
};

}  // namespace fieldcase
