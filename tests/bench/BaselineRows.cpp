#include "tests/bench/BaselineRows.h"

#include "core/model/Schema.h"
#include "core/model/Validation.h"

namespace fieldcase::bench {

namespace {

using model::FieldType;

constexpr int kFirstFieldColumn = 3;  // after id, created_at, updated_at

const char* sqlType(FieldType type) {
    switch (type) {
        case FieldType::Integer:
        case FieldType::Boolean:
            return "INTEGER";
        case FieldType::Reference:
            return "BLOB";
        default:
            return "TEXT";
    }
}

QString textOf(const StoredValue& value) {
    return value.type == StoredValue::Type::Text ? QString::fromUtf8(value.bytes) : QString();
}

}  // namespace

QByteArray createTableSql(const model::TableDef& table) {
    QByteArray sql = QByteArray("CREATE TABLE ") + table.name +
                     "(id BLOB NOT NULL UNIQUE, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL";
    for (const auto& field : table.fields) {
        sql += QByteArray(", ") + field.name + ' ' + sqlType(field.type);
        if (field.id == model::kArchivedFieldId) sql += " NOT NULL DEFAULT 0";
    }
    return sql + ')';
}

QByteArray insertSql(const model::TableDef& table) {
    QByteArray columns = "id, created_at, updated_at";
    QByteArray placeholders = "?, ?, ?";
    for (const auto& field : table.fields) {
        columns += QByteArray(", ") + field.name;
        placeholders += ", ?";
    }
    return QByteArray("INSERT INTO ") + table.name + '(' + columns + ") VALUES (" + placeholders + ')';
}

Result<StoredRow> storedRow(const model::TableDef& table, const QByteArray& id, qint64 createdAt,
                            const QVariantMap& fields) {
    StoredRow row;
    row.reserve(table.fields.size() + kFirstFieldColumn);
    row.push_back({StoredValue::Type::Blob, 0, id});
    row.push_back({StoredValue::Type::Integer, createdAt, {}});
    row.push_back({StoredValue::Type::Integer, createdAt, {}});
    for (const auto& field : table.fields) {
        if (field.id == model::kArchivedFieldId) {
            row.push_back({StoredValue::Type::Integer, 0, {}});
            continue;
        }
        const auto given = fields.constFind(QLatin1String(field.name));
        if (given == fields.constEnd()) {
            row.push_back({});
            continue;
        }
        auto value = model::normalizeFieldValue(table, field, *given);
        if (!value) return value.error();
        switch (value->typeId()) {
            case QMetaType::UnknownType:
                row.push_back({});
                break;
            case QMetaType::LongLong:
                row.push_back({StoredValue::Type::Integer, value->toLongLong(), {}});
                break;
            case QMetaType::QByteArray:
                row.push_back({StoredValue::Type::Blob, 0, value->toByteArray()});
                break;
            default:
                row.push_back({StoredValue::Type::Text, 0, value->toString().toUtf8()});
                break;
        }
    }
    return row;
}

bool hasSearchableFields(const model::TableDef& table) {
    for (const auto& field : table.fields) {
        if (field.searchable) return true;
    }
    return false;
}

SearchableText searchableText(const model::TableDef& table, const StoredRow& row) {
    // As core/search's SearchIndex::recordChanged gathers them: fields in schema order joined by spaces, the
    // line breaks of name lists (aliases) read as spaces.
    QStringList body;
    QStringList names;
    for (std::size_t i = 0; i < table.fields.size(); ++i) {
        const auto& field = table.fields[i];
        if (!field.searchable) continue;
        (field.nameLike ? names : body) << textOf(row[i + kFirstFieldColumn]);
    }
    return {body.join(u' '), names.join(u' ').replace(u'\n', u' ')};
}

}  // namespace fieldcase::bench
