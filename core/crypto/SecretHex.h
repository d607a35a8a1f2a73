#pragma once

#include "core/base/SecretBytes.h"

namespace fieldcase::crypto {

// The lower-case hex digits of a secret (twice its size), in locked memory, written in time independent of the
// bytes (libsodium's sodium_bin2hex): for SQLCipher's raw key spec, which takes the key as hex.
SecretBytes secretToHex(const SecretBytes& secret);

}  // namespace fieldcase::crypto
