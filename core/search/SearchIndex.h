#pragma once

#include "core/base/Result.h"
#include "core/search/TextAnalyzer.h"
#include "core/store/Mutator.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::search {

// Filters that narrow search results to hits belonging to matching cases.
struct SearchFilter {
    QString status;
    QString exploitation;
    QString risk;
    QString assignedTo;
    QString from;  // opened_on range, YYYY-MM-DD
    QString to;
    bool overdueOnly = false;
    QString today;  // for "overdue": follow-ups due before this date
    bool any() const;
};

struct IndexHit {
    int table = 0;
    QByteArray rowId;
    QByteArray caseId;
    double score = 0;
};

// The full-text index over records (FTS4: `search_fts` with the analysed text, `search_doc` mapping its rows
// to records). It follows every write of the Mutator in the same transaction.
class SearchIndex final : public store::WriteObserver {
public:
    SearchIndex(db::Connection& connection, TextAnalyzer analyzer);

    Result<void> recordChanged(const model::TableDef& table, const QByteArray& rowId, bool created) override;
    Result<void> recordPurged(const model::TableDef& table, const QByteArray& rowId) override;
    Result<void> compactAfterPurge() override;

    // Best matches first.
    Result<std::vector<IndexHit>> search(const QString& text, const SearchFilter& filter, int limit);
    const TextAnalyzer& analyzer() const { return m_analyzer; }
    // Records of a kind with a name whose key (TextAnalyzer::nameKey) is nameKey, at most limit of them, in no
    // particular order: the candidates of a duplicate check.
    Result<QList<QByteArray>> recordsNamed(const model::TableDef& table, const QString& nameKey, int limit);
    // Brings the name keys the index holds up to the current rules (kNameKeyRules) if they were made by older ones,
    // and records the rules; at every unlock, inside its first write. Returns how many documents it rewrote.
    Result<int> upgradeNameKeys();

private:
    // Full BM25, the records and the filters for one chunk of candidate documents; best first.
    Result<std::vector<IndexHit>> rankChunk(const QString& expression, const QByteArray& docids,
                                            const SearchFilter& filter);
    Result<void> removeDocument(const model::TableDef& table, const QByteArray& rowId);

    db::Connection& m_connection;
    TextAnalyzer m_analyzer;
};

}  // namespace fieldcase::search
