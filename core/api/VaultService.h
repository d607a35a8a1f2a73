#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QString>

#include <cstdint>

namespace fieldcase {

// How slow the passphrase key derivation is (Argon2id); slower resists guessing longer.
enum class KdfStrength { Interactive, Moderate, Sensitive };

struct CreateVaultRequest {
    SecretBytes passphrase;
    QString deviceName;
    KdfStrength strength = KdfStrength::Moderate;
    bool joinExistingTeam = false;  // false: this device founds a team and coordinates it
};

struct CreatedVault {
    QString deviceId;
    SecretBytes recoveryCode;  // shown once, to be written down and kept in the office safe
};

struct VaultInfo {
    QString vaultId;
    QString deviceId;
    QString deviceName;
    QString teamId;  // empty until the device has joined a team
    QString role;    // "coordinator", "field_worker", or empty before joining
    int schemaVersion = 0;
    QString kdfName;
    std::uint32_t kdfOps = 0;
    std::uint64_t kdfMemoryBytes = 0;
    QString cipherVersion;
    bool duressPassphraseSet = false;
    qint64 duressUsedAtMs = 0;  // when the duress passphrase last opened this laptop, learnt at recovery; 0: never
};

// Restoring a backup (docs/backup.md) into a new vault folder.
struct RestoreRequest {
    QString backupFile;
    // What opened the vault on the day of the backup: its passphrase, or (recoveryCode) its recovery code.
    SecretBytes secret;
    bool recoveryCode = false;
    // With the recovery code: the restored vault's passphrase. With the passphrase: unused (it stays the same).
    SecretBytes newPassphrase;
};

// Where and how often this laptop writes a backup by itself while it is unlocked (kept in the vault).
struct BackupSchedule {
    QString folder;     // a folder or a stick; empty: none
    int everyDays = 0;  // 1: daily, 7: weekly; 0: no schedule
};

struct RestoredVault {
    QString deviceId;          // this laptop's new device id
    SecretBytes recoveryCode;  // the restored vault's own, new, shown once
    QString oldDeviceId;       // the device the backup was made on; it is to be removed from the team
    QString oldDeviceName;
    qint64 oldDeviceUpTo = 0;  // the highest change of the old device that the backup holds
    qint64 writtenMs = 0;      // when the backup was written (the old laptop's clock)
    // The old laptop had team mates: this one joins them by the ordinary enrolment, its request naming the old
    // device; otherwise it founds a team of its own and holds everything at once.
    bool joinsTeam = false;
};

// The language of the decoy's records (they stay in it whatever the interface shows).
enum class DuressDecoyLanguage { Russian, English };

struct VerifyReport {
    bool keyFileOk = false;
    bool databaseOk = false;
    bool auditTrailOk = false;  // the hash chain of the audit trail is unbroken
    bool changeLogOk = false;   // every change is signed, hash-linked and numbered without gaps
    qint64 auditEntries = 0;
    qint64 changesets = 0;
    QString detail;  // what failed, when something did

    bool ok() const { return keyFileOk && databaseOk && auditTrailOk && changeLogOk; }
};

// The vault: a folder with an encrypted database and a key file. Not thread-safe: call it from
// one thread at a time (the GUI runs the slow calls on a worker thread and waits for them).
class VaultService {
public:
    virtual ~VaultService() = default;

