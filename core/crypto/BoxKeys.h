#pragma once

#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <optional>

namespace fieldcase::crypto {

// A device's X25519 key pair for bundles: others seal each bundle's file key to the public half.
struct BoxKeyPair {
    QByteArray publicKey;   // 32 bytes
    SecretBytes secretKey;  // 32 bytes
};

BoxKeyPair generateBoxKeyPair();

// How much longer than its message a sealed box is (crypto_box_SEALBYTES).
inline constexpr int kSealOverhead = 48;

// crypto_box_seal of message to a public key (anonymous sender, 48 bytes longer than the message);
// nothing when the key is not a usable X25519 public key.
std::optional<QByteArray> sealTo(const QByteArray& publicKey, const SecretBytes& message);
// Opens a sealed box with a key pair; nothing when it was not sealed to this pair or was altered.
std::optional<SecretBytes> openSealed(const BoxKeyPair& keys, const char* sealed, int sealedSize);

}  // namespace fieldcase::crypto
