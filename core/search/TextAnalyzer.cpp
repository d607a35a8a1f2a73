#include "core/search/TextAnalyzer.h"

#include "core/search/TransliterationVariants.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QStringView>

#include <libstemmer.h>
#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

namespace fieldcase::search {

namespace {

// BGN/PCGN for Russian first (Any-Latin alone would give ISO 9 with its diacritics); Any-Latin covers the other
// Cyrillic alphabets (Kazakh, Tajik...) and other scripts; Latin-ASCII then drops what diacritics remain.
constexpr char16_t kToLatin[] = u"Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower";

// More words than a person types into a search box. The cap keeps the expression within FTS4's limit on the depth
// of its query tree and the cost of a pasted page bounded.
constexpr std::size_t kMaxQueryWords = 16;

// Transliteration costs some microseconds a word and snippet() needs the name key of every word it passes, for
// every result shown while the person types; words repeat a lot, so keys of ordinary words are remembered, up to
// this many (a few megabytes at most).
constexpr qsizetype kMaxCachedNameKeys = 20000;
constexpr qsizetype kMaxCachedWordLength = 40;

// Characters of the original text that snippet() shows before the first match, as a share of maxChars.
constexpr int kSnippetLeadDivisor = 4;

enum class Script { Other, Latin, Cyrillic };

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

struct FoldedWord {
    QString text;
    Script script = Script::Other;
};

// One word of a query, in each form it is compared in.
struct QueryWord {
    QString stem;
    QString folded;
    QString key;
    bool prefix = false;
};

// Latin and Cyrillic letters that look alike (as lower case of their look-alike capitals too). Words typed with a
// switched keyboard layout or pasted from forms mix them ("Mосква" with a Latin M), and a stemmer needs one script.
constexpr std::array<std::pair<char16_t, char16_t>, 12> kLookalikes{{
    {u'a', u'а'},
    {u'b', u'в'},
    {u'c', u'с'},
    {u'e', u'е'},
    {u'h', u'н'},
    {u'k', u'к'},
    {u'm', u'м'},
    {u'o', u'о'},
    {u'p', u'р'},
    {u't', u'т'},
    {u'x', u'х'},
    {u'y', u'у'},
}};

template <typename Visit>
void forEachCodePoint(QStringView text, Visit&& visit) {
    for (qsizetype i = 0; i < text.size();) {
        char32_t codePoint = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        visit(codePoint, i, width);
        i += width;
    }
}

// Words are runs of letters, digits and combining marks, as for FTS4's unicode61 tokenizer, so every token we
// produce stays one token there. Everything else (spaces, punctuation, FTS operators, emoji) separates words.
std::vector<Span> splitWords(QStringView text) {
    std::vector<Span> words;
    qsizetype start = -1;
    bool hasLetterOrNumber = false;
    auto finish = [&](qsizetype end) {
        if (start >= 0 && hasLetterOrNumber) {
            words.push_back({start, end});
        }
        start = -1;
        hasLetterOrNumber = false;
    };
    forEachCodePoint(text, [&](char32_t codePoint, qsizetype at, qsizetype) {
        const bool letterOrNumber = QChar::isLetterOrNumber(codePoint);
        if (letterOrNumber || QChar::isMark(codePoint)) {
            if (start < 0) {
                start = at;
            }
            hasLetterOrNumber = hasLetterOrNumber || letterOrNumber;
        } else {
            finish(at);
        }
    });
    finish(text.size());
    return words;
}

// The form a word is stemmed and prefix-matched in, and the script that picks its stemmer.
FoldedWord fold(QStringView word) {
    QString lower = word.toString().normalized(QString::NormalizationForm_C).toLower();
    int latin = 0;
    int cyrillic = 0;
    forEachCodePoint(lower, [&](char32_t codePoint, qsizetype, qsizetype) {
        if (!QChar::isLetter(codePoint)) {
            return;
        }
        const QChar::Script script = QChar::script(codePoint);
        latin += script == QChar::Script_Latin ? 1 : 0;
        cyrillic += script == QChar::Script_Cyrillic ? 1 : 0;
    });
    if (latin == 0 && cyrillic == 0) {
        return {lower, Script::Other};
    }
    const Script script = cyrillic > latin ? Script::Cyrillic : Script::Latin;
    if (latin > 0 && cyrillic > 0) {
        for (QChar& character : lower) {
            for (const auto& [latinLetter, cyrillicLetter] : kLookalikes) {
                if (script == Script::Cyrillic && character == latinLetter) {
                    character = cyrillicLetter;
                } else if (script == Script::Latin && character == cyrillicLetter) {
                    character = latinLetter;
                }
            }
        }
    }
    // Latin diacritics go (café = cafe), as people type them inconsistently. Cyrillic keeps й, a letter of its own
    // that the Russian stemmer relies on, and loses stress marks; ё becomes е because most writers never type it.
    if (script == Script::Latin) {
        lower = lower.normalized(QString::NormalizationForm_D);
    }
    QString folded;
    folded.reserve(lower.size());
    forEachCodePoint(lower, [&](char32_t codePoint, qsizetype at, qsizetype width) {
        if (QChar::isMark(codePoint)) {
            return;
        }
        if (codePoint == U'ё') {
            folded.append(QChar(u'е'));
        } else {
            folded.append(QStringView(lower).mid(at, width));
        }
    });
    return {folded, script};
}

bool isFtsOperator(QStringView word) {
    return word == u"AND" || word == u"OR" || word == u"NOT" || word == u"NEAR";
}

// Appends text with every run of whitespace (line breaks included) as one space, for a one-line excerpt.
void appendCollapsed(QString& out, QStringView text) {
    for (const QChar character : text) {
        if (!character.isSpace()) {
            out.append(character);
        } else if (!out.isEmpty() && !out.back().isSpace()) {
            out.append(u' ');
        }
    }
}

}  // namespace

struct TextAnalyzer::Impl {
    struct StemmerDeleter {
        void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
    };
    using Stemmer = std::unique_ptr<sb_stemmer, StemmerDeleter>;

