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
constexpr int kOffsetHeaderMac = 44;  // version 2; reserved (0) in version 1
constexpr int kReservedFromV1 = 44;
constexpr int kReservedFromV2 = kOffsetHeaderMac + KeyFile::kHeaderMacSize;
// The slots are bound to the fields that never change over a vault's life (the version among them, so a
// version-2 file cannot be passed off as a version-1 file, which has no header MAC). The KDF fields are
// not in the slots' associated data, so a KDF change leaves the recovery slot valid; they are bound by
// the header MAC instead, which anyone who opens a slot can check.
constexpr int kBoundHeaderSize = kOffsetKdfId;
// What the header MAC covers: version to salt.
constexpr int kMacedHeaderSize = kOffsetHeaderMac;
constexpr char kHeaderMacContext[crypto_kdf_CONTEXTBYTES + 1] = "fckeyhdr";
constexpr std::uint64_t kHeaderMacSubkeyId = 1;

const unsigned char* bytes(const QByteArray& array) {
    return reinterpret_cast<const unsigned char*>(array.constData());
}

Error damaged() {
    return makeError(
        ErrorCode::Damaged,
        QCoreApplication::translate(
            "Vault", "The vault's key file is damaged. Restore vault.keys from a backup copy of this vault."));
}

bool isPreset(const KdfParams& params) {
    return params == kKdfInteractive || params == kKdfModerate || params == kKdfSensitive;
}
}  // namespace

KeyFile KeyFile::create(const QByteArray& vaultId, const KdfParams& params) {
    KeyFile file;
    file.m_vaultId = vaultId;
    file.m_salt = randomBytes(kKdfSaltSize);
    file.m_kdf = params;
    file.m_headerMac = QByteArray(kHeaderMacSize, '\0');
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
    if (version < 1 || static_cast<unsigned char>(data[kOffsetSlotCount]) != kSlotCount ||
        static_cast<unsigned char>(data[kOffsetKdfId]) != kKdfArgon2id13 || data[kOffsetKdfId + 1] != 0) {
        return damaged();
    }
    for (int i = version == 1 ? kReservedFromV1 : kReservedFromV2; i < kHeaderSize; ++i) {
        if (data[i] != 0) {
            return damaged();
        }
    }
    KeyFile file;
    file.m_version = version;
    file.m_headerMac = version == 1 ? QByteArray(kHeaderMacSize, '\0') : data.mid(kOffsetHeaderMac, kHeaderMacSize);
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
    header[kOffsetVersion] = static_cast<char>(m_version);
    header[kOffsetSlotCount] = static_cast<char>(kSlotCount);
    header.replace(kOffsetVaultId, kVaultIdSize, m_vaultId);
    header[kOffsetKdfId] = static_cast<char>(kKdfArgon2id13);
    qToLittleEndian<quint32>(m_kdf.ops, header.data() + kOffsetKdfOps);
    qToLittleEndian<quint32>(m_kdf.memoryKiB, header.data() + kOffsetKdfMemory);
    header.replace(kOffsetSalt, kKdfSaltSize, m_salt);
    if (m_version >= 2) {
        header.replace(kOffsetHeaderMac, kHeaderMacSize, m_headerMac);
    }
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

QByteArray KeyFile::headerMac(const SecretBytes& databaseKey) const {
    // A subkey, so the database key itself is used for nothing but the database.
    SecretBytes macKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(macKey.data(), macKey.size(), kHeaderMacSubkeyId, kHeaderMacContext, databaseKey.data());
    const QByteArray header = headerBytes().left(kMacedHeaderSize);
    QByteArray mac(kHeaderMacSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), kHeaderMacSize, bytes(header),
                       static_cast<unsigned long long>(header.size()), macKey.data(), macKey.size());
    return mac;
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

bool KeyFile::decryptSlot(Slot slot, const SecretBytes& slotKey, SecretBytes& value) const {
    const QByteArray& sealed = m_slots[static_cast<std::size_t>(slot)];
    const QByteArray ad = slotAssociatedData(slot);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        value.data(), &length, nullptr, bytes(sealed) + kNonceSize,
        static_cast<unsigned long long>(kSlotSize - kNonceSize), bytes(ad), static_cast<unsigned long long>(ad.size()),
        bytes(sealed), slotKey.data());
    return rc == 0 && length == kDatabaseKeySize;
}

QByteArray KeyFile::encryptSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& value) const {
    Q_ASSERT(value.size() == kDatabaseKeySize);
    QByteArray sealed = randomBytes(kNonceSize);
    sealed.resize(kSlotSize);
    const QByteArray ad = slotAssociatedData(slot);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.data()) + kNonceSize, &length, value.data(), value.size(), bytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, bytes(sealed), slotKey.data());
    return sealed;
}

Result<SecretBytes> KeyFile::openSlot(Slot slot, const SecretBytes& slotKey) const {
    SecretBytes databaseKey(kDatabaseKeySize);
    if (!decryptSlot(slot, slotKey, databaseKey)) {
        if (slot == RecoverySlot) {
            return makeError(ErrorCode::WrongSecret, QCoreApplication::translate("Vault", "Wrong recovery code."));
        }
        // Edited KDF settings derive another key, which no check can tell from a wrong passphrase. Fieldcase
        // writes only its presets, so settings outside them are worth naming.
        return makeError(ErrorCode::WrongSecret,
                         isPreset(m_kdf) ? QCoreApplication::translate("Vault", "Wrong passphrase.")
                                         : QCoreApplication::translate(
                                               "Vault",
                                               "Wrong passphrase, or the key derivation settings in the key file "
                                               "were changed."));
    }
    if (m_version >= 2) {
        const QByteArray expected = headerMac(databaseKey);
        if (sodium_memcmp(expected.constData(), m_headerMac.constData(), kHeaderMacSize) != 0) {
            return makeError(ErrorCode::Damaged,
                             QCoreApplication::translate("Vault",
                                                         "The key derivation settings in the vault's key file were "
                                                         "changed. Restore vault.keys from a backup copy of this "
                                                         "vault."));
        }
    }
    return databaseKey;
}

void KeyFile::sealSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& databaseKey) {
    m_slots[static_cast<std::size_t>(slot)] = encryptSlot(slot, slotKey, databaseKey);
    if (m_version >= 2) {
        m_headerMac = headerMac(databaseKey);
    }
}

std::optional<SecretBytes> KeyFile::openValueSlot(Slot slot, const SecretBytes& slotKey) const {
    SecretBytes value(kDatabaseKeySize);
    if (!decryptSlot(slot, slotKey, value)) return std::nullopt;
    return value;
}

void KeyFile::sealValueSlot(Slot slot, const SecretBytes& slotKey, const SecretBytes& value) {
    m_slots[static_cast<std::size_t>(slot)] = encryptSlot(slot, slotKey, value);
}

void KeyFile::setSlotBytes(Slot slot, const QByteArray& bytes) {
    Q_ASSERT(bytes.size() == kSlotSize);
    m_slots[static_cast<std::size_t>(slot)] = bytes;
}

}  // namespace fieldcase::crypto
