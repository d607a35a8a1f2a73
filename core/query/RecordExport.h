#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QString>
#include <QStringList>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::query {

// Every record of the vault, archived ones included, written as files into dir (created if missing); the files
// written. What the formats hold and each column's meaning: docs/exports.md.

// One UTF-8 CSV file per kind (with a byte-order mark so spreadsheets read it).
Result<QStringList> exportCsv(db::Connection& connection, const QString& dir, ExportValues values);
// One workbook, fieldcase-records.xlsx, with a sheet per kind.
Result<QStringList> exportXlsx(db::Connection& connection, const QString& dir, ExportValues values);
// One JSON document, fieldcase-records.json: cases with what belongs to them, people with their consents, and the
// organisations; values always as keys.
Result<QStringList> exportJson(db::Connection& connection, const QString& dir);

}  // namespace fieldcase::query
