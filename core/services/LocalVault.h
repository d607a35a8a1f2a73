#pragma once

#include "core/api/VaultService.h"
#include "core/services/LocalChanges.h"

#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QLockFile;

namespace fieldcase {

class Clock;
struct VaultSession;
namespace db {
class Connection;
}
namespace crypto {
class KeyFile;
}

// The vault on the local disk: vault.keys + vault.db in one folder, and a lock file beside it.
class LocalVault final : public VaultService {
public:
    // Called at each named step of create() and rekey(); an error stops the work there. Tests use it to
    // simulate a crash or a full disk mid-way (and to copy the folder as a crash would leave it).
    using StepHook = std::function<Result<void>(const char* step)>;

    // clock: the wall clock for change stamps and the audit trail; the system's when null.
    explicit LocalVault(QString vaultDir, StepHook stepHook = {}, const Clock* clock = nullptr);
    ~LocalVault() override;

    QString vaultDir() const override { return m_dir; }
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
        VaultSession* session() const { return m_vault.m_session.get(); }
        static Error lockedError();
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
    VaultSession* session() { return m_session.get(); }

    QString keyFilePath() const;
    QString databasePath() const;
    QString lockFilePath() const;
    // The re-encrypted copy of the database that rekey() writes before it replaces vault.db.
    QString rekeyCopyPath() const;

private:
    Result<void> step(const char* name) const;
    Result<crypto::KeyFile> loadKeyFile() const;
    Result<void> openDatabase(const SecretBytes& databaseKey, const QByteArray& expectedVaultId);
    Result<void> replaceDatabaseWithRekeyedCopy();
    void removeRekeyCopy() const;

    mutable std::recursive_mutex m_mutex;
    int m_callDepth = 0;    // nested Calls on the thread that holds m_mutex
    VaultChange m_pending;  // what the calls in progress changed
    LocalChanges m_changes;
    QString m_dir;
    StepHook m_stepHook;
    std::unique_ptr<QLockFile> m_lock;
    const Clock& m_clock;
    std::unique_ptr<VaultSession> m_session;
};

}  // namespace fieldcase