    // The folder this service works on.
    virtual QString vaultDir() const = 0;
    // True when the folder holds a vault.
    virtual bool exists() const = 0;
    // Takes the one-process-per-vault lock; fails with VaultInUse while another process holds it.
    virtual Result<void> claim() = 0;
    // Creates a new vault atomically and leaves it unlocked.
    virtual Result<CreatedVault> create(CreateVaultRequest request) = 0;
    // Opens the vault with the passphrase.
    virtual Result<void> unlock(const SecretBytes& passphrase) = 0;
    // Closes the database and wipes every key from memory.
    virtual void lock() = 0;
    virtual bool isUnlocked() const = 0;
    // Replaces the passphrase (and optionally the KDF strength); only its key slot is rewritten.
    virtual Result<void> changePassphrase(const SecretBytes& oldPassphrase, const SecretBytes& newPassphrase,
                                          std::optional<KdfStrength> strength = std::nullopt) = 0;
    // Opens the vault with the recovery code, sets a new passphrase and leaves the vault unlocked.
    virtual Result<void> recover(const SecretBytes& recoveryCode, const SecretBytes& newPassphrase) = 0;
    // After a seizure: gives the vault a new database key (the database is re-encrypted into a copy that replaces
    // it) and a new recovery code, so an old copy of the key file opens nothing with the old passphrase or the old
    // recovery code. The passphrase stays. Leaves the vault unlocked and returns the new recovery code, to be shown
    // once. Safe against a crash at any point: the passphrase opens the vault afterwards, with the old key or the new.
    virtual Result<SecretBytes> rekey(const SecretBytes& passphrase) = 0;
    // "Destroy keys now": overwrites the key file in place with random bytes, syncs it to the disk and locks. The
    // database stays, but neither the passphrase nor the recovery code opens it again; what the team holds is the
    // way back. Works locked or unlocked (a panic button must not ask for the passphrase).
    virtual Result<void> destroyKeys() = 0;
    // Sets (or replaces) the duress passphrase: typed at unlock, it opens a harmless decoy held in memory and seals
    // the passphrase slot so that nothing the worker knows opens the vault; the recovery code still does, and then
    // tells the team (docs/threat-model.md, "The duress passphrase"). The vault must be unlocked; the passphrase is
    // asked again. Changing the key derivation strength or the vault key removes it.
    virtual Result<void> setDuressPassphrase(const SecretBytes& passphrase, const SecretBytes& duressPassphrase,
                                             DuressDecoyLanguage language) = 0;
    virtual Result<void> removeDuressPassphrase(const SecretBytes& passphrase) = 0;
    // Travel lock (docs/threat-model.md, "Travel lock"): afterwards nothing the worker knows opens the vault; the
    // passphrase together with a release file from a coordinator does (travelUnlock), or the recovery code. Needs the
    // vault unlocked and a coordinator that holds this laptop's release key (given at exchanges); locks the vault.
    virtual Result<void> travelLock(const SecretBytes& passphrase) = 0;
    // Opens a travel-locked vault with the passphrase and a release file (*.fcrelease) in dir, restores the
    // passphrase alone, removes the file that was used and leaves the vault unlocked.
    virtual Result<void> travelUnlock(const SecretBytes& passphrase, const QString& dir) = 0;
    // Writes a backup of the open vault into dir (a stick or a folder) as one new file, and returns its path: the
    // database as it is at this moment, encrypted under a key of the vault's, with the key file's passphrase and
    // recovery slots (not the duress passphrase's). The vault must be unlocked.
    virtual Result<QString> backup(const QString& dir) = 0;
    // Makes a new vault in vaultDir(), which must not exist, from a backup, and leaves it unlocked. It is a new
    // device (new identity and keys; the old device's changes kept under its own signatures), never the old one
    // again: see RestoredVault.
    virtual Result<RestoredVault> restore(RestoreRequest request) = 0;
    virtual Result<BackupSchedule> backupSchedule() = 0;
    virtual Result<void> setBackupSchedule(const BackupSchedule& schedule) = 0;
    // When the newest backup of this vault in folder was written (ms since the epoch, by its header); 0 when it holds
    // none (or is not reachable).
    virtual Result<qint64> lastBackupIn(const QString& folder) = 0;
    // The schedule's turn: writes a backup into its folder when the folder is reachable and holds none of this vault
    // written in the last everyDays days. The file written; empty when none was due.
    virtual Result<QString> backupIfDue() = 0;
    // Checks the key file, the database, the audit trail and the change log; the vault must be unlocked.
    virtual Result<VerifyReport> verify() = 0;
    // Facts about the vault; the vault must be unlocked.
    virtual Result<VaultInfo> info() = 0;
    // How long unlocking takes on this computer with a strength, in milliseconds: one key derivation of a throwaway
    // passphrase, timed. Takes that long (and for Sensitive 1 GiB of memory): call it off the GUI thread.
    virtual Result<qint64> measureUnlockTime(KdfStrength strength) const = 0;
};

}  // namespace fieldcase