    Stemmer m_russian;
    Stemmer m_english;
    std::unique_ptr<icu::Transliterator> m_toLatin;
    mutable QHash<QString, QString> m_nameKeys;

    QString stem(const FoldedWord& word) const;
    QString nameKey(QStringView word) const;
    std::vector<QueryWord> queryWords(const QString& query) const;
    bool matches(QStringView word, const std::vector<QueryWord>& query) const;
};

QString TextAnalyzer::Impl::stem(const FoldedWord& word) const {
    sb_stemmer* stemmer = word.script == Script::Cyrillic ? m_russian.get()
                          : word.script == Script::Latin  ? m_english.get()
                                                          : nullptr;
    if (stemmer == nullptr) {
        return word.text;
    }
    const QByteArray utf8 = word.text.toUtf8();
    const sb_symbol* stemmed =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()), static_cast<int>(utf8.size()));
    if (stemmed == nullptr) {
        // Snowball ran out of memory; the whole word still finds itself.
        return word.text;
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(stemmer));
}

QString TextAnalyzer::Impl::nameKey(QStringView word) const {
    const QString original = word.toString();
    if (const auto cached = m_nameKeys.constFind(original); cached != m_nameKeys.constEnd()) {
        return *cached;
    }
    // NFC because the transliteration rules are written for precomposed letters (й, ё).
    const QString composed = original.normalized(QString::NormalizationForm_C);
    icu::UnicodeString latin(reinterpret_cast<const char16_t*>(composed.constData()),
                             static_cast<int32_t>(composed.size()));
    m_toLatin->transliterate(latin);
    std::string ascii;
    ascii.reserve(static_cast<std::size_t>(latin.length()));
    for (int32_t i = 0; i < latin.length(); ++i) {
        // Keeps letters and digits; drops the soft and hard signs (’ ”), BGN's separating dot and what no rule covers.
        const char16_t character = latin.charAt(i);
        if ((character >= u'a' && character <= u'z') || (character >= u'0' && character <= u'9')) {
            ascii.push_back(static_cast<char>(character));
        }
    }
    const std::string reduced = reduceTransliterationVariants(std::move(ascii));
    const QString key = QString::fromLatin1(reduced.data(), static_cast<qsizetype>(reduced.size()));
    if (original.size() <= kMaxCachedWordLength) {
        if (m_nameKeys.size() >= kMaxCachedNameKeys) {
            m_nameKeys.clear();
        }
        m_nameKeys.insert(original, key);
    }
    return key;
}

