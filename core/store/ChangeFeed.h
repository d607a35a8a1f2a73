#pragma once

#include "core/api/Result.h"
#include "core/store/Mutator.h"

#include <QByteArray>

#include <map>
#include <vector>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::store {

// Per device id, the highest changeset held (changesets are applied in order, so this says exactly what is held).
using VersionVector = std::map<QByteArray, qint64>;

// What this laptop holds whole, and acknowledges: per device, the highest change held, or the one before its first
// change still missing a redacted op that no purge here confirms (so that peers send that change again).
Result<VersionVector> versionVector(db::Connection& connection);

// Every changeset held (own and relayed) that a peer with `peerHas` lacks, in (device, seq) order.
Result<std::vector<StoredChangeset>> changesetsSince(db::Connection& connection, const VersionVector& peerHas);

}  // namespace fieldcase::store
