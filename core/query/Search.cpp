#include "core/query/Search.h"

#include "core/db/Connection.h"
#include "core/model/Schema.h"
#include "core/query/RecordRows.h"
#include "core/query/Records.h"
#include "core/search/SearchIndex.h"

namespace fieldcase::query {

using model::Schema;
using model::TableDef;
using model::TableId;

Result<QList<SearchHit>> search(db::Connection& connection, search::SearchIndex& index, const SearchQuery& query,
                                const QString& today) {
    search::SearchFilter filter{query.status, query.exploitation, query.risk,        query.assignedTo,
                                query.from,   query.to,           query.overdueOnly, today};
    auto hits = index.search(query.text, filter, query.limit);
    if (!hits) return hits.error();
    QList<SearchHit> results;
    for (const auto& hit : *hits) {
        const TableDef* table = Schema::tableByNumber(hit.table);
        if (table == nullptr) continue;
        SearchHit result;
        result.kind = QLatin1String(table->singular);
        result.id = hexOf(hit.rowId);
        result.caseId = hit.caseId.isEmpty() ? QString() : hexOf(hit.caseId);
        result.score = hit.score;
        auto found = record(connection, *table, result.id);
        if (!found) return found.error();
        QStringList texts;
        for (const auto& field : table->fields) {
            if (!field.searchable) continue;
            const QVariant value = found->fields.value(QLatin1String(field.name));
            texts << (value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(' '))
                                                               : value.toString());
        }
        texts.removeAll(QString());
        result.snippet = index.analyzer().snippet(texts.join(QStringLiteral(" · ")), query.text, QStringLiteral("["),
                                                  QStringLiteral("]"));
        if (table->id == TableId::Person) {
            result.title = personName(*found);
        } else if (table->id == TableId::Organisation) {
            result.title = found->fields.value(QStringLiteral("name")).toString();
        } else if (!result.caseId.isEmpty()) {
            auto owner =
                result.caseId == result.id ? found : record(connection, Schema::table(TableId::Case), result.caseId);
            if (owner) {
                result.title = QStringLiteral("%1 %2").arg(owner->fields.value(QStringLiteral("reference")).toString(),
                                                           owner->fields.value(QStringLiteral("title")).toString());
            }
        }
        results << result;
    }
    return results;
}

}  // namespace fieldcase::query
