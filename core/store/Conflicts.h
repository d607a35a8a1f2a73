#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <vector>

namespace fieldcase::db {
class Connection;
}
namespace fieldcase::model {
struct FieldDef;
struct TableDef;
}  // namespace fieldcase::model

namespace fieldcase::store {

// One version of a field in conflict.
struct ConflictVersion {
    QVariant value;      // as readFieldValue gives it
    QString deviceName;  // the device that wrote it; empty when it is not known here
    qint64 wallMs = 0;   // when, by the writer's clock (ms since the epoch)
};

// A field that two devices changed without seeing each other's change (docs/merge.md): every version is kept until
// a person picks one.
struct OpenConflict {
    const model::TableDef* table = nullptr;
    QByteArray rowId;
    const model::FieldDef* field = nullptr;
    std::vector<ConflictVersion> versions;  // the one the record shows first
};

// The open conflicts, oldest first. The store is the one owner of the conflict table: the Mutator opens and settles
// conflicts, and everyone else reads them here.
Result<std::vector<OpenConflict>> openConflicts(db::Connection& connection);
Result<int> openConflictCount(db::Connection& connection);

}  // namespace fieldcase::store
