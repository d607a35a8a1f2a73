#include "core/store/Changeset.h"

#include "core/base/Bytes.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Random.h"
#include "core/store/ValueCodec.h"

#include <QCoreApplication>

namespace fieldcase::store {

namespace {

constexpr int kIdSize = 16;
constexpr int kSaltSize = 16;
constexpr std::uint32_t kMaxEntries = 1 << 20;
constexpr quint16 kMaxContext = 4096;
constexpr int kHeadSize = 1 + 2 + kIdSize;  // an op's kind, table and record id
// Where a format 1 body has its entry count, which is never above kMaxEntries.
constexpr std::uint32_t kFormatTwoMarker = 0xFFFF0002;

Error malformed() {
    return makeError(ErrorCode::Rejected,
                     QCoreApplication::translate("Store", "A change record is malformed or was altered."));
}

}  // namespace

QByteArray recordIdFor(const QByteArray& creatorDeviceId, const QByteArray& nonce) {
    return crypto::hash(QByteArrayLiteral("fieldcase record id") + creatorDeviceId + nonce).left(kIdSize);
}

QByteArray encodeOp(const Op& op) {
    ByteWriter out;
    out.u8(op.kind);
    out.u16(static_cast<quint16>(op.table));
    out.raw(op.rowId);
    out.u16(static_cast<quint16>(op.field));
    out.u16(static_cast<quint16>(op.context.size()));
    for (const auto& [device, seq] : op.context) {
        out.raw(device);
        out.u64(static_cast<quint64>(seq));
    }
    writeValue(out, op.value);
    return out.bytes();
}

Result<Op> decodeOp(const QByteArray& bytes) {
    ByteReader in(bytes);
    Op op;
    const quint8 kind = in.u8();
    if (kind != Op::SetField && kind != Op::Purge && kind != Op::Create) {
        return malformed();
    }
    op.kind = static_cast<Op::Kind>(kind);
    op.table = in.u16();
    op.rowId = in.raw(kIdSize);
    op.field = in.u16();
    const quint16 contextSize = in.u16();
    if (contextSize > kMaxContext) {
        return malformed();
    }
    for (quint16 i = 0; i < contextSize && in.ok(); ++i) {
        QByteArray device = in.raw(kIdSize);
        const auto seq = static_cast<qint64>(in.u64());
        op.context.emplace_back(std::move(device), seq);
    }
    auto value = readValue(in);
    if (!value) {
        return malformed();
    }
    op.value = std::move(*value);
    if (!in.ok() || !in.atEnd()) {
        return malformed();
    }
    return op;
}

OpEntry sealOp(const Op& op) {
    const QByteArray bytes = encodeOp(op);
    const QByteArray head = bytes.left(kHeadSize);
    const QByteArray salted = crypto::randomBytes(kSaltSize) + bytes.mid(kHeadSize);
    OpEntry entry;
    entry.hash = crypto::hash(head + crypto::hash(salted));
    entry.content = head + salted;
    return entry;
}

Result<Op> openOp(const OpEntry& entry, std::uint8_t format) {
    if (entry.redacted || !entryMatchesHash(entry, format)) {
        return malformed();
    }
    if (format == 1) {
        return decodeOp(entry.content.mid(kSaltSize));
    }
    return decodeOp(entry.content.left(kHeadSize) + entry.content.mid(kHeadSize + kSaltSize));
}

Result<std::optional<OpTarget>> redactedTarget(const OpEntry& entry, std::uint8_t format) {
    if (!entry.redacted || !entryMatchesHash(entry, format)) {
        return malformed();
    }
    if (format == 1) {
        return std::optional<OpTarget>();
    }
    const QByteArray head = entry.content.left(kHeadSize);
    ByteReader in(head);
    const quint8 kind = in.u8();
    if (kind != Op::SetField && kind != Op::Purge && kind != Op::Create) {
        return malformed();
    }
    OpTarget target;
    target.kind = static_cast<Op::Kind>(kind);
    target.table = in.u16();
    target.rowId = in.raw(kIdSize);
    return std::optional<OpTarget>(std::move(target));
}

void redact(OpEntry& entry, std::uint8_t format) {
    if (entry.redacted) return;
    entry.redacted = true;
    if (format == 1) {
        entry.content.clear();
        return;
    }
    entry.content = entry.content.left(kHeadSize) + crypto::hash(entry.content.mid(kHeadSize));
}

bool entryMatchesHash(const OpEntry& entry, std::uint8_t format) {
    if (format == 1) {
        if (entry.redacted) return entry.content.isEmpty();
        return entry.content.size() > kSaltSize && crypto::hash(entry.content) == entry.hash;
    }
    if (entry.redacted) {
        return entry.content.size() == kHeadSize + crypto::kHashSize && crypto::hash(entry.content) == entry.hash;
    }
    return entry.content.size() > kHeadSize + kSaltSize &&
           crypto::hash(entry.content.left(kHeadSize) + crypto::hash(entry.content.mid(kHeadSize))) == entry.hash;
}

QByteArray encodeBody(std::uint8_t format, const std::vector<OpEntry>& entries) {
    ByteWriter out;
    if (format != 1) out.u32(kFormatTwoMarker);
    out.u32(static_cast<std::uint32_t>(entries.size()));
    for (const auto& entry : entries) {
        out.raw(entry.hash);
        if (format != 1) out.u8(entry.redacted ? 1 : 0);
        out.sized(entry.content);
    }
    return out.bytes();
}

Result<ChangesetBody> decodeBody(const QByteArray& bytes) {
    ByteReader in(bytes);
    ChangesetBody body;
    std::uint32_t count = in.u32();
    if (count == kFormatTwoMarker) {
        body.format = 2;
        count = in.u32();
    } else {
        body.format = 1;
    }
    // Each entry takes at least 36 bytes (37 in format 2): refuse counts the body cannot hold before reserving.
    const qsizetype smallest = crypto::kHashSize + 4 + (body.format == 1 ? 0 : 1);
    if (count > kMaxEntries || static_cast<qsizetype>(count) * smallest > in.remaining()) {
        return malformed();
    }
    body.entries.reserve(count);
    for (std::uint32_t i = 0; i < count && in.ok(); ++i) {
        OpEntry entry;
        entry.hash = in.raw(crypto::kHashSize);
        if (body.format == 1) {
            entry.content = in.sized(kMaxValueSize + 1024);
            entry.redacted = entry.content.isEmpty();
        } else {
            const quint8 state = in.u8();
            if (state > 1) return malformed();
            entry.redacted = state == 1;
            entry.content = in.sized(kMaxValueSize + 1024);
        }
        body.entries.push_back(std::move(entry));
    }
    if (!in.ok() || !in.atEnd()) {
        return malformed();
    }
    return body;
}

QByteArray signedMessage(const ChangesetHeader& header, std::uint8_t format, const std::vector<OpEntry>& entries) {
    ByteWriter out;
    out.raw(format == 1 ? QByteArrayLiteral("fieldcase changeset v1") : QByteArrayLiteral("fieldcase changeset v2"));
    out.raw(header.origin);
    out.u64(static_cast<quint64>(header.seq));
    out.u64(static_cast<quint64>(header.hlc));
    out.raw(header.prevHash);
    out.u32(static_cast<std::uint32_t>(entries.size()));
    for (const auto& entry : entries) {
        out.raw(entry.hash);
    }
    return out.bytes();
}

}  // namespace fieldcase::store
