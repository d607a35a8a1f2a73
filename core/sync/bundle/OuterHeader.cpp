#include "core/sync/bundle/OuterHeader.h"

#include "core/base/Bytes.h"
#include "core/crypto/Hash.h"

namespace fieldcase::sync {

namespace {
constexpr int kMaskedSize = kOuterHeaderSize - kSaltSize;

// Fixed across format versions: a reader must unmask the version before it knows which version it reads.
QByteArray maskFor(const QByteArray& salt) {
    return crypto::hash(QByteArrayLiteral("fieldcase bundle header mask") + salt).left(kMaskedSize);
}

QByteArray applyMask(QByteArray fields, const QByteArray& mask) {
    for (int i = 0; i < kMaskedSize; ++i) {
        fields[i] = static_cast<char>(fields[i] ^ mask[i]);
    }
    return fields;
}
}  // namespace

QByteArray OuterHeader::encode() const {
    ByteWriter fields;
    fields.u8(version);
    fields.u8(suite);
    fields.u16(flags);
    fields.u16(stanzaCount);
    fields.u64(totalLength);
    return salt + applyMask(fields.bytes(), maskFor(salt));
}

OuterHeader OuterHeader::decode(const char* bytes) {
    OuterHeader header;
    header.salt = QByteArray(bytes, kSaltSize);
    const QByteArray fields = applyMask(QByteArray(bytes + kSaltSize, kMaskedSize), maskFor(header.salt));
    ByteReader reader(fields);
    header.version = reader.u8();
    header.suite = reader.u8();
    header.flags = reader.u16();
    header.stanzaCount = reader.u16();
    header.totalLength = reader.u64();
    return header;
}

}  // namespace fieldcase::sync
