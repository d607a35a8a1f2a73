#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::query {

// One record by its id (32 hex digits); NotFound when there is none of that kind.
Result<RecordData> record(db::Connection& connection, const model::TableDef& table, const QString& id);
// Records of a kind, newest first.
Result<QList<RecordData>> records(db::Connection& connection, const model::TableDef& table, int offset, int limit);
// A case with what belongs to it: its people (with the link's fields), encounters, notes, referrals, follow-ups,
// its people's consents and its attachments' metadata.
Result<CaseDetails> caseDetails(db::Connection& connection, RecordData theCase);
// Counts of records per kind, archived included.
Result<QVariantMap> counts(db::Connection& connection);

}  // namespace fieldcase::query
