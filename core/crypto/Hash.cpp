#include "core/crypto/Hash.h"

#include <sodium.h>

#include <cstddef>

namespace fieldcase::crypto {

namespace {
// Unkeyed BLAKE2b with a digest of size bytes.
QByteArray blake2b(const QByteArray& data, int size) {
    QByteArray digest(size, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), static_cast<std::size_t>(size),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return digest;
}
}  // namespace

QByteArray hash(const QByteArray& data) {
    return blake2b(data, kHashSize);
}

QByteArray longHash(const QByteArray& data) {
    return blake2b(data, kLongHashSize);
}

struct StreamHash::State {
    crypto_generichash_state state;
};

StreamHash::StreamHash() : m_state(new State) {
    crypto_generichash_init(&m_state->state, nullptr, 0, kHashSize);
}

StreamHash::~StreamHash() {
    delete m_state;
}

void StreamHash::add(const QByteArray& data) {
    crypto_generichash_update(&m_state->state, reinterpret_cast<const unsigned char*>(data.constData()),
                              static_cast<unsigned long long>(data.size()));
}

QByteArray StreamHash::result() {
    QByteArray digest(kHashSize, '\0');
    crypto_generichash_final(&m_state->state, reinterpret_cast<unsigned char*>(digest.data()), kHashSize);
    return digest;
}

}  // namespace fieldcase::crypto
