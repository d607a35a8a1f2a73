#include "core/query/History.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/query/RecordRows.h"
#include "core/store/AuditLog.h"
#include "core/store/Devices.h"
#include "core/store/Mutator.h"

namespace fieldcase::query {

using model::Schema;
using model::TableDef;
using model::TableId;

Result<QList<HistoryEntry>> history(db::Connection& connection, const TableDef& table, const QByteArray& rowId) {
    QList<QByteArray> rowIds{rowId};
    // What belongs to the record (a case's encounters, notes, links...): their ids only, not the records.
    for (const auto& [dependent, ownerField] : Schema::dependents(table.id)) {
        auto owned = store::ownedIds(connection, *dependent, *ownerField, rowIds.first());
        if (!owned) return owned.error();
        rowIds << *owned;
    }
    if (table.id == TableId::Person) {
        auto merged = connection.prepare("SELECT id FROM persons WHERE merged_into = ?");
        if (!merged) return merged.error();
        merged->bind(1, rowIds.first());
        for (;;) {
            auto row = merged->step();
            if (!row) return row.error();
            if (!*row) break;
            rowIds << merged->columnBlob(0);
        }
    }
    store::AuditLog audit(connection);
    auto entries = audit.entriesFor(rowIds);
    if (!entries) return entries.error();
    auto names = store::Devices(connection).names();
    if (!names) return names.error();
    QList<HistoryEntry> done;
    for (const auto& entry : *entries) {
        const auto device = names->find(entry.device);
        const TableDef* touched = Schema::tableByNumber(entry.table);
        done << HistoryEntry{entry.at,     device != names->end() ? device->second : QString(),    entry.worker,
                             entry.action, touched ? QLatin1String(touched->singular) : QString(), hexOf(entry.rowId),
                             entry.fields};
    }
    return done;
}

}  // namespace fieldcase::query
