#pragma once

#include "core/base/Result.h"
#include "core/store/ChangeFeed.h"
#include "core/store/Mutator.h"

#include <QByteArray>

namespace fieldcase::sync {

// The bodies of the sync engine's bundle records (docs/sync-protocol.md, "Sync records").

// VersionVector (0x8002): u32 count, then per device its id (16) and the highest changeset held (u64).
QByteArray encodeVersionVector(const store::VersionVector& vector);
Result<store::VersionVector> decodeVersionVector(const QByteArray& body);

// Changeset (0x8004): the origin's changeset verbatim (id, seq, hlc, previous hash, hash, signature, body), so
// that it verifies on every device however many laptops relayed it.
QByteArray encodeChangeset(const store::StoredChangeset& changeset);
Result<store::StoredChangeset> decodeChangeset(const QByteArray& body);

}  // namespace fieldcase::sync
