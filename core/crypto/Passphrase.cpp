#include "core/crypto/Passphrase.h"

#include <QCoreApplication>
#include <QString>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace fieldcase::crypto {

namespace {

// Overwrites a QString's own buffer before it is released (it is not shared: we made it).
void wipe(QString& text) {
    if (!text.isEmpty()) {
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
}
void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
}
}  // namespace

bool kdfParamsInBounds(const KdfParams& params) {
    return params.ops >= kKdfMinimum.ops && params.ops <= kKdfMaximum.ops &&
           params.memoryKiB >= kKdfMinimum.memoryKiB && params.memoryKiB <= kKdfMaximum.memoryKiB;
}

Result<SecretBytes> normalizePassphrase(const SecretBytes& passphrase) {
    const auto* begin = passphrase.data();
    const auto* end = begin + passphrase.size();
    const bool ascii = std::all_of(begin, end, [](unsigned char c) { return c < 0x80; });
    if (ascii) {
        return passphrase.clone();
    }
    QString text = QString::fromUtf8(passphrase.view().data(), static_cast<qsizetype>(passphrase.size()));
    QByteArray roundTrip = text.toUtf8();
    const bool validUtf8 = roundTrip.size() == static_cast<qsizetype>(passphrase.size()) &&
                           std::memcmp(roundTrip.constData(), passphrase.data(), passphrase.size()) == 0;
    wipe(roundTrip);
    if (!validUtf8) {
        wipe(text);
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Vault", "The passphrase is not valid text (UTF-8)."));
    }
    QString normalized = text.normalized(QString::NormalizationForm_C);
    wipe(text);
    QByteArray utf8 = normalized.toUtf8();
    wipe(normalized);
    SecretBytes result =
        SecretBytes::fromText(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    wipe(utf8);
    return result;
}

std::size_t passphraseLength(const SecretBytes& passphrase) {
    // Count bytes that do not continue a UTF-8 sequence.
    return static_cast<std::size_t>(std::count_if(passphrase.data(), passphrase.data() + passphrase.size(),
                                                  [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

Result<SecretBytes> derivePassphraseKey(const SecretBytes& passphrase, const QByteArray& salt,
                                        const KdfParams& params) {
    if (!kdfParamsInBounds(params) || salt.size() != kKdfSaltSize) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("Vault", "The key file asks for key derivation settings out of range."));
    }
    auto normalized = normalizePassphrase(passphrase);
    if (!normalized) {
        return normalized.error();
    }
    SecretBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const int rc = crypto_pwhash(key.data(), key.size(), normalized->view().data(), normalized->size(),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), params.ops,
                                 static_cast<std::size_t>(params.memoryKiB) * 1024U, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return makeError(ErrorCode::Failed, QCoreApplication::translate(
                                                "Vault", "Not enough memory to derive the key from the passphrase."));
    }
    return key;
}

}  // namespace fieldcase::crypto
