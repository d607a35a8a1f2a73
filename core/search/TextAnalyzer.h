#pragma once

#include "core/base/Result.h"

#include <QString>

#include <memory>

namespace fieldcase::search {

// The columns of the FTS4 table that matchExpression() addresses. Create the table with
// fts4(body, names, tokenize=unicode61 "remove_diacritics=1") (not matchinfo=fts3: bm25() needs 'a' and 'l').
inline constexpr const char* kBodyColumn = "body";
inline constexpr const char* kNamesColumn = "names";

// The rules name keys are made by (TextAnalyzer::nameKey). A vault's search index records the rules its keys were
// made by; SearchIndex::upgradeNameKeys() brings them up to date when they change. 2: Latin letters as Russian
// renders them (z as с, th as т, qu as кв).
inline constexpr int kNameKeyRules = 2;

// Turns text into the tokens Fieldcase stores in and matches against its FTS4 index, so that word forms (работу,
// работа) and the spellings of a name across scripts (Иванова, Ivanova) meet. Not thread-safe (Snowball stemmers keep
// state between calls, name keys are cached): create one per thread.
class TextAnalyzer {
public:
    // Fails only when the Snowball stemmers or ICU's transliteration data are missing from the installation.
    static Result<TextAnalyzer> create();

    TextAnalyzer(TextAnalyzer&&) noexcept;
    TextAnalyzer& operator=(TextAnalyzer&&) noexcept;
    ~TextAnalyzer();

    // Free text for the body column: words lower-cased, ё read as е, stress marks and Latin diacritics dropped, each
    // stemmed by its script (Russian or English Snowball; numbers and other scripts as they are), space-separated.
    QString indexText(const QString& text) const;
    // A person's or organisation's name for the names column: the name key of each word, space-separated.
    QString indexName(const QString& name) const;
    // The script-independent key of one word of a name (Иванова, Ivanova → "ivanova"), also for duplicate detection.
    // Characters other than letters and digits are dropped, so "Анна-Мария" gives one key.
    QString nameKey(const QString& word) const;
    // A names column written under name key rules 1, as rules 2 (kNameKeyRules) write it.
    static QString upgradeIndexedNames(const QString& namesOfRules1);
    // The FTS4 MATCH expression for what a person typed: every word must match (as a stem in body or a name key in
    // names), the last one also as a prefix because results appear while typing. Quotes, operators and column names
    // in the input are only separators. Written in SQLite's standard query syntax (Debian's SQLCipher is built
    // without SQLITE_ENABLE_FTS3_PARENTHESIS), where OR binds tighter than the implicit AND. Empty when nothing
    // searchable remains: show no results then instead of running a query.
    QString matchExpression(const QString& query) const;
    // An excerpt of about maxChars characters of text around the first word that matches the query (through the same
    // analysis: "работу" marks "работа"), every matching word in it wrapped in open/close, "…" where text was cut,
    // whitespace runs collapsed. Empty when nothing matches. The text is not escaped: for rich text, pass markers that
    // cannot occur in it (e.g. private-use characters), escape the result, then replace the markers with tags.
    QString snippet(const QString& text, const QString& query, const QString& open, const QString& close,
                    int maxChars = 120) const;

private:
    struct Impl;
    explicit TextAnalyzer(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> m_impl;
};

}  // namespace fieldcase::search
