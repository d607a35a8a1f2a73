#include "core/crypto/KeyedHash.h"

#include <sodium.h>

namespace fieldcase::crypto {

namespace {
const unsigned char* bytes(const QByteArray& array) {
    return reinterpret_cast<const unsigned char*>(array.constData());
}
}  // namespace

SecretBytes deriveSubkey(const SecretBytes& key, std::string_view context, const QByteArray& salt) {
    crypto_generichash_state state;
    SecretBytes subkey(crypto_generichash_BYTES);
    crypto_generichash_init(&state, key.data(), key.size(), subkey.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(context.data()), context.size());
    crypto_generichash_update(&state, bytes(salt), static_cast<unsigned long long>(salt.size()));
    crypto_generichash_final(&state, subkey.data(), subkey.size());
    sodium_memzero(&state, sizeof state);  // the state holds the key
    return subkey;
}

QByteArray keyedHash(const SecretBytes& key, const QByteArray& data) {
    QByteArray mac(kKeyedHashSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), kKeyedHashSize, bytes(data),
                       static_cast<unsigned long long>(data.size()), key.data(), key.size());
    return mac;
}

bool equalMacs(const QByteArray& a, const QByteArray& b) {
    return a.size() == kKeyedHashSize && b.size() == kKeyedHashSize && crypto_verify_32(bytes(a), bytes(b)) == 0;
}

}  // namespace fieldcase::crypto
