#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QVariant>

#include <map>
#include <vector>

namespace fieldcase::store {

// The merge state of one record, kept beside its shown values (column `clock`): for each field, the live versions
// and the causal context (per device, by local device number, the highest change of this field seen). The shown
// winner's value lives in the record's column; the other versions, present only during a conflict, carry theirs.
struct FieldVersion {
    int origin = 0;
    qint64 seq = 0;
    qint64 hlc = 0;
    QVariant value;  // null for the shown version
};

struct FieldClock {
    std::vector<FieldVersion> versions;  // versions[0] is the shown one
    std::map<int, qint64> context;
};

struct RowClock {
    std::map<int, FieldClock> fields;

    QByteArray encode() const;
    static Result<RowClock> decode(const QByteArray& bytes);
};

}  // namespace fieldcase::store
