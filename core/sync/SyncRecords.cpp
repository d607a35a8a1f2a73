#include "core/sync/SyncRecords.h"

#include "core/base/Bytes.h"
#include "core/sync/bundle/BundleFormat.h"

#include <QCoreApplication>

namespace fieldcase::sync {

namespace {

constexpr int kHashSize = 32;

// A local batch cuts its changesets well below what a bundle's record holds (its last record's ops, the op
// hashes and the length prefixes go past the cut): every change this laptop makes can be carried.
static_assert(2 * store::Mutator::kChangesetCutBytes < kMaxRecordSize);

Error malformed() {
    return makeError(ErrorCode::Rejected, QCoreApplication::translate("Sync", "A bundle's records break the format."));
}

}  // namespace

QByteArray encodeVersionVector(const store::VersionVector& vector) {
    ByteWriter out;
    out.u32(static_cast<quint32>(vector.size()));
    for (const auto& [device, seq] : vector) {
        out.raw(device);
        out.u64(static_cast<quint64>(seq));
    }
    return out.bytes();
}

Result<store::VersionVector> decodeVersionVector(const QByteArray& body) {
    ByteReader in(body);
    const quint32 count = in.u32();
    if (!in.ok() || count > static_cast<quint32>(body.size() / (kIdSize + 8))) return malformed();
    store::VersionVector vector;
    QByteArray previous;
    for (quint32 i = 0; i < count; ++i) {
        const QByteArray device = in.raw(kIdSize);
        const auto seq = static_cast<qint64>(in.u64());
        // One canonical form: devices in ascending order, each once.
        if (!in.ok() || seq < 0 || (i > 0 && !(previous < device))) return malformed();
        vector[device] = seq;
        previous = device;
    }
    if (!in.atEnd()) return malformed();
    return vector;
}

QByteArray encodeChangeset(const store::StoredChangeset& changeset) {
    ByteWriter out;
    out.raw(changeset.origin);
    out.u64(static_cast<quint64>(changeset.seq));
    out.u64(static_cast<quint64>(changeset.hlc));
    out.raw(changeset.prevHash);
    out.raw(changeset.hash);
    out.raw(changeset.signature);
    out.sized(changeset.body);
    return out.bytes();
}

Result<store::StoredChangeset> decodeChangeset(const QByteArray& body) {
    ByteReader in(body);
    store::StoredChangeset changeset;
    changeset.origin = in.raw(kIdSize);
    changeset.seq = static_cast<qint64>(in.u64());
    changeset.hlc = static_cast<qint64>(in.u64());
    changeset.prevHash = in.raw(kHashSize);
    changeset.hash = in.raw(kHashSize);
    changeset.signature = in.raw(kSignatureSize);
    changeset.body = in.sized(kMaxRecordSize);
    if (!in.ok() || !in.atEnd() || changeset.seq <= 0 || changeset.hlc < 0) return malformed();
    return changeset;
}

}  // namespace fieldcase::sync
