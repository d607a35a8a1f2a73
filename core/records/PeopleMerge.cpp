#include "core/records/PeopleMerge.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/query/RecordRows.h"
#include "core/records/Values.h"
#include "core/store/Mutator.h"

namespace fieldcase::records {

using model::FieldDef;
using model::FieldType;
using model::Schema;
using model::TableDef;
using model::TableId;

Result<void> mergePeople(db::Connection& connection, store::Mutator& mutator, const RecordData& keep,
                         const RecordData& duplicate) {
    const TableDef& persons = Schema::table(TableId::Person);
    const QByteArray keepRow = QByteArray::fromHex(keep.id.toLatin1());
    const QByteArray duplicateRow = QByteArray::fromHex(duplicate.id.toLatin1());

    // What the kept person gains: empty fields filled, lists joined, the duplicate's name as an alias.
    QVariantMap gains;
    for (const auto& field : persons.fields) {
        if (field.generated || field.id == model::kArchivedFieldId) continue;
        const QString name = QLatin1String(field.name);
        const QVariant mine = keep.fields.value(name);
        const QVariant theirs = duplicate.fields.value(name);
        if (!theirs.isValid()) continue;
        if (field.type == FieldType::Lines) {
            QStringList joined = mine.toStringList();
            for (const QString& item : theirs.toStringList()) {
                if (!joined.contains(item)) joined << item;
            }
            if (joined != mine.toStringList()) gains.insert(name, joined);
        } else if (!mine.isValid()) {
            gains.insert(name, theirs);
        }
    }
    const QString theirName = query::personName(duplicate);
    if (!theirName.isEmpty() && theirName != query::personName(keep)) {
        QStringList aliases =
            gains.value(QStringLiteral("aliases"), keep.fields.value(QStringLiteral("aliases"))).toStringList();
        if (!aliases.contains(theirName)) aliases << theirName;
        gains.insert(QStringLiteral("aliases"), aliases);
    }
    auto values = normalise(persons, gains, false);
    if (!values) return values.error();

    auto batch = mutator.begin();
    if (!batch) return batch.error();
    if (!values->empty()) FC_TRY((*batch)->update(persons, keepRow, *values));
    // Links and consents move to the kept person.
    for (const TableId tableId : {TableId::CasePerson, TableId::Consent}) {
        const TableDef& table = Schema::table(tableId);
        const FieldDef* personField = Schema::field(table, QStringLiteral("person_id"));
        auto owned =
            connection.prepare((QByteArray("SELECT id FROM ") + table.name + " WHERE person_id = ?").constData());
        if (!owned) return owned.error();
        owned->bind(1, duplicateRow);
        QList<QByteArray> ids;
        for (;;) {
            auto row = owned->step();
            if (!row) return row.error();
            if (!*row) break;
            ids << owned->columnBlob(0);
        }
        for (const QByteArray& id : ids)
            FC_TRY((*batch)->update(table, id, {{personField, keepRow}}));
    }
    FC_TRY((*batch)->update(persons, duplicateRow,
                            {{Schema::field(persons, QStringLiteral("merged_into")), keepRow},
                             {Schema::fieldById(persons, model::kArchivedFieldId), qint64{1}}}));
    return (*batch)->commit();
}

}  // namespace fieldcase::records
