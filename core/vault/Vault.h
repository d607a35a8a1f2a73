#pragma once

#include "core/api/VaultService.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDir;
class QLockFile;

namespace fieldcase {

class Clock;
struct VaultSession;
namespace crypto {
class KeyFile;
struct KdfParams;
}  // namespace crypto

namespace vault {

class DecoyClock;

// The hidden folders create() and restore() build a vault in before they rename it into place: what a killed
// process left of them beside vaultName in parent is removed.
void removeStalePartials(const QDir& parent, const QString& vaultName);
crypto::KdfParams kdfParamsFor(KdfStrength strength);

// What a call that needs the open vault returns while it is locked.
Error lockedError();
// The start of every case reference this device makes.
QString referencePrefix(const QByteArray& deviceId);

// A vault on the local disk and its life: vault.keys and vault.db in one folder, a lock file beside it, the key
// slots that open the database, and the session that exists while it is open (docs/security.md, "Key hierarchy").
// Not thread-safe: LocalVault serialises the calls and tells the views what they changed.
class Vault {
public:
    // Called at each named step of create() and rekey(); an error stops the work there. Tests use it to
    // simulate a crash or a full disk mid-way (and to copy the folder as a crash would leave it).
    using StepHook = std::function<Result<void>(const char* step)>;
    // Called with each session as it opens, before anything writes through it.
    using OpenHook = std::function<void(VaultSession&)>;

    Vault(QString vaultDir, StepHook stepHook, const Clock& clock, OpenHook onOpen);
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const QString& dir() const { return m_dir; }
    QString keyFilePath() const;
    QString databasePath() const;
    QString lockFilePath() const;
    // The re-encrypted copy of the database that rekey() writes before it replaces vault.db.
    QString rekeyCopyPath() const;

    bool exists() const;
    // The open session; null while locked.
    VaultSession* session() const { return m_session.get(); }

    Result<void> claim();
    Result<CreatedVault> create(const CreateVaultRequest& request);
    // The passphrase opens the vault; the duress passphrase opens the decoy and, before it shows, seals a note for
    // the office over the passphrase slot (docs/threat-model.md, "The duress passphrase"). The two take one path
    // as far as anyone at the laptop can tell.
    Result<void> unlock(const SecretBytes& passphrase);
    void lock();
    Result<void> changePassphrase(const SecretBytes& oldPassphrase, const SecretBytes& newPassphrase,
                                  std::optional<KdfStrength> strength);
    Result<void> recover(const SecretBytes& recoveryCode, const SecretBytes& newPassphrase);
    Result<SecretBytes> rekey(const SecretBytes& passphrase);
    // Overwrites the key file in place with random bytes, syncs it to the disk, and locks: the database stays, but
    // neither the passphrase nor the recovery code opens it again. Works locked or unlocked.
    Result<void> destroyKeys();
    // Sets (or replaces) the duress passphrase; the vault must be open with its passphrase, which is asked again.
    Result<void> setDuressPassphrase(const SecretBytes& passphrase, const SecretBytes& duressPassphrase,
                                     DuressDecoyLanguage language);
    Result<void> removeDuressPassphrase(const SecretBytes& passphrase);
    // Travel lock: the passphrase slot is sealed again under the passphrase and the release key the coordinators
    // hold, and the vault locks. Needs the vault open and a coordinator that holds the key.
    Result<void> travelLock(const SecretBytes& passphrase);
    // Opens a travel-locked vault with the passphrase and one of the release files (their bytes), restores the
    // passphrase alone and leaves the vault unlocked; returns the index of the file that opened it.
    Result<int> travelUnlock(const SecretBytes& passphrase, const std::vector<QByteArray>& releaseFiles);
    Result<QString> backup(const QString& dir);
    Result<RestoredVault> restore(const RestoreRequest& request);
    Result<BackupSchedule> backupSchedule();
    Result<void> setBackupSchedule(const BackupSchedule& schedule);
    Result<qint64> lastBackupIn(const QString& folder);
    Result<QString> backupIfDue();
    Result<VerifyReport> verify();
    Result<VaultInfo> info();
    static Result<qint64> measureUnlockTime(KdfStrength strength);

private:
    Result<void> step(const char* name) const;
    Result<crypto::KeyFile> loadKeyFile() const;
    Result<void> openDatabase(const SecretBytes& databaseKey, const QByteArray& expectedVaultId);
    Result<void> replaceDatabaseWithRekeyedCopy();
    Result<void> openWithDuress(crypto::KeyFile& keys, const SecretBytes& duressValue);
    // Whether slot key opens the duress slot: of the decoy's "passphrase", or a new passphrase that would clash.
    static bool opensDuressSlot(const crypto::KeyFile& keys, const SecretBytes& slotKey);
    // Inside the decoy: the duress slot's value if passphrase is the duress passphrase, else "Wrong passphrase".
    static Result<SecretBytes> decoyValue(const crypto::KeyFile& keys, const SecretBytes& passphrase);
    // After the recovery code opened the real database: a duress note over the passphrase slot is read, reported
    // to the team and the duress passphrase (which the coercer knows) removed from keys.
    Result<void> takeDuressNote(crypto::KeyFile& keys);
    // In place, as the duress path writes it, so the two paths change the file alike; failures are not reported
    // (a vault on a read-only disk still opens).
    void rewriteInPlace(const crypto::KeyFile& keys) const;
    void removeRekeyCopy() const;

    QString m_dir;
    StepHook m_stepHook;
    const Clock& m_clock;
    OpenHook m_onOpen;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<VaultSession> m_session;
    // Set while the session is the duress decoy.
    std::unique_ptr<DecoyClock> m_decoyClock;
    bool m_decoyDuressSet = false;  // a duress passphrase "set" inside the decoy, so Settings says so until it locks
};

}  // namespace vault
}  // namespace fieldcase
