#include "core/sync/bundle/BundleFormat.h"

#include <algorithm>
#include <bit>

namespace fieldcase::sync {

bool RecordType::isKnownContent(quint16 type) {
    return type == VersionVector || type == MembershipEvent || type == Changeset || type == StateDigest;
}

bool RecordType::isReserved(quint16 type) {
    return type == InnerHeader || type == Padding || type == Signature;
}

bool isKnownKind(std::uint8_t kind) {
    return kind >= static_cast<std::uint8_t>(BundleKind::Changes) &&
           kind <= static_cast<std::uint8_t>(BundleKind::Snapshot);
}

quint64 padme(quint64 length) {
    if (length < 2) {
        return length;
    }
    const int exponent = std::bit_width(length) - 1;                             // floor(log2 L)
    const int bitsOfExponent = std::bit_width(static_cast<unsigned>(exponent));  // floor(log2 E) + 1
    const int lastBits = exponent - bitsOfExponent;
    const quint64 mask = (quint64{1} << lastBits) - 1;
    return (length + mask) & ~mask;
}

quint64 paddedPlaintextSize(quint64 unpaddedSize) {
    return std::max<quint64>(kMinPaddedPlaintext, padme(unpaddedSize));
}

int stanzaCountFor(int recipients) {
    return static_cast<int>(std::bit_ceil(static_cast<unsigned>(std::max(recipients, kMinStanzas))));
}

quint64 chunkCountFor(quint64 plaintextSize) {
    return plaintextSize == 0 ? 1 : (plaintextSize + kChunkPlainSize - 1) / kChunkPlainSize;
}

quint64 fileSizeFor(int stanzaCount, quint64 plaintextSize) {
    return quint64{kOuterHeaderSize} + static_cast<quint64>(stanzaCount) * kStanzaSize + kMacSize + kStreamHeaderSize +
           plaintextSize + chunkCountFor(plaintextSize) * kChunkOverhead;
}

}  // namespace fieldcase::sync
