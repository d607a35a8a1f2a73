#pragma once

#include "core/base/SecretBytes.h"
#include "core/crypto/BoxKeys.h"
#include "tests/sync/ReferenceBundle.h"

#include <QByteArray>

#include <cstring>

// The fixed identities of the golden bundles in tests/data/bundles/, shared with the fuzzer, which reads them as its
// seeds: a reader that can open them and the sender that signed them. Test keys only, derived from constant seeds.
namespace fieldcase::test::golden {

inline QByteArray teamId() {
    return QByteArray(16, '\x7e');
}
inline QByteArray senderId() {
    return QByteArray(16, '\x5e');
}
inline QByteArray readerId() {
    return QByteArray(16, '\x42');
}
inline reference::KeyPair senderSigningKeys() {
    return reference::signingKeyPairFromSeed(0x17);
}
inline reference::KeyPair readerBoxKeys() {
    return reference::boxKeyPairFromSeed(0x42);
}

inline SecretBytes toSecret(const QByteArray& bytes) {
    SecretBytes secret(static_cast<std::size_t>(bytes.size()));
    std::memcpy(secret.data(), bytes.constData(), secret.size());
    return secret;
}

inline crypto::BoxKeyPair readerKeyPair() {
    const reference::KeyPair pair = readerBoxKeys();
    return {pair.publicKey, toSecret(pair.secretKey)};
}

}  // namespace fieldcase::test::golden
