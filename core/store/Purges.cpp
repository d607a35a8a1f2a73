#include "core/store/Purges.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/store/Devices.h"
#include "core/store/Mutator.h"

namespace fieldcase::store {

namespace {

// How many records a purge of this one takes with it (what belongs to it, recursively), itself included.
Result<qint64> recordsInPurge(db::Connection& connection, const model::TableDef& table, const QByteArray& rowId) {
    qint64 count = 1;
    for (const auto& [dependent, ownerField] : model::Schema::dependents(table.id)) {
        auto children = ownedIds(connection, *dependent, *ownerField, rowId);
        if (!children) return children.error();
        for (const QByteArray& child : *children) {
            auto below = recordsInPurge(connection, *dependent, child);
            if (!below) return below.error();
            count += *below;
        }
    }
    return count;
}

}  // namespace

Result<std::vector<HeldPurgeRecord>> heldPurges(db::Connection& connection) {
    auto rows = connection.prepare(
        "SELECT DISTINCT d.device_id, d.name, h.tbl, h.row_id, h.many FROM held_purge h JOIN device d ON d.ord = "
        "h.origin ORDER BY d.name, d.device_id, h.tbl, h.row_id");
    if (!rows) return rows.error();
    std::vector<HeldPurgeRecord> result;
    FC_TRY(rows->forEachRow([&](const db::Statement& row) {
        HeldPurgeRecord held;
        held.table = model::Schema::tableByNumber(static_cast<int>(row.columnInt64(2)));
        if (held.table == nullptr) return;
        held.deviceId = row.columnBlob(0);
        held.deviceName = row.columnText(1);
        held.rowId = row.columnBlob(3);
        held.overQuota = row.columnInt64(4) != 0;
        // One record held twice from a device (two of its changes purged it) is listed once.
        if (!result.empty() && result.back().deviceId == held.deviceId && result.back().rowId == held.rowId &&
            result.back().table == held.table)
            return;
        result.push_back(std::move(held));
    }));
    return result;
}

Result<PurgeHold> ownPurgeHold(db::Connection& connection, const model::TableDef& table, const QByteArray& rowId,
                               bool coordinator, qint64 nowMs) {
    auto team = Devices(connection).anyOther();
    if (!team) return team.error();
    if (!*team) return PurgeHold::None;  // nobody else to hold it
    auto check = connection.prepare(
        "SELECT EXISTS(SELECT 1 FROM record_creator WHERE tbl = ? AND row_id = ? AND origin = 1), "
        "(SELECT coalesce(sum(records), 0) FROM purge_tally WHERE origin = 1 AND wall_ms > ?)");
    if (!check) return check.error();
    check->bind(1, static_cast<qint64>(table.id)).bind(2, rowId).bind(3, nowMs - kPurgeQuotaWindowMs);
    auto row = check->step();
    if (!row) return row.error();
    const bool creator = check->columnInt64(0) != 0;
    const qint64 used = check->columnInt64(1);
    if (!coordinator && !creator) return PurgeHold::NotCreator;
    auto records = recordsInPurge(connection, table, rowId);
    if (!records) return records.error();
    if (used + *records > kPurgeQuotaRecords) return PurgeHold::OverQuota;
    return PurgeHold::None;
}

}  // namespace fieldcase::store
