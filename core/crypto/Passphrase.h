#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <cstdint>

namespace fieldcase::crypto {

// Argon2id cost. memoryKiB is stored in the key file, so it is bounded on read.
struct KdfParams {
    std::uint32_t ops = 0;
    std::uint32_t memoryKiB = 0;
    bool operator==(const KdfParams&) const = default;
};

inline constexpr KdfParams kKdfInteractive{2, 64 * 1024};
inline constexpr KdfParams kKdfModerate{3, 256 * 1024};
inline constexpr KdfParams kKdfSensitive{4, 1024 * 1024};
// Anything outside these bounds in a key file is refused before any memory is allocated.
inline constexpr KdfParams kKdfMinimum{1, 8 * 1024};
inline constexpr KdfParams kKdfMaximum{16, 2 * 1024 * 1024};
inline constexpr int kKdfSaltSize = 16;
inline constexpr std::size_t kMinimumPassphraseLength = 8;  // in characters

bool kdfParamsInBounds(const KdfParams& params);

// Unicode NFC form of a UTF-8 passphrase, so that "й" typed as one or two code points opens the
// same vault; ASCII passes through untouched. Fails on invalid UTF-8.
Result<SecretBytes> normalizePassphrase(const SecretBytes& passphrase);

// Number of characters (code points) of a UTF-8 passphrase.
std::size_t passphraseLength(const SecretBytes& passphrase);

// The 32-byte key-encryption key for a passphrase (Argon2id, normalised first).
Result<SecretBytes> derivePassphraseKey(const SecretBytes& passphrase, const QByteArray& salt, const KdfParams& params);

}  // namespace fieldcase::crypto
