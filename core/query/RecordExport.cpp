#include "core/query/RecordExport.h"

#include "core/base/Csv.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/model/Vocabulary.h"
#include "core/query/RecordRows.h"
#include "core/query/Xlsx.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>
#include <optional>

namespace fieldcase::query {

using model::FieldDef;
using model::FieldType;
using model::Schema;
using model::TableDef;
using model::TableId;

namespace {

QString cellValue(const FieldDef& field, const QVariant& value, ExportValues values) {
    if (!value.isValid()) return {};
    if (value.typeId() == QMetaType::Bool) {
        if (values == ExportValues::Keys) return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return value.toBool() ? QCoreApplication::translate("Records", "yes")
                              : QCoreApplication::translate("Records", "no");
    }
    const QStringList items =
        value.typeId() == QMetaType::QStringList ? value.toStringList() : QStringList{value.toString()};
    if (field.vocabulary && values == ExportValues::Labels) {
        QStringList labels;
        for (const QString& key : items)
            labels << model::Vocabulary::label(*field.vocabulary, key);
        return labels.join(QStringLiteral("; "));
    }
    return items.join(QStringLiteral("; "));
}

QStringList headerOf(const TableDef& table, ExportValues values) {
    QStringList header{QStringLiteral("id")};
    for (const auto& field : table.fields) {
        header << (values == ExportValues::Keys ? QLatin1String(field.name)
                                                : QCoreApplication::translate("Fields", field.label));
    }
    return header;
}

QVariant fieldValue(const RecordData& record, const FieldDef& field) {
    return field.id == model::kArchivedFieldId ? QVariant(record.archived)
                                               : record.fields.value(QLatin1String(field.name));
}

// Every record of a table, oldest first, to onRecord; or ordered by an SQL expression.
Result<void> forEachRecord(db::Connection& connection, const TableDef& table, const QByteArray& orderBy,
                           const std::function<Result<void>(const RecordData&)>& onRecord) {
    auto select = connection.prepare(
        ("SELECT " + selectColumns(table) + " FROM " + table.name + " ORDER BY " + orderBy).constData());
    if (!select) return select.error();
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) return {};
        FC_TRY(onRecord(readRecord(table, *select)));
    }
}

const QByteArray kOldestFirst = "created_at, rowid";

Error cannotWrite(const QFileDevice& file) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("Records", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
}

Result<void> makeFolder(const QString& dir) {
    if (QDir().mkpath(dir)) return {};
    return makeError(ErrorCode::Io, QCoreApplication::translate("Records", "Cannot create the folder %1.").arg(dir));
}

QStringList rowOf(const TableDef& table, const RecordData& record, ExportValues values) {
    QStringList cells{record.id};
    for (const auto& field : table.fields)
        cells << cellValue(field, fieldValue(record, field), values);
    return cells;
}

// JSON -----------------------------------------------------------------------------------------------------------

QString timestamp(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

// A record as JSON: id, times, archived, and every field with a value as its key (lists as arrays, flags as
// booleans, numbers as numbers), leaving out the reference to the record it is nested in.
QJsonObject jsonOf(const TableDef& table, const RecordData& record, const char* nestedIn = nullptr) {
    QJsonObject object{{QStringLiteral("id"), record.id},
                       {QStringLiteral("created_at"), timestamp(record.createdAt)},
                       {QStringLiteral("updated_at"), timestamp(record.updatedAt)}};
    for (const auto& field : table.fields) {
        if (nestedIn != nullptr && qstrcmp(field.name, nestedIn) == 0) continue;
        const QVariant value = fieldValue(record, field);
        if (value.isValid()) object.insert(QLatin1String(field.name), QJsonValue::fromVariant(value));
    }
    return object;
}

// The field by which a record belongs to a case or a person, if it does: its first required reference to one.
const FieldDef* ownerField(const TableDef& table) {
    for (const auto& field : table.fields) {
        if (field.type == FieldType::Reference && field.required && field.references &&
            (*field.references == TableId::Case || *field.references == TableId::Person))
            return &field;
    }
    return nullptr;
}

// Writes {"<parent table>": [parent, each with its children nested by table name], ...}: parents ordered by id,
// each child table walked in the order of its owner's id alongside (SQLite's statements step side by side), so
// memory holds one parent and its children at a time. A child whose parent is not in the vault (it arrived first
// from another laptop) goes to "without_<parent table>".
class NestedWriter {
public:
    NestedWriter(db::Connection& connection, QSaveFile& file) : m_connection(connection), m_file(file) {}

    Result<void> write(const TableDef& parent, const std::vector<const TableDef*>& children) {
        struct Cursor {
            const TableDef* table;
            const FieldDef* owner;
            db::Statement statement;
            bool done = false;
        };
        std::vector<Cursor> cursors;
        for (const TableDef* child : children) {
            const FieldDef* owner = ownerField(*child);
            auto select = m_connection.prepare(("SELECT " + selectColumns(*child) + " FROM " + child->name +
                                                " ORDER BY " + owner->name + ", created_at, rowid")
                                                   .constData());
            if (!select) return select.error();
            cursors.push_back({child, owner, std::move(*select)});
            FC_TRY(advance(cursors.back().statement, cursors.back().done));
        }
        QJsonObject orphans;
        const auto ownerOf = [](Cursor& cursor) {
            return cursor.statement.columnBlob(3 + static_cast<int>(cursor.owner - cursor.table->fields.data()));
        };
        // Children whose owner sorts before the parent (or after the last parent) have no parent in the vault.
        const auto takeOrphansBefore = [&](const std::optional<QByteArray>& parentId) -> Result<void> {
            for (Cursor& cursor : cursors) {
                while (!cursor.done && (!parentId || ownerOf(cursor) < *parentId)) {
                    QJsonArray list = orphans.value(QLatin1String(cursor.table->name)).toArray();
                    list.append(jsonOf(*cursor.table, readRecord(*cursor.table, cursor.statement)));
                    orphans.insert(QLatin1String(cursor.table->name), list);
                    FC_TRY(advance(cursor.statement, cursor.done));
                }
            }
            return {};
        };
        FC_TRY(put("\"" + QByteArray(parent.name) + "\":["));
        bool first = true;
        const auto writeParent = [&](const RecordData& record) -> Result<void> {
            const QByteArray parentId = QByteArray::fromHex(record.id.toLatin1());
            FC_TRY(takeOrphansBefore(parentId));
            QJsonObject object = jsonOf(parent, record);
            for (Cursor& cursor : cursors) {
                QJsonArray nested;
                while (!cursor.done && ownerOf(cursor) == parentId) {
                    nested.append(
                        jsonOf(*cursor.table, readRecord(*cursor.table, cursor.statement), cursor.owner->name));
                    FC_TRY(advance(cursor.statement, cursor.done));
                }
                object.insert(QLatin1String(cursor.table->name), nested);
            }
            FC_TRY(put((first ? "" : ",") + QJsonDocument(object).toJson(QJsonDocument::Compact)));
            first = false;
            return {};
        };
        FC_TRY(forEachRecord(m_connection, parent, "id", writeParent));
        FC_TRY(takeOrphansBefore(std::nullopt));
        FC_TRY(put("],\"without_" + QByteArray(parent.name) +
                   "\":" + QJsonDocument(orphans).toJson(QJsonDocument::Compact)));
        return {};
    }

    Result<void> put(const QByteArray& bytes) {
        if (m_file.write(bytes) != bytes.size()) return cannotWrite(m_file);
        return {};
    }

private:
    static Result<void> advance(db::Statement& statement, bool& done) {
        auto row = statement.step();
        if (!row) return row.error();
        done = !*row;
        return {};
    }

    db::Connection& m_connection;
    QSaveFile& m_file;
};

}  // namespace

