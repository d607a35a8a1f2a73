#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"
#include "core/crypto/Passphrase.h"

#include <QByteArray>

#include <array>
#include <optional>

namespace fieldcase::crypto {

// vault.keys: a fixed-size file holding the database key wrapped once per secret (passphrase,
// recovery code) in fixed key slots; unused slots hold random bytes, so the file does not tell
// how many secrets exist. From version 2 the header (KDF settings, salt) carries a MAC under a key
// derived from the database key, so whoever opens a slot can tell whether the settings were edited.
// Byte layout in docs/threat-model.md.
class KeyFile {
public:
    static constexpr int kFormatVersion = 2;
    static constexpr int kHeaderMacSize = 16;
    static constexpr int kSlotCount = 4;
    static constexpr int kHeaderSize = 64;
    static constexpr int kSlotSize = 24 + 32 + 16;  // nonce, wrapped key, tag
    static constexpr int kChecksumSize = 32;
    static constexpr int kFileSize = kHeaderSize + kSlotCount * kSlotSize + kChecksumSize;
    static constexpr int kVaultIdSize = 16;
    static constexpr int kDatabaseKeySize = 32;

    // Slot 2 holds the duress passphrase's value when one is set; slot 3 is rewritten with random bytes at every
    // unlock with the passphrase, so the file changes at every unlock whichever passphrase opened it
    // (docs/threat-model.md, "The duress passphrase").
    enum Slot { PassphraseSlot = 0, RecoverySlot = 1, DuressSlot = 2, SpareSlot = 3 };

    // A new key file in the current format: random salt, every slot random.
    static KeyFile create(const QByteArray& vaultId, const KdfParams& params);
    // Checks size, checksum, version and bounds before anything else is done with the bytes; reads
    // versions 1 and 2.
    static Result<KeyFile> parse(const QByteArray& bytes);
    QByteArray serialize() const;

    int formatVersion() const { return m_version; }
    // Moves a version-1 file to the current format. The slots' associated data include the version
    // (so a file cannot be passed off as an older one), so the caller must then reseal every slot in use.
    void upgradeFormat() { m_version = kFormatVersion; }

    const QByteArray& vaultId() const { return m_vaultId; }
    const QByteArray& salt() const { return m_salt; }
    const KdfParams& kdfParams() const { return m_kdf; }
    // New KDF cost for the passphrase slot; the caller then reseals that slot.
    void setKdfParams(const KdfParams& params) { m_kdf = params; }

    // The key-encryption keys for the two kinds of secret.
    Result<SecretBytes> passphraseKey(const SecretBytes& passphrase) const;
    SecretBytes recoveryKey(const SecretBytes& recoveryCode) const;

    // Unwraps the database key from a slot; WrongSecret when the key does not open it, Damaged when
    // the slot opens but the header's MAC shows that the KDF settings or the salt were edited.
    Result<SecretBytes> openSlot(Slot slot, const SecretBytes& slotKey) const;
    // Wraps the database key into a slot with a fresh nonce, and (version 2) authenticates the header
    // as it is now under that database key.
    void sealSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& databaseKey);

    // A slot that holds a 32-byte value other than the database key (the duress slot): sealed and opened like the
    // others, but it neither authenticates the header nor is checked against it. Nothing when the key does not open it.
    std::optional<SecretBytes> openValueSlot(Slot slot, const SecretBytes& slotKey) const;
    void sealValueSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& value);
    // A slot's bytes as stored, and raw bytes (kSlotSize) put in its place: random to empty it, or a sealed note.
    const QByteArray& slotBytes(Slot slot) const { return m_slots[static_cast<std::size_t>(slot)]; }
    void setSlotBytes(Slot slot, const QByteArray& bytes);

private:
    KeyFile() = default;
    bool decryptSlot(Slot slot, const SecretBytes& slotKey, SecretBytes& value) const;
    QByteArray encryptSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& value) const;
    QByteArray headerBytes() const;
    QByteArray slotAssociatedData(int slot) const;
    QByteArray headerMac(const SecretBytes& databaseKey) const;

    int m_version = kFormatVersion;
    QByteArray m_headerMac;
    QByteArray m_vaultId;
    QByteArray m_salt;
    KdfParams m_kdf;
    std::array<QByteArray, kSlotCount> m_slots;
};

}  // namespace fieldcase::crypto
