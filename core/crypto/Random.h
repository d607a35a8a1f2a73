#pragma once

#include "core/api/SecretBytes.h"

#include <QByteArray>

namespace fieldcase::crypto {

// Initialises libsodium once (idempotent, thread-safe); every core entry point calls it first.
void initialiseCrypto();

// Public random bytes (ids, salts, nonces).
QByteArray randomBytes(int size);
// Secret random bytes (keys, recovery codes), in locked memory.
SecretBytes randomSecret(std::size_t size);

}  // namespace fieldcase::crypto
