#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// Writes one UTF-8 CSV file per kind of record into dir (with a byte-order mark so spreadsheets read it), headers
// and vocabulary values in the interface language; the files written.
Result<QStringList> exportCsv(db::Connection& connection, const QString& dir);

}  // namespace fieldcase::query
