#pragma once

#include "core/sync/bundle/BundleFormat.h"

#include <QByteArray>

#include <cstdint>

namespace fieldcase::sync {

// The bundle's first kOuterHeaderSize bytes: a random salt, then the fields masked with a hash of the salt so
// that no two files share a byte pattern (no magic number, not even a constant version byte). The mask hides
// nothing from someone who knows this format; it keeps generic tools that look for fixed prefixes blind.
struct OuterHeader {
    std::uint8_t version = kFormatVersion;
    std::uint8_t suite = kSuite;
    quint16 flags = 0;
    quint16 stanzaCount = 0;
    quint64 totalLength = 0;
    QByteArray salt;  // kSaltSize random bytes

    QByteArray encode() const;
    // The fields of the first kOuterHeaderSize bytes at bytes, unmasked and not yet checked.
    static OuterHeader decode(const char* bytes);
};

}  // namespace fieldcase::sync
