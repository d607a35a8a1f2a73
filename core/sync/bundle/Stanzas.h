#pragma once

#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace fieldcase::crypto {
struct BoxKeyPair;
}  // namespace fieldcase::crypto

namespace fieldcase::sync {

// The recipient stanzas of a bundle: the file key sealed to each recipient, padded with seals to throw-away keys.
class Stanzas {
public:
    // count stanzas (kStanzaSize each, concatenated) in random order; nothing if a recipient key is unusable.
    static std::optional<QByteArray> seal(const SecretBytes& fileKey, const std::vector<QByteArray>& recipientKeys,
                                          int count);
    // The file key from the first of count stanzas at stanzas that opens with keys (tried in order, each an X25519
    // multiplication: stopping at the first halves a reader's cost on average; see docs/sync-protocol.md).
    static std::optional<SecretBytes> open(const crypto::BoxKeyPair& keys, const char* stanzas, int count);
};

}  // namespace fieldcase::sync
