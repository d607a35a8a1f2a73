#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QDate>
#include <QString>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// Every figure of the coordinator's dashboard; query.today must be valid.
Result<Dashboard> dashboard(db::Connection& connection, const DashboardQuery& query);

// CTDC's broad age band of an age in years ("0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47",
// "48+"); empty for an unknown (negative) age.
QString ageBand(int years);
// A person's age in years on a day: from the birth date (YYYY-MM-DD) when there is one, else the estimated age;
// -1 when neither is recorded.
int ageOn(const QDate& day, const QString& birthDate, const QVariant& estimatedAge);

}  // namespace fieldcase::query
