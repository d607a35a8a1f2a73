#include "core/store/Changeset.h"

#include "core/crypto/Hash.h"
#include "core/crypto/Random.h"
#include "core/store/ValueCodec.h"
#include "core/util/Bytes.h"

#include <QCoreApplication>

namespace fieldcase::store {

namespace {

constexpr int kIdSize = 16;
constexpr int kSaltSize = 16;
constexpr std::uint32_t kMaxEntries = 1 << 20;
constexpr quint16 kMaxContext = 4096;

Error malformed() {
    return makeError(ErrorCode::Rejected,
                     QCoreApplication::translate("Store", "A change record is malformed or was altered."));
}

}  // namespace

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
    if (kind != Op::SetField && kind != Op::Purge) {
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
    OpEntry entry;
    entry.content = crypto::randomBytes(kSaltSize) + encodeOp(op);
    entry.hash = crypto::hash(entry.content);
    return entry;
}

Result<Op> openOp(const OpEntry& entry) {
    if (entry.content.size() <= kSaltSize || crypto::hash(entry.content) != entry.hash) {
        return malformed();
    }
    return decodeOp(entry.content.mid(kSaltSize));
}

QByteArray encodeBody(const std::vector<OpEntry>& entries) {
    ByteWriter out;
    out.u32(static_cast<std::uint32_t>(entries.size()));
    for (const auto& entry : entries) {
        out.raw(entry.hash);
        out.sized(entry.content);
    }
    return out.bytes();
}

Result<std::vector<OpEntry>> decodeBody(const QByteArray& body) {
    ByteReader in(body);
    const std::uint32_t count = in.u32();
    // Each entry takes at least 36 bytes: refuse counts the body cannot hold before reserving memory.
    if (count > kMaxEntries || static_cast<qsizetype>(count) * (crypto::kHashSize + 4) > in.remaining()) {
        return malformed();
    }
    std::vector<OpEntry> entries;
    entries.reserve(count);
    for (std::uint32_t i = 0; i < count && in.ok(); ++i) {
        OpEntry entry;
        entry.hash = in.raw(crypto::kHashSize);
        entry.content = in.sized(kMaxValueSize + 1024);
        entries.push_back(std::move(entry));
    }
    if (!in.ok() || !in.atEnd()) {
        return malformed();
    }
    return entries;
}

QByteArray signedMessage(const ChangesetHeader& header, const std::vector<OpEntry>& entries) {
    ByteWriter out;
    out.raw(QByteArrayLiteral("fieldcase changeset v1"));
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
