#include "core/search/SearchIndex.h"

#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/db/Statement.h"
#include "core/search/Bm25.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace fieldcase::search {

namespace {

// The name key rules the index's names column was written by (kNameKeyRules).
constexpr const char* kNameKeyRulesMeta = "name_key_rules";

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

// A quick score from matchinfo 'pcnx' (no document lengths): for each phrase and column, a saturated term
// frequency times the inverse document frequency. It only orders candidates for the full BM25 of rankChunk().
double roughScore(const QByteArray& matchinfo, const std::vector<double>& weights) {
    // matchinfo is an array of native 32-bit integers; copied out so no unaligned read can happen.
    const qsizetype count = matchinfo.size() / static_cast<qsizetype>(sizeof(quint32));
    if (count < 3) return 0;
    std::vector<quint32> values(static_cast<std::size_t>(count));
    std::memcpy(values.data(), matchinfo.constData(), values.size() * sizeof(quint32));
    const quint32 phrases = values[0];
    const quint32 columns = values[1];
    const double documents = values[2];
    if (count != 3 + static_cast<qsizetype>(phrases) * columns * 3) return 0;
    double score = 0;
    for (quint32 phrase = 0; phrase < phrases; ++phrase) {
        for (quint32 column = 0; column < columns; ++column) {
            const quint32* x = values.data() + 3 + (phrase * columns + column) * 3;
            const double hits = x[0];
            const double withHits = x[2];
            if (hits == 0) continue;
            const double idf = std::log(1.0 + (documents - withHits + 0.5) / (withHits + 0.5));
            const double weight = column < weights.size() ? weights[column] : 1.0;
            score += weight * idf * hits / (hits + 1.2);
        }
    }
    return score;
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

Result<void> SearchIndex::recordChanged(const model::TableDef& table, const QByteArray& rowId, bool created) {
    const QByteArray body = joinedColumns(table, false);
    const QByteArray names = joinedColumns(table, true);
    if (body.isEmpty() && names.isEmpty()) return {};
    if (!created) FC_TRY(removeDocument(table, rowId));
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

Result<int> SearchIndex::upgradeNameKeys() {
    auto stored = db::readMeta(m_connection, kNameKeyRulesMeta);
    if (!stored) return stored.error();
    // An index without the entry was written by rules 1, the only rules before the entry existed.
    const int rules = stored->isEmpty() ? 1 : stored->toInt();
    if (rules >= kNameKeyRules) return 0;
    const db::Connection::WriteScope writing(m_connection);
    auto documents = m_connection.prepare("SELECT docid, names FROM search_fts WHERE names <> ''");
    if (!documents) return documents.error();
    std::vector<std::pair<qint64, QString>> changed;
    for (;;) {
        auto row = documents->step();
        if (!row) return row.error();
        if (!*row) break;
        const QString names = documents->columnText(1);
        QString upgraded = TextAnalyzer::upgradeIndexedNames(names);
        if (upgraded != names) changed.emplace_back(documents->columnInt64(0), std::move(upgraded));
    }
    auto rewrite = m_connection.prepare("UPDATE search_fts SET names = ? WHERE docid = ?");
    if (!rewrite) return rewrite.error();
    for (const auto& [docid, names] : changed) {
        rewrite->reset();
        FC_TRY(rewrite->bind(1, names).bind(2, docid).run());
    }
    FC_TRY(db::writeMeta(m_connection, kNameKeyRulesMeta, QByteArray::number(kNameKeyRules)));
    return static_cast<int>(changed.size());
}

Result<QList<QByteArray>> SearchIndex::recordsNamed(const model::TableDef& table, const QString& nameKey, int limit) {
    QList<QByteArray> records;
    if (nameKey.isEmpty() || limit <= 0) return records;
    auto named = m_connection.prepare(
        "SELECT d.row_id FROM search_fts JOIN search_doc d ON d.docid = search_fts.docid "
        "WHERE search_fts MATCH ? AND d.tbl = ? LIMIT ?");
    if (!named) return named.error();
    named->bind(1, QStringLiteral("names:%1").arg(nameKey))
        .bind(2, static_cast<qint64>(table.id))
        .bind(3, static_cast<qint64>(limit));
    for (;;) {
        auto row = named->step();
        if (!row) return row.error();
        if (!*row) break;
        records.append(named->columnBlob(0));
    }
    return records;
}

Result<std::vector<IndexHit>> SearchIndex::search(const QString& text, const SearchFilter& filter, int limit) {
    const QString expression = m_analyzer.matchExpression(text);
    if (expression.isEmpty() || limit <= 0) return std::vector<IndexHit>();

    // 1. Every match, ranked cheaply: matchinfo without per-document lengths costs a fraction of full BM25, which
    //    matters when a common word matches most of a large vault.
    auto all =
        m_connection.prepare("SELECT docid, matchinfo(search_fts, 'pcnx') FROM search_fts WHERE search_fts MATCH ?");
    if (!all) return all.error();
    all->bind(1, expression);
    std::vector<std::pair<qint64, double>> candidates;
    for (;;) {
        auto row = all->step();
        if (!row) return row.error();
        if (!*row) break;
        candidates.emplace_back(all->columnInt64(0), roughScore(all->columnBlob(1), kWeights));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });

    // 2. In rank order, a chunk at a time: full BM25 for the chunk, then the records and the filters, until enough
    //    hits pass (archived cases and filtered-out cases drop out here).
    const std::size_t chunkSize = std::max<std::size_t>(200, static_cast<std::size_t>(limit) * 4);
    std::vector<IndexHit> hits;
    for (std::size_t first = 0; first < candidates.size() && hits.size() < static_cast<std::size_t>(limit);
         first += chunkSize) {
        const std::size_t last = std::min(candidates.size(), first + chunkSize);
        QByteArray ids;
        for (std::size_t i = first; i < last; ++i) {
            ids += (ids.isEmpty() ? QByteArray() : QByteArray(",")) + QByteArray::number(candidates[i].first);
        }
        auto chunk = rankChunk(expression, ids, filter);
        if (!chunk) return chunk.error();
        for (auto& hit : *chunk) {
            if (hits.size() == static_cast<std::size_t>(limit)) break;
            hits.push_back(std::move(hit));
        }
    }
    return hits;
}

Result<std::vector<IndexHit>> SearchIndex::rankChunk(const QString& expression, const QByteArray& docids,
                                                     const SearchFilter& filter) {
    // Three plain queries rather than one join: with a join, SQLite 3.15 may scan the records before the index.
    // 1. Full BM25 for the chunk, from the full-text index alone.
    auto ranked = m_connection.prepare(("SELECT docid, matchinfo(search_fts, 'pcnalx') FROM search_fts "
                                        "WHERE search_fts MATCH ? AND docid IN (" +
                                        docids + ")")
                                           .constData());
    if (!ranked) return ranked.error();
    ranked->bind(1, expression);
    std::map<qint64, double> scores;
    for (;;) {
        auto row = ranked->step();
        if (!row) return row.error();
        if (!*row) break;
        scores[ranked->columnInt64(0)] = bm25(ranked->columnBlob(1), kWeights);
    }
    // 2. The records behind the documents.
    auto documents = m_connection.prepare(
        ("SELECT docid, tbl, row_id, case_id FROM search_doc WHERE docid IN (" + docids + ")").constData());
    if (!documents) return documents.error();
    std::vector<IndexHit> hits;
    QByteArray caseIds;
    for (;;) {
        auto row = documents->step();
        if (!row) return row.error();
        if (!*row) break;
        const auto score = scores.find(documents->columnInt64(0));
        if (score == scores.end()) continue;
        hits.push_back(IndexHit{static_cast<int>(documents->columnInt64(1)), documents->columnBlob(2),
                                documents->columnBlob(3), score->second});
        if (!hits.back().caseId.isEmpty()) {
            caseIds += (caseIds.isEmpty() ? QByteArray("x'") : QByteArray(",x'")) + hits.back().caseId.toHex() + "'";
        }
    }
    // 3. Which of their cases are shown: not archived, and matching the filters.
    QSet<QByteArray> shownCases;
    if (!caseIds.isEmpty()) {
        QByteArray sql = "SELECT id FROM cases WHERE id IN (" + caseIds + ") AND archived = 0";
        QList<QString> parameters;
        auto require = [&](const char* condition, const QString& value) {
            sql += condition;
            parameters << value;
        };
        if (!filter.status.isEmpty()) require(" AND status = ?", filter.status);
        if (!filter.risk.isEmpty()) require(" AND risk = ?", filter.risk);
        if (!filter.assignedTo.isEmpty()) require(" AND assigned_to = ?", filter.assignedTo);
        if (!filter.exploitation.isEmpty()) {
            require(" AND (',' || exploitation || ',') LIKE ?", QStringLiteral("%,%1,%").arg(filter.exploitation));
        }
        if (!filter.from.isEmpty()) require(" AND opened_on >= ?", filter.from);
        if (!filter.to.isEmpty()) require(" AND opened_on <= ?", filter.to);
        if (filter.overdueOnly) {
            require(" AND id IN (SELECT case_id FROM followups WHERE state = 'Open' AND due_on < ? AND archived = 0)",
                    filter.today);
        }
        auto cases = m_connection.prepare(sql.constData());
        if (!cases) return cases.error();
        for (int i = 0; i < parameters.size(); ++i)
            cases->bind(i + 1, parameters[i]);
        for (;;) {
            auto row = cases->step();
            if (!row) return row.error();
            if (!*row) break;
            shownCases.insert(cases->columnBlob(0));
        }
    }
    // People and organisations belong to no case: they pass unless a filter asks about cases.
    const bool caseFilter = filter.any();
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const IndexHit& hit) {
                                  return hit.caseId.isEmpty() ? caseFilter : !shownCases.contains(hit.caseId);
                              }),
               hits.end());
    std::stable_sort(hits.begin(), hits.end(), [](const IndexHit& a, const IndexHit& b) {
        return a.score != b.score ? a.score > b.score : a.rowId < b.rowId;
    });
    return hits;
}

}  // namespace fieldcase::search
