#pragma once

#include "core/base/Result.h"

namespace fieldcase::db {

class Connection;

// The schema version this build writes.
int latestSchemaVersion();
// The version recorded in the database; 0 for a database without a schema yet.
Result<int> schemaVersion(Connection& connection);
// Brings the schema up to targetVersion, one transaction per step, so an interrupted upgrade
// resumes where it stopped. A database newer than this build is refused, never touched.
Result<void> migrate(Connection& connection, int targetVersion = latestSchemaVersion());

}  // namespace fieldcase::db
