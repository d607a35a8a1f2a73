#include "core/records/Values.h"

#include "core/model/Schema.h"
#include "core/model/Validation.h"
#include "core/query/RecordRows.h"

#include <QCoreApplication>

namespace fieldcase::records {

using model::FieldDef;
using model::Schema;
using model::TableDef;
using model::TableId;

bool isClosedCaseStatus(const QString& status) {
    return status == QLatin1String("Closed") || status == QLatin1String("ClosedReferred");
}

QVariantMap withClosingDate(const TableDef& table, QVariantMap changes, const QString& statusBefore,
                            const QString& today) {
    const QLatin1String closedOn("closed_on");
    if (table.id == TableId::Case && isClosedCaseStatus(changes.value(QStringLiteral("status")).toString()) &&
        !isClosedCaseStatus(statusBefore) && !changes.contains(closedOn))
        changes.insert(closedOn, today);
    return changes;
}

QVariantMap withDefaults(const TableDef& table, QVariantMap fields, const QString& today, const QString& now) {
    auto setDefault = [&](const char* name, const QString& value) {
        if (!fields.contains(QLatin1String(name))) fields.insert(QLatin1String(name), value);
    };
    switch (table.id) {
        case TableId::Case:
            setDefault("status", QStringLiteral("Active"));
            setDefault("opened_on", today);
            fields = withClosingDate(table, fields, QString(), today);
            break;
        case TableId::Encounter:
            setDefault("at", now);
            break;
        case TableId::Referral:
            setDefault("status", QStringLiteral("Planned"));
            break;
        case TableId::FollowUp:
            setDefault("state", QStringLiteral("Open"));
            break;
        default:
            break;
    }
    return fields;
}

Result<store::FieldValues> normalise(const TableDef& table, const QVariantMap& given, bool creating) {
    store::FieldValues values;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const FieldDef* field = Schema::field(table, it.key());
        if (field == nullptr) {
            return makeError(ErrorCode::Usage, QCoreApplication::translate("Records", "A %1 has no field '%2'.")
                                                   .arg(query::kindLabel(table), it.key()));
        }
        if (field->generated) {
            return makeError(ErrorCode::Rejected,
                             QCoreApplication::translate("Records", "%1 is set by Fieldcase and cannot be changed.")
                                 .arg(QCoreApplication::translate("Fields", field->label)));
        }
        if (field->id == model::kArchivedFieldId) {
            return makeError(ErrorCode::Usage,
                             QCoreApplication::translate("Records", "Use archive or restore to archive a record."));
        }
        auto value = model::normalizeFieldValue(table, *field, it.value());
        if (!value) return value.error();
        values.emplace_back(field, *value);
    }
    if (creating) {
        for (const auto& field : table.fields) {
            if (field.required && !given.contains(QLatin1String(field.name))) {
                return makeError(ErrorCode::Rejected,
                                 QCoreApplication::translate("Records", "%1: this field is required.")
                                     .arg(QCoreApplication::translate("Fields", field.label)));
            }
        }
    }
    return values;
}

}  // namespace fieldcase::records
