#include "core/crypto/SecretHex.h"

#include <sodium.h>

namespace fieldcase::crypto {

SecretBytes secretToHex(const SecretBytes& secret) {
    // sodium_bin2hex writes a terminating zero: one byte more, dropped afterwards.
    SecretBytes hex(secret.size() * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), secret.data(), secret.size());
    hex.truncate(secret.size() * 2);
    return hex;
}

}  // namespace fieldcase::crypto
