#pragma once

#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <string_view>

namespace fieldcase::crypto {

// Keyed BLAKE2b-256, for the bundle envelope's keys and MACs. libsodium 1.0.18 has no HKDF; a keyed BLAKE2b over a
// context string is the KDF it recommends for deriving subkeys from a uniformly random key.

inline constexpr int kKeyedHashSize = 32;

// A 32-byte subkey of key for one purpose: BLAKE2b-256(key, context || salt).
SecretBytes deriveSubkey(const SecretBytes& key, std::string_view context, const QByteArray& salt);
// A 32-byte MAC of data under key: BLAKE2b-256(key, data).
QByteArray keyedHash(const SecretBytes& key, const QByteArray& data);
// Compares two 32-byte values in time independent of where they differ.
bool equalMacs(const QByteArray& a, const QByteArray& b);

}  // namespace fieldcase::crypto
