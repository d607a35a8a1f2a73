#pragma once

#include "core/base/Result.h"
#include "core/store/Mutator.h"

#include <QByteArray>

#include <limits>
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

// The highest change number held from the device `origin` (its local ord); 0 when none.
Result<qint64> highestHeld(db::Connection& connection, int origin);

// The changesets held (own and relayed) that a peer with `peerHas` lacks, in (device, seq) order: all of them, or,
// when their bodies exceed byteBudget, those that fit (at least one): first what most of `peers` lack (news, so
// that one laptop far behind does not hold up the others), then the oldest. "Oldest" orders each device's changes
// by the highest clock stamp up to them, so that a device's changes go in sequence and what an honest writer had
// seen goes before its edit; the rest follows in the next bundle, once acknowledged.
Result<std::vector<StoredChangeset>> changesetsSince(db::Connection& connection, const VersionVector& peerHas,
                                                     qint64 byteBudget = std::numeric_limits<qint64>::max(),
                                                     const std::vector<VersionVector>& peers = {});

}  // namespace fieldcase::store