Result<QStringList> exportCsv(db::Connection& connection, const QString& dir, ExportValues values) {
    FC_TRY(makeFolder(dir));
    QStringList written;
    for (const auto& table : Schema::tables()) {
        // Written row by row into a QSaveFile: one kind of 100 000 cases never sits in memory whole, and the file
        // appears only complete.
        const QString path = QDir(dir).filePath(QLatin1String(table.name) + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return cannotWrite(file);
        const auto put = [&file](const QByteArray& bytes) -> Result<void> {
            if (file.write(bytes) != bytes.size()) return cannotWrite(file);
            return {};
        };
        // A byte-order mark: spreadsheets then read the file as UTF-8.
        FC_TRY(put("\xEF\xBB\xBF" + csvLine(headerOf(table, values))));
        FC_TRY(forEachRecord(connection, table, kOldestFirst,
                             [&](const RecordData& record) { return put(csvLine(rowOf(table, record, values))); }));
        if (!file.commit()) return cannotWrite(file);
        written << path;
    }
    return written;
}

Result<QStringList> exportXlsx(db::Connection& connection, const QString& dir, ExportValues values) {
    FC_TRY(makeFolder(dir));
    XlsxWriter workbook;
    for (const auto& table : Schema::tables()) {
        FC_TRY(workbook.beginSheet(QLatin1String(table.name), headerOf(table, values)));
        FC_TRY(forEachRecord(connection, table, kOldestFirst,
                             [&](const RecordData& record) { return workbook.addRow(rowOf(table, record, values)); }));
        FC_TRY(workbook.endSheet());
    }
    const QString path = QDir(dir).filePath(QStringLiteral("fieldcase-records.xlsx"));
    FC_TRY(workbook.save(path));
    return QStringList{path};
}

Result<QStringList> exportJson(db::Connection& connection, const QString& dir) {
    FC_TRY(makeFolder(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("fieldcase-records.json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite(file);
    // Cases with what belongs to them, people with theirs, then every other kind as a list of its own.
    std::vector<const TableDef*> ofCases;
    std::vector<const TableDef*> ofPeople;
    std::vector<const TableDef*> others;
    for (const auto& table : Schema::tables()) {
        if (table.id == TableId::Case || table.id == TableId::Person) continue;
        const FieldDef* owner = ownerField(table);
        if (owner == nullptr) {
            others.push_back(&table);
        } else {
            (*owner->references == TableId::Case ? ofCases : ofPeople).push_back(&table);
        }
    }
    NestedWriter writer(connection, file);
    FC_TRY(writer.put(
        "{\"format\":\"fieldcase-records\",\"version\":1,\"values\":\"keys\",\"vocabulary\":\"HTCDS 2.0\","));
    FC_TRY(writer.write(Schema::table(TableId::Case), ofCases));
    FC_TRY(writer.put(","));
    FC_TRY(writer.write(Schema::table(TableId::Person), ofPeople));
    for (const TableDef* table : others) {
        QJsonArray list;
        FC_TRY(forEachRecord(connection, *table, kOldestFirst, [&](const RecordData& record) -> Result<void> {
            list.append(jsonOf(*table, record));
            return {};
        }));
        FC_TRY(
            writer.put(",\"" + QByteArray(table->name) + "\":" + QJsonDocument(list).toJson(QJsonDocument::Compact)));
    }
    FC_TRY(writer.put("}\n"));
    if (!file.commit()) return cannotWrite(file);
    return QStringList{path};
}

}  // namespace fieldcase::query
