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
    // Checks the key file, the database, the audit trail and the change log; the vault must be unlocked.
    virtual Result<VerifyReport> verify() = 0;
    // Facts about the vault; the vault must be unlocked.
    virtual Result<VaultInfo> info() = 0;
    // How long unlocking takes on this computer with a strength, in milliseconds: one key derivation of a throwaway
    // passphrase, timed. Takes that long (and for Sensitive 1 GiB of memory): call it off the GUI thread.
    virtual Result<qint64> measureUnlockTime(KdfStrength strength) const = 0;
};

}  // namespace fieldcase
