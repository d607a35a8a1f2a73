#pragma once

#include "core/api/Result.h"
#include "core/api/SecretBytes.h"
#include "core/crypto/Passphrase.h"

#include <QByteArray>

#include <array>

namespace fieldcase::crypto {

// vault.keys: a fixed-size file holding the database key wrapped once per secret (passphrase,
// recovery code) in fixed key slots; unused slots hold random bytes, so the file does not tell
// how many secrets exist. Byte layout in docs/threat-model.md.
class KeyFile {
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kSlotCount = 4;
    static constexpr int kHeaderSize = 64;
    static constexpr int kSlotSize = 24 + 32 + 16;  // nonce, wrapped key, tag
    static constexpr int kChecksumSize = 32;
    static constexpr int kFileSize = kHeaderSize + kSlotCount * kSlotSize + kChecksumSize;
    static constexpr int kVaultIdSize = 16;
    static constexpr int kDatabaseKeySize = 32;

    enum Slot { PassphraseSlot = 0, RecoverySlot = 1 };

    // A new key file for a new vault: random salt, every slot random.
    static KeyFile create(const QByteArray& vaultId, const KdfParams& params);
    // Checks size, checksum, version and bounds before anything else is done with the bytes.
    static Result<KeyFile> parse(const QByteArray& bytes);
    QByteArray serialize() const;

    const QByteArray& vaultId() const { return m_vaultId; }
    const QByteArray& salt() const { return m_salt; }
    const KdfParams& kdfParams() const { return m_kdf; }
    // New KDF cost for the passphrase slot; the caller then reseals that slot.
    void setKdfParams(const KdfParams& params) { m_kdf = params; }

    // The key-encryption keys for the two kinds of secret.
    Result<SecretBytes> passphraseKey(const SecretBytes& passphrase) const;
    SecretBytes recoveryKey(const SecretBytes& recoveryCode) const;

    // Unwraps the database key from a slot; WrongSecret when the key does not open it.
    Result<SecretBytes> openSlot(Slot slot, const SecretBytes& slotKey) const;
    // Wraps the database key into a slot with a fresh nonce.
    void sealSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& databaseKey);

private:
    KeyFile() = default;
    QByteArray headerBytes() const;
    QByteArray slotAssociatedData(int slot) const;

    QByteArray m_vaultId;
    QByteArray m_salt;
    KdfParams m_kdf;
    std::array<QByteArray, kSlotCount> m_slots;
};

}  // namespace fieldcase::crypto
