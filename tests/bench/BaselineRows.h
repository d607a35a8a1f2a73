#pragma once

#include "core/base/Result.h"
#include "tests/bench/RawStore.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::bench {

// The baseline's table for a kind of record: the vault's columns (id, created_at, updated_at and every field, with
// the same types and the unique id), without the vault's row clock, secondary indexes and guard triggers.
QByteArray createTableSql(const model::TableDef& table);
QByteArray insertSql(const model::TableDef& table);

// A record as the vault stores it: every field normalised by the core's own rules (model::normalizeFieldValue), in
// the order of insertSql(). `fields` holds what the facade was given plus generated fields (the case reference).
Result<StoredRow> storedRow(const model::TableDef& table, const QByteArray& id, qint64 createdAt,
                            const QVariantMap& fields);

// The text core/search's index takes from a stored record, before analysis: free text, and names.
struct SearchableText {
    QString body;
    QString names;
};
bool hasSearchableFields(const model::TableDef& table);
SearchableText searchableText(const model::TableDef& table, const StoredRow& row);

}  // namespace fieldcase::bench
