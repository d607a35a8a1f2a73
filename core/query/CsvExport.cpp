#include "core/query/CsvExport.h"

#include "core/base/AtomicFile.h"
#include "core/base/Csv.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/model/Vocabulary.h"
#include "core/query/RecordRows.h"

#include <QCoreApplication>
#include <QDir>

namespace fieldcase::query {

using model::FieldDef;
using model::Schema;

namespace {

QString csvValue(const FieldDef& field, const QVariant& value) {
    if (!value.isValid()) return {};
    if (field.vocabulary) {
        QStringList labels;
        const QStringList keys =
            value.typeId() == QMetaType::QStringList ? value.toStringList() : QStringList{value.toString()};
        for (const QString& key : keys)
            labels << model::Vocabulary::label(*field.vocabulary, key);
        return labels.join(QStringLiteral("; "));
    }
    if (value.typeId() == QMetaType::QStringList) return value.toStringList().join(QStringLiteral("; "));
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? QCoreApplication::translate("Records", "yes")
                              : QCoreApplication::translate("Records", "no");
    }
    return value.toString();
}

}  // namespace

Result<QStringList> exportCsv(db::Connection& connection, const QString& dir) {
    if (!QDir().mkpath(dir)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Records", "Cannot create the folder %1.").arg(dir));
    }
    QStringList written;
    for (const auto& table : Schema::tables()) {
        QByteArray csv = "\xEF\xBB\xBF";  // byte-order mark: spreadsheets then read the file as UTF-8
        QList<QByteArray> header{csvCell(QStringLiteral("id"))};
        for (const auto& field : table.fields)
            header << csvCell(QCoreApplication::translate("Fields", field.label));
        csv += header.join(',') + "\r\n";
        auto select = connection.prepare(
            ("SELECT " + selectColumns(table) + " FROM " + table.name + " ORDER BY created_at, rowid").constData());
        if (!select) return select.error();
        for (;;) {
            auto row = select->step();
            if (!row) return row.error();
            if (!*row) break;
            const RecordData record = readRecord(table, *select);
            QList<QByteArray> cells{csvCell(record.id)};
            for (const auto& field : table.fields) {
                const QVariant value = field.id == model::kArchivedFieldId
                                           ? QVariant(record.archived)
                                           : record.fields.value(QLatin1String(field.name));
                cells << csvCell(csvValue(field, value));
            }
            csv += cells.join(',') + "\r\n";
        }
        const QString path = QDir(dir).filePath(QLatin1String(table.name) + QStringLiteral(".csv"));
        FC_TRY(writeFileAtomically(path, csv));
        written << path;
    }
    return written;
}

}  // namespace fieldcase::query
