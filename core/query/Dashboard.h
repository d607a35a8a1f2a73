#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// Every figure of the coordinator's dashboard; query.today must be valid.
Result<Dashboard> dashboard(db::Connection& connection, const DashboardQuery& query);

// CTDC's broad age bands, youngest first: "0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47",
// "48+". The band of an age in years as its index, -1 for an unknown (negative) age; and as its name, empty when
// unknown.
int ageBandIndex(int years);
QString ageBand(int years);
// A person's age in years on a day: from the birth date when it is known (and not after the day), else the
// estimated age; -1 when neither is recorded.
int ageOn(const QDate& day, const QDate& born, std::optional<int> estimatedAge);

}  // namespace fieldcase::query
