#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QList>
#include <QString>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::search {
class SearchIndex;
}

namespace fieldcase::query {

// Search across every kind of record, best first, each hit with its heading and a snippet around the match; today
// (YYYY-MM-DD) is the day "overdue" counts from.
Result<QList<SearchHit>> search(db::Connection& connection, search::SearchIndex& index, const SearchQuery& query,
                                const QString& today);

}  // namespace fieldcase::query
