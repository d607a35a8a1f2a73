#pragma once

#include "core/base/Result.h"

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::store {

// Checks every stored changeset: gapless sequence per device, each one linked to the hash of the one before, and
// signed by its device's identity key. Redacted ops (purged records) still verify: signatures cover op hashes.
// Returns the number of changesets checked.
Result<qint64> verifyChangeLog(db::Connection& connection);

}  // namespace fieldcase::store
