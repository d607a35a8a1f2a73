#include "core/store/Conflicts.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/store/Devices.h"
#include "core/store/HybridClock.h"
#include "core/store/RowClock.h"
#include "core/store/SqlValues.h"

namespace fieldcase::store {

Result<std::vector<OpenConflict>> openConflicts(db::Connection& connection) {
    auto names = Devices(connection).names();
    if (!names) return names.error();
    auto rows = connection.prepare("SELECT tbl, row_id, field FROM conflict ORDER BY since_hlc, tbl, row_id");
    if (!rows) return rows.error();
    std::vector<OpenConflict> result;
    FC_TRY(rows->forEachRow([&](const db::Statement& row) -> Result<void> {
        OpenConflict conflict;
        conflict.table = model::Schema::tableByNumber(static_cast<int>(row.columnInt64(0)));
        if (conflict.table == nullptr) return {};
        conflict.rowId = row.columnBlob(1);
        conflict.field = model::Schema::fieldById(*conflict.table, static_cast<int>(row.columnInt64(2)));
        if (conflict.field == nullptr) return {};
        auto record = connection.prepare(
            (QByteArray("SELECT clock, ") + conflict.field->name + " FROM " + conflict.table->name + " WHERE id = ?")
                .constData());
        if (!record) return record.error();
        record->bind(1, conflict.rowId);
        auto found = record->step();
        if (!found) return found.error();
        if (!*found) return {};
        auto clock = RowClock::decode(record->columnBlob(0));
        if (!clock) return clock.error();
        const auto fieldClock = clock->fields.find(conflict.field->id);
        if (fieldClock == clock->fields.end()) return {};
        bool first = true;
        for (const auto& version : fieldClock->second.versions) {
            const auto writer = names->find(version.origin);
            conflict.versions.push_back({first ? readFieldValue(*record, 1, *conflict.field) : version.value,
                                         writer != names->end() ? writer->second : QString(),
                                         HybridClock::wallMs(version.hlc)});
            first = false;
        }
        result.push_back(std::move(conflict));
        return {};
    }));
    return result;
}

Result<int> openConflictCount(db::Connection& connection) {
    auto count = connection.queryText("SELECT count(*) FROM conflict");
    if (!count) return count.error();
    return count->toInt();
}

}  // namespace fieldcase::store
