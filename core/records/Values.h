#pragma once

#include "core/base/Result.h"
#include "core/store/Mutator.h"

#include <QString>
#include <QVariantMap>

namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::records {

// The values a person would expect when a field is left out on creation (a case is Active and opened today...);
// today is YYYY-MM-DD, now an ISO 8601 date and time.
QVariantMap withDefaults(const model::TableDef& table, QVariantMap fields, const QString& today, const QString& now);
// Every given field validated and normalised into what the store writes; on creation, every required field must
// be there. Fields Fieldcase sets itself, and the archived flag, are refused.
Result<store::FieldValues> normalise(const model::TableDef& table, const QVariantMap& given, bool creating);

}  // namespace fieldcase::records
