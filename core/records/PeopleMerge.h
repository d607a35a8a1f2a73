#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::store {
class Mutator;
}

namespace fieldcase::records {

// Merges duplicate into keep, in one batch: case links and consents move over, empty fields are filled, other
// names, phones and handles are added (the duplicate's name as an alias); the duplicate is archived and points to
// the one kept.
Result<void> mergePeople(db::Connection& connection, store::Mutator& mutator, const RecordData& keep,
                         const RecordData& duplicate);

}  // namespace fieldcase::records
