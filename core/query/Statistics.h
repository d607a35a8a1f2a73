#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QString>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// The anonymised statistics export (RecordService::exportStatistics; docs/reports.md).
Result<StatisticsReport> exportStatistics(db::Connection& connection, const QString& dir, int k);

// The continent (UN M49 region: Africa, Americas, Asia, Europe, Oceania) of an ISO 3166 country code; "Other" for a
// code it does not know.
QString continentOf(const QString& countryCode);

}  // namespace fieldcase::query
