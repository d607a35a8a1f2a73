#include "core/crypto/KeyFile.h"

#include "core/crypto/Random.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

namespace fieldcase::crypto {

namespace {

constexpr int kKdfArgon2id13 = 1;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
// Header offsets (docs/threat-model.md).
constexpr int kOffsetVersion = 0;
constexpr int kOffsetSlotCount = 1;
constexpr int kOffsetVaultId = 2;
constexpr int kOffsetKdfId = 18;
constexpr int kOffsetKdfOps = 20;
constexpr int kOffsetKdfMemory = 24;
constexpr int kOffsetSalt = 28;
constexpr int kOffsetReserved = 44;
// The slots are bound to the fields that never change over a vault's life; the KDF fields are
// bound implicitly (other values derive another key), so a KDF change leaves other slots valid.
constexpr int kBoundHeaderSize = kOffsetKdfId;

const unsigned char* bytes(const QByteArray& array) {
    return reinterpret_cast<const unsigned char*>(array.constData());
}

Error damaged() {
    return makeError(
        ErrorCode::Damaged,
        QCoreApplication::translate(
            "Vault", "The vault's key file is damaged. Restore vault.keys from a backup copy of this vault."));
}
}  // namespace

KeyFile KeyFile::create(const QByteArray& vaultId, const KdfParams& params) {
    KeyFile file;
    file.m_vaultId = vaultId;
    file.m_salt = randomBytes(kKdfSaltSize);
    file.m_kdf = params;
    for (auto& slot : file.m_slots) {
        slot = randomBytes(kSlotSize);
    }
    return file;
}

Result<KeyFile> KeyFile::parse(const QByteArray& data) {
    if (data.size() != kFileSize) {
        return damaged();
    }
    unsigned char checksum[kChecksumSize];
    crypto_generichash(checksum, sizeof checksum, bytes(data), kFileSize - kChecksumSize, nullptr, 0);
    if (sodium_memcmp(checksum, bytes(data) + kFileSize - kChecksumSize, kChecksumSize) != 0) {
        return damaged();
    }
    const auto version = static_cast<unsigned char>(data[kOffsetVersion]);
    if (version > kFormatVersion) {
        return makeError(
            ErrorCode::NewerVersion,
            QCoreApplication::translate(
                "Vault", "This vault was made by a newer version of Fieldcase. Update Fieldcase to open it."));
    }
    if (version != kFormatVersion || static_cast<unsigned char>(data[kOffsetSlotCount]) != kSlotCount ||
        static_cast<unsigned char>(data[kOffsetKdfId]) != kKdfArgon2id13 || data[kOffsetKdfId + 1] != 0) {
        return damaged();
    }
    for (int i = kOffsetReserved; i < kHeaderSize; ++i) {
        if (data[i] != 0) {
            return damaged();
        }
    }
    KeyFile file;
    file.m_vaultId = data.mid(kOffsetVaultId, kVaultIdSize);
    file.m_kdf.ops = qFromLittleEndian<quint32>(data.constData() + kOffsetKdfOps);
    file.m_kdf.memoryKiB = qFromLittleEndian<quint32>(data.constData() + kOffsetKdfMemory);
    if (!kdfParamsInBounds(file.m_kdf)) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("Vault", "The key file asks for key derivation settings out of range."));
    }
    file.m_salt = data.mid(kOffsetSalt, kKdfSaltSize);
    for (int i = 0; i < kSlotCount; ++i) {
        file.m_slots[static_cast<std::size_t>(i)] = data.mid(kHeaderSize + i * kSlotSize, kSlotSize);
    }
    return file;
}

QByteArray KeyFile::headerBytes() const {
    QByteArray header(kHeaderSize, '\0');
    header[kOffsetVersion] = static_cast<char>(kFormatVersion);
    header[kOffsetSlotCount] = static_cast<char>(kSlotCount);
    header.replace(kOffsetVaultId, kVaultIdSize, m_vaultId);
    header[kOffsetKdfId] = static_cast<char>(kKdfArgon2id13);
    qToLittleEndian<quint32>(m_kdf.ops, header.data() + kOffsetKdfOps);
    qToLittleEndian<quint32>(m_kdf.memoryKiB, header.data() + kOffsetKdfMemory);
    header.replace(kOffsetSalt, kKdfSaltSize, m_salt);
    return header;
}

QByteArray KeyFile::serialize() const {
    QByteArray data = headerBytes();
    for (const auto& slot : m_slots) {
        data.append(slot);
    }
    unsigned char checksum[kChecksumSize];
    crypto_generichash(checksum, sizeof checksum, bytes(data), static_cast<unsigned long long>(data.size()), nullptr,
                       0);
    data.append(reinterpret_cast<const char*>(checksum), kChecksumSize);
    return data;
}

QByteArray KeyFile::slotAssociatedData(int slot) const {
    QByteArray ad = headerBytes().left(kBoundHeaderSize);
    ad.append(static_cast<char>(slot));
    return ad;
}

Result<SecretBytes> KeyFile::passphraseKey(const SecretBytes& passphrase) const {
    return derivePassphraseKey(passphrase, m_salt, m_kdf);
}

SecretBytes KeyFile::recoveryKey(const SecretBytes& recoveryCode) const {
    // The recovery code carries 160 random bits, so a keyed hash is enough; no slow KDF needed.
    static constexpr char kContext[] = "fieldcase recovery slot v1";
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const QByteArray hashKey = m_vaultId + m_salt;
    crypto_generichash_state state;
    crypto_generichash_init(&state, bytes(hashKey), static_cast<std::size_t>(hashKey.size()), key.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(kContext), sizeof kContext - 1);
    crypto_generichash_update(&state, recoveryCode.data(), recoveryCode.size());
    crypto_generichash_final(&state, key.data(), key.size());
    sodium_memzero(&state, sizeof state);
    return key;
}

Result<SecretBytes> KeyFile::openSlot(Slot slot, const SecretBytes& slotKey) const {
    const QByteArray& sealed = m_slots[static_cast<std::size_t>(slot)];
    const QByteArray ad = slotAssociatedData(slot);
    SecretBytes databaseKey(kDatabaseKeySize);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        databaseKey.data(), &length, nullptr, bytes(sealed) + kNonceSize,
        static_cast<unsigned long long>(kSlotSize - kNonceSize), bytes(ad), static_cast<unsigned long long>(ad.size()),
        bytes(sealed), slotKey.data());
    if (rc != 0 || length != kDatabaseKeySize) {
        return makeError(ErrorCode::WrongSecret, slot == RecoverySlot
                                                     ? QCoreApplication::translate("Vault", "Wrong recovery code.")
                                                     : QCoreApplication::translate("Vault", "Wrong passphrase."));
    }
    return databaseKey;
}

void KeyFile::sealSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& databaseKey) {
    QByteArray sealed = randomBytes(kNonceSize);
    sealed.resize(kSlotSize);
    const QByteArray ad = slotAssociatedData(slot);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.data()) + kNonceSize, &length, databaseKey.data(), databaseKey.size(),
        bytes(ad), static_cast<unsigned long long>(ad.size()), nullptr, bytes(sealed), slotKey.data());
    m_slots[static_cast<std::size_t>(slot)] = sealed;
}

}  // namespace fieldcase::crypto
