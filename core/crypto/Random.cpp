#include "core/crypto/Random.h"

#include <sodium.h>

#include <cstdlib>

namespace fieldcase::crypto {

void initialiseCrypto() {
    if (sodium_init() < 0) {
        std::abort();  // no usable random source: nothing can be kept secret
    }
}

QByteArray randomBytes(int size) {
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<std::size_t>(size));
    return bytes;
}

std::uint32_t randomBelow(std::uint32_t bound) {
    return randombytes_uniform(bound);
}

SecretBytes randomSecret(std::size_t size) {
    SecretBytes secret(size);
    randombytes_buf(secret.data(), size);
    return secret;
}

}  // namespace fieldcase::crypto
