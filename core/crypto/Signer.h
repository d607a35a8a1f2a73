#pragma once

#include "core/base/SecretBytes.h"

#include <QByteArray>

namespace fieldcase::crypto {

// An Ed25519 identity: the device signs what it writes, so others can tell it came from it.
struct SigningKeyPair {
    QByteArray publicKey;
    SecretBytes secretKey;
};

SigningKeyPair generateSigningKeyPair();
// The same pair every time for one 32-byte seed (the duress decoy's identity, made again at each unlock).
SigningKeyPair signingKeyPairFromSeed(const SecretBytes& seed);
QByteArray sign(const SecretBytes& secretKey, const QByteArray& message);
bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

}  // namespace fieldcase::crypto
