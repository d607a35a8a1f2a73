#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::store {

// A purge by another device that this vault holds back (docs/merge.md, "Purges"): the device did not create the
// record and is no coordinator, or its week's quota was spent.
struct HeldPurgeRecord {
    QByteArray deviceId;
    QString deviceName;
    const model::TableDef* table = nullptr;
    QByteArray rowId;
    bool overQuota = false;  // held for the quota; otherwise because the device did not create the record
};

// The purges held here, one per device and record, by device name.
Result<std::vector<HeldPurgeRecord>> heldPurges(db::Connection& connection);

// Why this laptop's own purge of a record would be held by its peers, if it would.
enum class PurgeHold { None, NotCreator, OverQuota };

// Nothing is held without a team; a field worker's purge of a record it did not create is; so is any purge that
// takes this laptop past its quota of kPurgeQuotaRecords in kPurgeQuotaWindowMs (the record and all it owns count).
Result<PurgeHold> ownPurgeHold(db::Connection& connection, const model::TableDef& table, const QByteArray& rowId,
                               bool coordinator, qint64 nowMs);

}  // namespace fieldcase::store