QString TextAnalyzer::upgradeIndexedNames(const QString& namesOfRules1) {
    QStringList keys = namesOfRules1.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& key : keys) {
        const QByteArray latin = key.toLatin1();
        const std::string upgraded = reduceLatinRenderings(std::string(latin.constData(), latin.size()));
        key = QString::fromLatin1(upgraded.data(), static_cast<qsizetype>(upgraded.size()));
    }
    return keys.join(QLatin1Char(' '));
}

std::vector<QueryWord> TextAnalyzer::Impl::queryWords(const QString& query) const {
    std::vector<QStringView> words;
    for (const Span& span : splitWords(query)) {
        const QStringView word = QStringView(query).mid(span.start, span.end - span.start);
        if (isFtsOperator(word)) {
            continue;
        }
        words.push_back(word);
        if (words.size() == kMaxQueryWords) {
            break;
        }
    }
    std::vector<QueryWord> analysed;
    analysed.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        FoldedWord folded = fold(words[i]);
        QueryWord word;
        word.stem = stem(folded);
        word.folded = std::move(folded.text);
        word.key = nameKey(words[i]);
        word.prefix = i + 1 == words.size();
        analysed.push_back(std::move(word));
    }
    return analysed;
}

bool TextAnalyzer::Impl::matches(QStringView word, const std::vector<QueryWord>& query) const {
    const FoldedWord folded = fold(word);
    const QString stemmed = stem(folded);
    for (const QueryWord& queryWord : query) {
        if (stemmed == queryWord.stem) {
            return true;
        }
        // FTS4 compared the prefix with indexed stems, which need not start like the word ("happy" is "happi");
        // the word as written counts too, as that is what the person sees begin with what they typed.
        if (queryWord.prefix && (folded.text.startsWith(queryWord.folded) || stemmed.startsWith(queryWord.folded))) {
            return true;
        }
    }
    // Name keys last: transliteration is the expensive step.
    const QString key = nameKey(word);
    if (key.isEmpty()) {
        return false;
    }
    return std::any_of(query.begin(), query.end(), [&key](const QueryWord& queryWord) {
        return !queryWord.key.isEmpty() &&
               (key == queryWord.key || (queryWord.prefix && key.startsWith(queryWord.key)));
    });
}

TextAnalyzer::TextAnalyzer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TextAnalyzer::TextAnalyzer(TextAnalyzer&&) noexcept = default;
TextAnalyzer& TextAnalyzer::operator=(TextAnalyzer&&) noexcept = default;
TextAnalyzer::~TextAnalyzer() = default;

Result<TextAnalyzer> TextAnalyzer::create() {
    auto impl = std::make_unique<Impl>();
    impl->m_russian.reset(sb_stemmer_new("russian", "UTF_8"));
    impl->m_english.reset(sb_stemmer_new("english", "UTF_8"));
    if (!impl->m_russian || !impl->m_english) {
        return makeError(
            ErrorCode::Failed,
            QCoreApplication::translate(
                "Search", "Search cannot start: the Russian and English stemmers (Snowball) are missing."));
    }
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    impl->m_toLatin.reset(
        icu::Transliterator::createInstance(icu::UnicodeString(kToLatin), UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status) || !impl->m_toLatin) {
        const QString code = QString::fromLatin1(u_errorName(status));
        return makeError(
            ErrorCode::Failed,
            QCoreApplication::translate("Search", "Search cannot start: ICU's transliteration data are missing (%1).")
                .arg(code));
    }
    return TextAnalyzer(std::move(impl));
}

