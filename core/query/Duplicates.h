#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QDate>
#include <QList>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::search {
class SearchIndex;
}

namespace fieldcase::query {

// People who are probably the same as person: a name matching in any script (through the index's name keys) and a
// matching birth date or age, or the same phone number. Most likely first; today is the day ages count from.
Result<QList<DuplicateCandidate>> possibleDuplicates(db::Connection& connection, search::SearchIndex& index,
                                                     const RecordData& person, const QDate& today);

}  // namespace fieldcase::query
