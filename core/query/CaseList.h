#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QString>
#include <QStringList>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// A page of the case list, filtered and sorted as asked; today (YYYY-MM-DD) is the day "overdue" counts from.
Result<CaseListPage> listCases(db::Connection& connection, const CaseListQuery& query, const QString& today);
// The workers cases are assigned to (archived cases too), each name once, in the interface language's order.
Result<QStringList> caseWorkers(db::Connection& connection);

}  // namespace fieldcase::query
