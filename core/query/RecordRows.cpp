#include "core/query/RecordRows.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/model/Validation.h"
#include "core/store/SqlValues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fieldcase::query {

using model::Schema;
using model::TableDef;

Result<const TableDef*> tableFor(const QString& kind) {
    const TableDef* table = Schema::tableBySingular(kind);
    if (table == nullptr) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Records", "There is no kind of record called '%1'.").arg(kind));
    }
    return table;
}

QString kindLabel(const TableDef& table) {
    return QCoreApplication::translate("Fields", table.label).toLower();
}

Result<QByteArray> parseId(const TableDef& table, const QString& id) {
    static const QRegularExpression hexId(QStringLiteral("^[0-9a-fA-F]{32}$"));
    if (!hexId.match(id).hasMatch()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Records", "There is no %1 with the id '%2'.").arg(kindLabel(table), id));
    }
    return QByteArray::fromHex(id.toLatin1());
}

QString hexOf(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toHex());
}

QByteArray selectColumns(const TableDef& table, const QByteArray& alias) {
    QByteArray columns = alias + "id, " + alias + "created_at, " + alias + "updated_at";
    for (const auto& field : table.fields)
        columns += ", " + alias + field.name;
    return columns;
}

RecordData readRecord(const TableDef& table, const db::Statement& row, int firstColumn) {
    RecordData record;
    record.kind = QLatin1String(table.singular);
    record.id = hexOf(row.columnBlob(firstColumn));
    record.createdAt = row.columnInt64(firstColumn + 1);
    record.updatedAt = row.columnInt64(firstColumn + 2);
    int column = firstColumn + 3;
    for (const auto& field : table.fields) {
        const int index = column++;
        if (row.columnIsNull(index)) continue;
        const QVariant stored = store::readFieldValue(row, index, field);
        if (field.id == model::kArchivedFieldId) {
            record.archived = stored.toLongLong() != 0;
            continue;
        }
        record.fields.insert(QLatin1String(field.name), model::presentFieldValue(field, stored));
    }
    return record;
}

Result<QList<RecordData>> readAll(db::Statement& statement, const TableDef& table) {
    QList<RecordData> records;
    for (;;) {
        auto row = statement.step();
        if (!row) return row.error();
        if (!*row) break;
        records << readRecord(table, statement);
    }
    return records;
}

Result<QString> recordLabel(db::Connection& connection, const model::TableDef& table, const QByteArray& rowId) {
    QString label = QCoreApplication::translate("Fields", table.label);
    if (table.id != model::TableId::Case) return label;
    auto names = connection.prepare("SELECT reference, title FROM cases WHERE id = ?");
    if (!names) return names.error();
    names->bind(1, rowId);
    auto named = names->step();
    if (!named) return named.error();
    if (*named) label = names->columnText(0) + QStringLiteral(" · ") + names->columnText(1);
    return label;
}

QString personName(const RecordData& person) {
    return QStringList{person.fields.value(QStringLiteral("given_name")).toString(),
                       person.fields.value(QStringLiteral("patronymic")).toString(),
                       person.fields.value(QStringLiteral("family_name")).toString()}
        .join(QLatin1Char(' '))
        .simplified();
}

}  // namespace fieldcase::query
