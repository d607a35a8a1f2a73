#include "core/crypto/Hash.h"

#include <sodium.h>

namespace fieldcase::crypto {

QByteArray hash(const QByteArray& data) {
    QByteArray digest(kHashSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), kHashSize,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return digest;
}

QByteArray longHash(const QByteArray& data) {
    QByteArray digest(kLongHashSize, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), kLongHashSize,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return digest;
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
