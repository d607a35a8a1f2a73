#pragma once

#include "core/api/RecordService.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fieldcase::db {
class Connection;
class Statement;
}  // namespace fieldcase::db
namespace fieldcase::model {
struct TableDef;
}

namespace fieldcase::query {

// How records read out of their tables into the facade's RecordData, for every query and for the services.

// The kind of record named as the CLI and JSON name it ("case"), or Usage.
Result<const model::TableDef*> tableFor(const QString& kind);
// The kind's name in the interface language, in lower case ("case", "дело").
QString kindLabel(const model::TableDef& table);
// A record id as the facade gives it (32 hex digits) as its 16 bytes; NotFound when it cannot be one.
Result<QByteArray> parseId(const model::TableDef& table, const QString& id);
QString hexOf(const QByteArray& bytes);

// A person's name as a heading: given name, patronymic, family name.
QString personName(const RecordData& person);

// How a person recognises a record in a list of conflicts or held purges: a case by its reference and title,
// anything else by its kind.
Result<QString> recordLabel(db::Connection& connection, const model::TableDef& table, const QByteArray& rowId);

// The columns readRecord() expects, optionally qualified with a table alias ("p.").
QByteArray selectColumns(const model::TableDef& table, const QByteArray& alias = {});
// The record in the row of a statement that selected selectColumns(), from firstColumn on.
RecordData readRecord(const model::TableDef& table, const db::Statement& row, int firstColumn = 0);
// Every remaining row of statement, read as records.
Result<QList<RecordData>> readAll(db::Statement& statement, const model::TableDef& table);

}  // namespace fieldcase::query
