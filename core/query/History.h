#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QList>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::query {

// What was done to a record and to what belongs to it (a case's encounters, notes...; a person's merged
// duplicates), oldest first: who, when, which fields — never their values.
Result<QList<HistoryEntry>> history(db::Connection& connection, const model::TableDef& table, const QByteArray& rowId);

}  // namespace fieldcase::query
