#pragma once

#include "core/base/Result.h"

#include <QByteArray>

namespace fieldcase::db {

class Connection;

// The vault's own facts (table meta): device identity, team, clock. An absent key reads as an empty value (a
// vault that has not joined a team has no team id). Writing needs a WriteScope, like every guarded table.
Result<QByteArray> readMeta(Connection& connection, const char* key);
Result<void> writeMeta(Connection& connection, const char* key, const QByteArray& value);

}  // namespace fieldcase::db
