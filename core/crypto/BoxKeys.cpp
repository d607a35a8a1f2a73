#include "core/crypto/BoxKeys.h"

#include "core/crypto/Random.h"

#include <sodium.h>

namespace fieldcase::crypto {

static_assert(kSealOverhead == crypto_box_SEALBYTES);

BoxKeyPair generateBoxKeyPair() {
    initialiseCrypto();
    BoxKeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, '\0'), SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

std::optional<QByteArray> sealTo(const QByteArray& publicKey, const SecretBytes& message) {
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES) {
        return std::nullopt;
    }
    QByteArray sealed(static_cast<qsizetype>(message.size() + crypto_box_SEALBYTES), '\0');
    // Fails for keys whose shared secret would be all zeros (low-order points).
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), message.data(), message.size(),
                        reinterpret_cast<const unsigned char*>(publicKey.constData())) != 0) {
        return std::nullopt;
    }
    return sealed;
}

std::optional<SecretBytes> openSealed(const BoxKeyPair& keys, const char* sealed, int sealedSize) {
    if (keys.publicKey.size() != crypto_box_PUBLICKEYBYTES || keys.secretKey.size() != crypto_box_SECRETKEYBYTES ||
        sealedSize < static_cast<int>(crypto_box_SEALBYTES)) {
        return std::nullopt;
    }
    SecretBytes message(static_cast<std::size_t>(sealedSize) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(
            message.data(), reinterpret_cast<const unsigned char*>(sealed), static_cast<unsigned long long>(sealedSize),
            reinterpret_cast<const unsigned char*>(keys.publicKey.constData()), keys.secretKey.data()) != 0) {
        return std::nullopt;
    }
    return message;
}

}  // namespace fieldcase::crypto
