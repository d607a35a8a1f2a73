#pragma once

#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <cstdint>

namespace fieldcase::crypto {

// Initialises libsodium once (idempotent, thread-safe); every core entry point calls it first.
void initialiseCrypto();

// Public random bytes (ids, salts, nonces).
QByteArray randomBytes(int size);
// A uniformly random number in [0, bound), without modulo bias (bound > 0).
std::uint32_t randomBelow(std::uint32_t bound);
// Secret random bytes (keys, recovery codes), in locked memory.
SecretBytes randomSecret(std::size_t size);

}  // namespace fieldcase::crypto
