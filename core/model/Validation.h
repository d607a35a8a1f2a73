#pragma once

#include "core/base/Result.h"
#include "core/model/Schema.h"

#include <QVariant>

namespace fieldcase::model {

// Turns what a person or script gave for a field (text, number, bool or list) into the value stored in the
// vault: trimmed, canonical (vocabulary keys in their exact spelling, sets sorted, dates ISO, times UTC), or
// null for "empty". Fails with a clear message naming the field; nothing is stored then.
Result<QVariant> normalizeFieldValue(const TableDef& table, const FieldDef& field, const QVariant& input);

// The stored value as the facade shows it: lists for sets and lines, bool for booleans, hex ids for references.
QVariant presentFieldValue(const FieldDef& field, const QVariant& stored);

}  // namespace fieldcase::model