QString TextAnalyzer::indexText(const QString& text) const {
    QStringList tokens;
    for (const Span& span : splitWords(text)) {
        const QString token = m_impl->stem(fold(QStringView(text).mid(span.start, span.end - span.start)));
        if (!token.isEmpty()) {
            tokens << token;
        }
    }
    return tokens.join(u' ');
}

QString TextAnalyzer::indexName(const QString& name) const {
    QStringList keys;
    for (const Span& span : splitWords(name)) {
        const QString key = m_impl->nameKey(QStringView(name).mid(span.start, span.end - span.start));
        if (!key.isEmpty()) {
            keys << key;
        }
    }
    return keys.join(u' ');
}

QString TextAnalyzer::nameKey(const QString& word) const {
    return m_impl->nameKey(word);
}

QString TextAnalyzer::matchExpression(const QString& query) const {
    const QString body = QString::fromLatin1(kBodyColumn) + u':';
    const QString names = QString::fromLatin1(kNamesColumn) + u':';
    QStringList groups;
    for (const QueryWord& word : m_impl->queryWords(query)) {
        QStringList alternatives;
        auto add = [&alternatives](const QString& column, const QString& term, bool prefix) {
            // Tokens hold only letters, digits and marks (see splitWords), so nothing in them is FTS syntax.
            const QString phrase = column + term + (prefix ? QStringLiteral("*") : QString());
            if (!term.isEmpty() && !alternatives.contains(phrase)) {
                alternatives << phrase;
            }
        };
        add(body, word.stem, false);
        add(names, word.key, false);
        if (word.prefix) {
            add(body, word.folded, true);
            add(names, word.key, true);
        }
        if (!alternatives.isEmpty()) {
            groups << alternatives.join(QLatin1String(" OR "));
        }
    }
    return groups.join(u' ');
}

QString TextAnalyzer::snippet(const QString& text, const QString& query, const QString& open, const QString& close,
                              int maxChars) const {
    const std::vector<QueryWord> queryWords = m_impl->queryWords(query);
    if (queryWords.empty()) {
        return {};
    }
    const std::vector<Span> words = splitWords(text);
    auto wordAt = [&](std::size_t index) {
        return QStringView(text).mid(words[index].start, words[index].end - words[index].start);
    };
    std::size_t first = 0;
    while (first < words.size() && !m_impl->matches(wordAt(first), queryWords)) {
        ++first;
    }
    if (first == words.size()) {
        return {};
    }

    // Lead in with some context, but start earlier when the match is near the end so the room is used.
    const qsizetype room = std::max(maxChars, 1);
    const qsizetype from =
        std::max<qsizetype>(0, std::min(words[first].start - room / kSnippetLeadDivisor, text.size() - room));
    std::size_t startWord = first;
    while (startWord > 0 && words[startWord - 1].start >= from) {
        --startWord;
    }
    const qsizetype windowStart = startWord == 0 ? 0 : words[startWord].start;
    std::size_t endWord = first;
    while (endWord + 1 < words.size() && words[endWord + 1].end <= windowStart + room) {
        ++endWord;
    }
    // Punctuation after the last word belongs to it.
    const qsizetype windowEnd = endWord + 1 == words.size() ? text.size() : words[endWord].end;

    QString excerpt;
    qsizetype position = windowStart;
    for (std::size_t index = startWord; index <= endWord; ++index) {
        appendCollapsed(excerpt, QStringView(text).mid(position, words[index].start - position));
        const bool match = index == first || (index > first && m_impl->matches(wordAt(index), queryWords));
        if (match) {
            excerpt += open;
        }
        excerpt += wordAt(index);
        if (match) {
            excerpt += close;
        }
        position = words[index].end;
    }
    const qsizetype beforeTail = excerpt.size();
    appendCollapsed(excerpt, QStringView(text).mid(position, windowEnd - position));
    if (excerpt.size() > beforeTail && excerpt.back().isSpace()) {
        excerpt.chop(1);
    }
    if (windowStart > 0) {
        excerpt.prepend(u'…');
    }
    if (windowEnd < text.size()) {
        excerpt.append(u'…');
    }
    return excerpt;
}

}  // namespace fieldcase::search
