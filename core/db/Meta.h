#pragma once

#include "core/base/Result.h"

#include <QByteArray>

namespace fieldcase::db {

class Connection;

// The vault's own facts (table meta): device identity, team, clock. An absent key reads as an empty value (a
// vault that has not joined a team has no team id). Writing needs a WriteScope, like every guarded table.
Result<QByteArray> readMeta(Connection& connection, const char* key);
Result<void> writeMeta(Connection& connection, const char* key, const QByteArray& value);

// A vault restored from a backup: the id of the device the backup was made on, and the highest of its changes that
// the backup held (decimal). Its enrolment request names both, so that the coordinator removes that device with a
// cut-off that keeps the backup's changes (docs/backup.md).
inline constexpr const char* kRestoredFromMeta = "restored_from";
inline constexpr const char* kRestoredUpToMeta = "restored_up_to";

}  // namespace fieldcase::db
