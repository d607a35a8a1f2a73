#include "core/search/SearchIndex.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/search/Bm25.h"

#include <algorithm>

namespace fieldcase::search {

namespace {

// Column weights for bm25: a hit in a name counts more than one in a long text.
const std::vector<double> kWeights = {1.0, 2.0};

// An SQL expression joining the record's searchable text (names or not) with spaces; empty if it has none.
QByteArray joinedColumns(const model::TableDef& table, bool names) {
    QByteArray expression;
    for (const auto& field : table.fields) {
        if (!field.searchable || field.nameLike != names) continue;
        expression +=
            (expression.isEmpty() ? QByteArray() : QByteArray(" || ' ' || ")) + "coalesce(" + field.name + ", '')";
    }
    return expression;
}

// The case a record belongs to, for filters and for showing the hit in its case.
QByteArray caseColumn(const model::TableDef& table) {
    if (table.id == model::TableId::Case) return "id";
    for (const auto& field : table.fields) {
        if (field.references == model::TableId::Case && field.owner) return field.name;
    }
    return "NULL";
}

}  // namespace

bool SearchFilter::any() const {
    return !status.isEmpty() || !exploitation.isEmpty() || !risk.isEmpty() || !assignedTo.isEmpty() ||
           !from.isEmpty() || !to.isEmpty() || overdueOnly;
}

SearchIndex::SearchIndex(db::Connection& connection, TextAnalyzer analyzer)
    : m_connection(connection), m_analyzer(std::move(analyzer)) {}

Result<void> SearchIndex::removeDocument(const model::TableDef& table, const QByteArray& rowId) {
    auto find = m_connection.prepare("SELECT docid FROM search_doc WHERE tbl = ? AND row_id = ?");
    if (!find) return find.error();
    find->bind(1, static_cast<qint64>(table.id)).bind(2, rowId);
    auto row = find->step();
    if (!row) return row.error();
    if (!*row) return {};
    const qint64 docid = find->columnInt64(0);
    auto fts = m_connection.prepare("DELETE FROM search_fts WHERE docid = ?");
    if (!fts) return fts.error();
    FC_TRY(fts->bind(1, docid).run());
    auto doc = m_connection.prepare("DELETE FROM search_doc WHERE docid = ?");
    if (!doc) return doc.error();
    return doc->bind(1, docid).run();
}

Result<void> SearchIndex::recordChanged(const model::TableDef& table, const QByteArray& rowId) {
    const QByteArray body = joinedColumns(table, false);
    const QByteArray names = joinedColumns(table, true);
    if (body.isEmpty() && names.isEmpty()) return {};
    FC_TRY(removeDocument(table, rowId));
    const QByteArray archived = table.appendOnly ? QByteArray("0") : QByteArray("archived");
    const QByteArray sql = "SELECT " + (body.isEmpty() ? QByteArray("''") : body) + ", " +
                           (names.isEmpty() ? QByteArray("''") : names) + ", " + caseColumn(table) + ", " + archived +
                           " FROM " + table.name + " WHERE id = ?";
    auto select = m_connection.prepare(sql.constData());
    if (!select) return select.error();
    select->bind(1, rowId);
    auto row = select->step();
    if (!row) return row.error();
    if (!*row || select->columnInt64(3) != 0) return {};  // gone or archived: not searchable
    const QString bodyTokens = m_analyzer.indexText(select->columnText(0));
    const QString nameTokens = m_analyzer.indexName(select->columnText(1).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    auto doc = m_connection.prepare("INSERT INTO search_doc(tbl, row_id, case_id) VALUES (?, ?, ?)");
    if (!doc) return doc.error();
    doc->bind(1, static_cast<qint64>(table.id)).bind(2, rowId);
    if (select->columnIsNull(2)) {
        doc->bindNull(3);
    } else {
        doc->bind(3, select->columnBlob(2));
    }
    FC_TRY(doc->run());
    auto fts = m_connection.prepare("INSERT INTO search_fts(docid, body, names) VALUES (last_insert_rowid(), ?, ?)");
    if (!fts) return fts.error();
    return fts->bind(1, bodyTokens).bind(2, nameTokens).run();
}

Result<void> SearchIndex::recordPurged(const model::TableDef& table, const QByteArray& rowId) {
    return removeDocument(table, rowId);
}

Result<void> SearchIndex::compactAfterPurge() {
    // FTS4 keeps deleted terms in older segments until they are merged: merge everything, so the purged
    // words leave the index (secure_delete then zeroes the freed pages).
    const db::Connection::WriteScope writing(m_connection);
    return m_connection.exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
}

Result<std::vector<IndexHit>> SearchIndex::search(const QString& text, const SearchFilter& filter, int limit) {
    const QString expression = m_analyzer.matchExpression(text);
    if (expression.isEmpty() || limit <= 0) return std::vector<IndexHit>();
    QByteArray sql =
        "SELECT d.tbl, d.row_id, d.case_id, matchinfo(search_fts, 'pcnalx') FROM search_fts "
        "JOIN search_doc d ON d.docid = search_fts.docid LEFT JOIN cases c ON c.id = d.case_id "
        "WHERE search_fts MATCH ? AND (c.archived IS NULL OR c.archived = 0)";
    QList<QString> parameters;
    if (!filter.status.isEmpty()) {
        sql += " AND c.status = ?";
        parameters << filter.status;
    }
    if (!filter.risk.isEmpty()) {
        sql += " AND c.risk = ?";
        parameters << filter.risk;
    }
    if (!filter.assignedTo.isEmpty()) {
        sql += " AND c.assigned_to = ?";
        parameters << filter.assignedTo;
    }
    if (!filter.exploitation.isEmpty()) {
        sql += " AND (',' || c.exploitation || ',') LIKE ?";
        parameters << QStringLiteral("%,%1,%").arg(filter.exploitation);
    }
    if (!filter.from.isEmpty()) {
        sql += " AND c.opened_on >= ?";
        parameters << filter.from;
    }
    if (!filter.to.isEmpty()) {
        sql += " AND c.opened_on <= ?";
        parameters << filter.to;
    }
    if (filter.overdueOnly) {
        sql +=
            " AND EXISTS (SELECT 1 FROM followups f WHERE f.case_id = c.id AND f.state = 'Open' AND "
            "f.archived = 0 AND f.due_on < ?)";
        parameters << filter.today;
    }
    auto select = m_connection.prepare(sql.constData());
    if (!select) return select.error();
    select->bind(1, expression);
    for (int i = 0; i < parameters.size(); ++i)
        select->bind(i + 2, parameters[i]);
    std::vector<IndexHit> hits;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        hits.push_back(IndexHit{static_cast<int>(select->columnInt64(0)), select->columnBlob(1), select->columnBlob(2),
                                bm25(select->columnBlob(3), kWeights)});
    }
    const auto keep = std::min<std::size_t>(hits.size(), static_cast<std::size_t>(limit));
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(),
                      [](const IndexHit& a, const IndexHit& b) { return a.score > b.score; });
    hits.resize(keep);
    return hits;
}

}  // namespace fieldcase::search
