#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// Follow-ups across cases, neither they nor their case archived: a page of one bucket with its case's reference and
// title, and the counts of every open bucket.
Result<FollowUpPage> followUps(db::Connection& connection, const FollowUpQuery& query);

}  // namespace fieldcase::query
