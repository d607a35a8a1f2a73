#pragma once

#include "core/base/Result.h"
#include "core/store/Mutator.h"

#include <QString>
#include <QVariantMap>

namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::records {

// Whether a case in this status is closed ("Closed", "ClosedReferred"): the team's retention period runs from its
// closing date.
bool isClosedCaseStatus(const QString& status);
// The values a person would expect when a field is left out on creation (a case is Active and opened today, one
// created closed was closed today...); today is YYYY-MM-DD, now an ISO 8601 date and time.
QVariantMap withDefaults(const model::TableDef& table, QVariantMap fields, const QString& today, const QString& now);
// The changes of an edit, with the closing date set to today when they close a case that was not closed (and give
// no closing date): a case reopened and closed again starts its retention period again.
QVariantMap withClosingDate(const model::TableDef& table, QVariantMap changes, const QString& statusBefore,
                            const QString& today);
// Every given field validated and normalised into what the store writes; on creation, every required field must
// be there. Fields Fieldcase sets itself, and the archived flag, are refused.
Result<store::FieldValues> normalise(const model::TableDef& table, const QVariantMap& given, bool creating);

}  // namespace fieldcase::records
