#pragma once

#include "core/api/Import.h"
#include "core/base/Result.h"

#include <QDate>
#include <QString>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::importer {
struct Spreadsheet;
}
namespace fieldcase::search {
class SearchIndex;
}
namespace fieldcase::store {
class Mutator;
}

namespace fieldcase::records {

struct ImportContext {
    db::Connection& connection;
    search::SearchIndex& index;
    store::Mutator& mutator;
    QDate today;
    QString now;  // ISO 8601, for defaults
};

// Checks every row of a sheet of the spreadsheet against the mapping (the suggested one when it names no column)
// and, unless the request is a dry run, writes what the accepted rows make in one batch, all or nothing, with the
// mapping remembered for the next file (docs/import.md). A row that cannot be imported is listed with its reason and
// the others still are; a people's likely duplicate in the vault is linked instead of made again when the name and
// the birth date or a phone number agree.
Result<ImportReport> importSpreadsheet(ImportContext& context, const importer::Spreadsheet& spreadsheet,
                                       const ImportRequest& request);

}  // namespace fieldcase::records
