#pragma once

#include "core/api/VaultService.h"

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

    // Serialises every call of this vault's services (vault, records, sync): the GUI calls them from its thread and
    // runs the slow ones (unlock, an exchange) on a worker thread; they share one database connection.
    std::recursive_mutex& mutex() const { return m_mutex; }
    // The open database, for the other services of this vault; null while locked.
    db::Connection* connection();
    // The unlocked vault's database, Mutator and search index; null while locked.
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
    QString m_dir;
    StepHook m_stepHook;
    std::unique_ptr<QLockFile> m_lock;
    const Clock& m_clock;
    std::unique_ptr<VaultSession> m_session;
};

}  // namespace fieldcase
