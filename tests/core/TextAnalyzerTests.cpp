// Search analysis as a person meets it: word forms, names across scripts, typing, hostile input, excerpts and
// ranking, checked against a real FTS4 table in an encrypted database.
#include "core/crypto/Random.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/search/Bm25.h"
#include "core/search/TextAnalyzer.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <random>
#include <vector>

using namespace fieldcase;

namespace {

using Rows = std::vector<qint64>;

search::TextAnalyzer makeAnalyzer() {
    auto analyzer = search::TextAnalyzer::create();
    REQUIRE(analyzer.ok());
    return std::move(*analyzer);
}

// An FTS4 table shaped like the search service's: stems in `body`, name keys in `names`.
struct SearchIndex {
    QTemporaryDir dir;
    SecretBytes key = (crypto::initialiseCrypto(), crypto::randomSecret(32));
    db::Connection connection = openDatabase();
    search::TextAnalyzer analyzer = makeAnalyzer();
    qint64 lastRow = 0;

    SearchIndex() {
        REQUIRE(connection
                    .exec("CREATE VIRTUAL TABLE docs USING fts4(body, names, "
                          "tokenize=unicode61 \"remove_diacritics=1\")")
                    .ok());
    }

    db::Connection openDatabase() {
        auto opened =
            db::Connection::open(dir.filePath(QStringLiteral("search.db")), key, db::Connection::Mode::Create);
        REQUIRE(opened.ok());
        return std::move(*opened);
    }

    qint64 add(const QString& text, const QString& names = {}) {
        auto insert = connection.prepare("INSERT INTO docs(rowid, body, names) VALUES (?, ?, ?)");
        REQUIRE(insert.ok());
        insert->bind(1, ++lastRow).bind(2, analyzer.indexText(text)).bind(3, analyzer.indexName(names));
        REQUIRE(insert->run().ok());
        return lastRow;
    }

    // The rows the search box lists for what the person typed, in rowid order. Any FTS error fails the test.
    Rows find(const QString& typed) {
        const QString expression = analyzer.matchExpression(typed);
        INFO("typed: " << typed.toStdString() << "\nexpression: " << expression.toStdString());
        if (expression.isEmpty()) {
            return {};
        }
        auto select = connection.prepare("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid");
        REQUIRE(select.ok());
        select->bind(1, expression);
        Rows rows;
        for (;;) {
            auto row = select->step();
            if (!row) {
                FAIL("FTS4 refused the expression: " << row.error().message.toStdString());
            }
            if (!*row) {
                break;
            }
            rows.push_back(select->columnInt64(0));
        }
        return rows;
    }

    // BM25 of every row the query finds, best first.
    std::vector<std::pair<qint64, double>> ranked(const QString& typed, const std::vector<double>& weights) {
        auto select = connection.prepare("SELECT rowid, matchinfo(docs, 'pcnalx') FROM docs WHERE docs MATCH ?");
        REQUIRE(select.ok());
        select->bind(1, analyzer.matchExpression(typed));
        std::vector<std::pair<qint64, double>> scores;
        while (*select->step()) {
            scores.emplace_back(select->columnInt64(0), search::bm25(select->columnBlob(1), weights));
        }
        std::sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        return scores;
    }
};

using Ranking = std::vector<std::pair<qint64, double>>;

double scoreOf(const Ranking& ranking, qint64 row) {
    const auto found =
        std::find_if(ranking.begin(), ranking.end(), [row](const auto& entry) { return entry.first == row; });
    REQUIRE(found != ranking.end());
    return found->second;
}

// What matchExpression may produce: alternatives of column:token, joined by OR, groups by single spaces.
bool wellFormed(const QString& expression) {
    static const QRegularExpression shape(QStringLiteral(
        R"(^((body|names):[\p{L}\p{N}\p{M}]+\*?( OR (body|names):[\p{L}\p{N}\p{M}]+\*?)*( (?=.)|$))*$)"));
    return shape.match(expression).hasMatch();
}

}  // namespace

TEST_CASE("text is indexed as lower-case stems - by script", "[search]") {
    const auto analyzer = makeAnalyzer();
    CHECK(analyzer.indexText(QStringLiteral("Она искала РАБОТУ")) == QStringLiteral("он иска работ"));
    CHECK(analyzer.indexText(QStringLiteral("She was working, in 2023!")) == QStringLiteral("she was work in 2023"));
    // ё, stress marks, a decomposed й, Latin diacritics and look-alike letters from the other keyboard layout.
    CHECK(analyzer.indexText(QStringLiteral("Ёлка")) == analyzer.indexText(QStringLiteral("елка")));
    CHECK(analyzer.indexText(QStringLiteral("рабо\u0301та")) == analyzer.indexText(QStringLiteral("работа")));
    CHECK(analyzer.indexText(QStringLiteral("и\u0306од")) == QStringLiteral("йод"));
    CHECK(analyzer.indexText(QStringLiteral("café naïve")) == analyzer.indexText(QStringLiteral("cafe naive")));
    CHECK(analyzer.indexText(QStringLiteral("Mосквa")) == analyzer.indexText(QStringLiteral("Москва")));
    CHECK(analyzer.indexText(QStringLiteral("Petrоv")) == analyzer.indexText(QStringLiteral("Petrov")));
    // Hyphens, quotes and emoji separate words; nothing but words reaches the index.
    CHECK(analyzer.indexText(QStringLiteral("«Петрова-Водкина» 🙂 (ул. Ленина)")) ==
          QStringLiteral("петров водкин ул ленин"));
    CHECK(analyzer.indexText(QStringLiteral(" \t\n…🙂")).isEmpty());
}

TEST_CASE("word forms find each other", "[search]") {
    SearchIndex index;
    const qint64 work = index.add(QStringLiteral("Нашла работа на складе, жильё предоставляется"));
    const qint64 girls = index.add(QStringLiteral("Две девушки из Самары"));
    const qint64 farm = index.add(QStringLiteral("He was working at a farm near the border"));
    const qint64 seeking = index.add(QStringLiteral("Ищет работу"));

    CHECK(index.find(QStringLiteral("работу")) == Rows{work, seeking});
    CHECK(index.find(QStringLiteral("работа")) == Rows{work, seeking});
    CHECK(index.find(QStringLiteral("девушка")) == Rows{girls});
    CHECK(index.find(QStringLiteral("Жилье")) == Rows{work});
    CHECK(index.find(QStringLiteral("work")) == Rows{farm});
    CHECK(index.find(QStringLiteral("farms")) == Rows{farm});
    CHECK(index.find(QStringLiteral("near")) == Rows{farm});
    CHECK(index.find(QStringLiteral("самолёт")).empty());
    CHECK(index.find(QStringLiteral("worker")).empty());
}

TEST_CASE("the last word matches as a prefix while the person types", "[search]") {
    SearchIndex index;
    const qint64 work = index.add(QStringLiteral("Работа на складе"));
    const qint64 person = index.add(QString(), QStringLiteral("Иванова Мария"));
    index.add(QStringLiteral("Рыба"), QStringLiteral("Петрова"));

    CHECK(index.find(QStringLiteral("рабо")) == Rows{work});
    CHECK(index.find(QStringLiteral("Ива")) == Rows{person});
    CHECK(index.find(QStringLiteral("Iva")) == Rows{person});
    CHECK(index.find(QStringLiteral("Иванова Мар")) == Rows{person});
    CHECK(index.find(QStringLiteral("скл")) == Rows{work});
    // ё and е are one letter to the search, whichever was typed where.
    const qint64 tree = index.add(QStringLiteral("Купили ёлочные игрушки"));
    const qint64 spruce = index.add(QStringLiteral("Елочка во дворе"));
    CHECK(index.find(QStringLiteral("Елоч")) == Rows{tree, spruce});
    CHECK(index.find(QStringLiteral("Ёлоч")) == Rows{tree, spruce});
    // Only the last word: an unfinished word earlier in the query must match whole.
    CHECK(index.find(QStringLiteral("рабо складе")).empty());
    CHECK(index.find(QStringLiteral("Ивн")).empty());
}

TEST_CASE("names match across scripts and transliterations", "[search]") {
    const auto analyzer = makeAnalyzer();
    const std::vector<QStringList> sameName = {
        {QStringLiteral("Иванова"), QStringLiteral("Ivanova"), QStringLiteral("IVANOVA")},
        {QStringLiteral("Юлия"), QStringLiteral("Yuliya"), QStringLiteral("Iuliia"), QStringLiteral("Julia"),
         QStringLiteral("Yulia")},
        {QStringLiteral("Хабибуллина"), QStringLiteral("Khabibullina"), QStringLiteral("Habibulina")},
        {QStringLiteral("Щербакова"), QStringLiteral("Shcherbakova"), QStringLiteral("Scherbakova"),
         QStringLiteral("Sherbakova")},
        {QStringLiteral("Цой"), QStringLiteral("Tsoi"), QStringLiteral("Tsoy")},
        {QStringLiteral("Жанна"), QStringLiteral("Zhanna")},
        {QStringLiteral("Ёлкина"), QStringLiteral("Елкина"), QStringLiteral("Elkina"), QStringLiteral("Yolkina"),
         QStringLiteral("Yelkina")},
        {QStringLiteral("Алексей"), QStringLiteral("Aleksei"), QStringLiteral("Alexey"), QStringLiteral("Aleksej")},
        {QStringLiteral("Дмитрий"), QStringLiteral("Dmitriy"), QStringLiteral("Dmitrii"), QStringLiteral("Dmitry")},
        {QStringLiteral("Наталья"), QStringLiteral("Natalya"), QStringLiteral("Natalia"), QStringLiteral("Nataliya")},
        {QStringLiteral("Сергеевич"), QStringLiteral("Sergeyevich"), QStringLiteral("Sergeevich")},
        {QStringLiteral("Виктория"), QStringLiteral("Viktoriya"), QStringLiteral("Viktoriia"),
         QStringLiteral("Victoria")},
        {QStringLiteral("Джамшид"), QStringLiteral("Dzhamshid"), QStringLiteral("Jamshid")},
        {QStringLiteral("Фёдор"), QStringLiteral("Fyodor"), QStringLiteral("Fedor")},
        {QStringLiteral("Соловьёв"), QStringLiteral("Solovyov"), QStringLiteral("Solovev")},
        {QStringLiteral("Оксана"), QStringLiteral("Oxana"), QStringLiteral("Oksana")},
        {QStringLiteral("Чернова"), QStringLiteral("Chernova"), QStringLiteral("Tschernowa")},
        {QStringLiteral("Шахноза"), QStringLiteral("Shakhnoza"), QStringLiteral("Shahnoza")},
        // Latin names as Russian writes them: z as с, th as т, qu as кв.
        {QStringLiteral("Мендоса"), QStringLiteral("Mendoza"), QStringLiteral("Mendosa")},
        {QStringLiteral("Гонсалес"), QStringLiteral("Gonzalez"), QStringLiteral("González")},
        {QStringLiteral("Смит"), QStringLiteral("Smith")},
        {QStringLiteral("Томас"), QStringLiteral("Thomas")},
        {QStringLiteral("Квентин"), QStringLiteral("Quentin")},
    };
    for (const QStringList& spellings : sameName) {
        for (const QString& spelling : spellings) {
            INFO(spellings.first().toStdString() << " ~ " << spelling.toStdString());
            CHECK(analyzer.nameKey(spelling) == analyzer.nameKey(spellings.first()));
        }
    }

    const std::vector<std::pair<QString, QString>> differentNames = {
        {QStringLiteral("Иванова"), QStringLiteral("Петрова")},
        {QStringLiteral("Anna"), QStringLiteral("Anton")},
        {QStringLiteral("Иванова"), QStringLiteral("Иванов")},
        {QStringLiteral("Жанна"), QStringLiteral("Яна")},
        {QStringLiteral("Ольга"), QStringLiteral("Олег")},
        {QStringLiteral("Мария"), QStringLiteral("Марина")},
        // ж stays apart from з and с.
        {QStringLiteral("Жанна"), QStringLiteral("Sanna")},
        {QStringLiteral("Zhanna"), QStringLiteral("Zanna")},
    };
    for (const auto& [one, other] : differentNames) {
        INFO(one.toStdString() << " vs " << other.toStdString());
        CHECK(analyzer.nameKey(one) != analyzer.nameKey(other));
    }
}

TEST_CASE("a names column of name key rules 1 becomes what rules 2 write", "[search]") {
    const auto analyzer = makeAnalyzer();
    // Rules 1 kept z, th and qu as they were.
    CHECK(search::TextAnalyzer::upgradeIndexedNames(
              QStringLiteral("mendoza gonzalez smith thomas quentin ivanova zhana")) ==
          analyzer.indexName(QStringLiteral("Mendoza Gonzalez Smith Thomas Quentin Ivanova Zhanna")));
    CHECK(search::TextAnalyzer::upgradeIndexedNames(QString()).isEmpty());
}

TEST_CASE("a person is found by a name in either script", "[search]") {
    SearchIndex index;
    const qint64 cyrillic = index.add(QString(), QStringLiteral("Иванова Юлия Сергеевна"));
    const qint64 latin = index.add(QString(), QStringLiteral("IVANOVA IULIIA"));
    const qint64 other = index.add(QString(), QStringLiteral("Петрова Анна"));
    const qint64 anton = index.add(QString(), QStringLiteral("Anton Tsoi"));

    CHECK(index.find(QStringLiteral("Ivanova")) == Rows{cyrillic, latin});
    CHECK(index.find(QStringLiteral("Иванова")) == Rows{cyrillic, latin});
    CHECK(index.find(QStringLiteral("Julia Ivanova")) == Rows{cyrillic, latin});
    CHECK(index.find(QStringLiteral("Петрова")) == Rows{other});
    CHECK(index.find(QStringLiteral("Цой")) == Rows{anton});
    CHECK(index.find(QStringLiteral("Anna")) == Rows{other});
    CHECK(index.find(QStringLiteral("Ivanov Юлия")).empty());
}

TEST_CASE("every word of a query must match", "[search]") {
    SearchIndex index;
    const qint64 moscow = index.add(QStringLiteral("Работа в Москве"));
    const qint64 kazan = index.add(QStringLiteral("Работа в Казани"));
    const qint64 ivanova = index.add(QStringLiteral("Ищет работу в Казани"), QStringLiteral("Иванова Анна"));

    CHECK(index.find(QStringLiteral("работа")) == Rows{moscow, kazan, ivanova});
    CHECK(index.find(QStringLiteral("работа москва")) == Rows{moscow});
    CHECK(index.find(QStringLiteral("Казань работу")) == Rows{kazan, ivanova});
    CHECK(index.find(QStringLiteral("Ivanova работу")) == Rows{ivanova});
    CHECK(index.find(QStringLiteral("Ivanova Москве")).empty());
}

TEST_CASE("quotes - operators and column names in a query are only separators", "[search]") {
    SearchIndex index;
    const qint64 row = index.add(QStringLiteral("Ищет работу в Москве"), QStringLiteral("Иванова Анна"));
    index.add(QStringLiteral("NOT near the border: (or) \"and\" - *"));

    const QStringList findsTheRow = {
        QStringLiteral("\"работу"),
        QStringLiteral("работу\""),
        QStringLiteral("\"работу\""),
        QStringLiteral("-работу"),
        QStringLiteral("работу -"),
        QStringLiteral("работу*"),
        QStringLiteral("*работу*"),
        QStringLiteral("(работу)"),
        QStringLiteral("работу:"),
        QStringLiteral(":работу"),
        QStringLiteral("^работу"),
        QStringLiteral("NEAR работу"),
        QStringLiteral("работу NEAR"),
        QStringLiteral("OR работу"),
        QStringLiteral("работу AND Москве"),
        QStringLiteral("NOT работу"),
        QStringLiteral("🙂 работу 🙂"),
        QStringLiteral("работу\t\n"),
        QStringLiteral("Иванова\" OR \"работу"),
        QStringLiteral("{работу} [Москве]"),
    };
    for (const QString& typed : findsTheRow) {
        INFO("typed: " << typed.toStdString());
        CHECK(wellFormed(index.analyzer.matchExpression(typed)));
        CHECK(index.find(typed) == Rows{row});
    }

    const QStringList findsNothing = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("*"),
        QStringLiteral("-"),
        QStringLiteral(":"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("^"),
        QStringLiteral("NEAR"),
        QStringLiteral("OR"),
        QStringLiteral("AND NOT"),
        QStringLiteral("🙂🙂"),
        QStringLiteral("…—«»"),
    };
    for (const QString& typed : findsNothing) {
        INFO("typed: " << typed.toStdString());
        CHECK(index.analyzer.matchExpression(typed).isEmpty());
    }
    // Lower-case words are words, never operators, and a column name is a word like any other.
    CHECK(index.find(QStringLiteral("near or")) == Rows{row + 1});
    CHECK(index.find(QStringLiteral("border:работу")).empty());
    CHECK(index.find(QStringLiteral("body:работу")).empty());
    CHECK(index.find(QStringLiteral("names:Иванова")).empty());
}

TEST_CASE("random input never breaks the query", "[search]") {
    SearchIndex index;
    index.add(QStringLiteral("Ищет работу в Москве"), QStringLiteral("Иванова Анна"));
    // Weighted towards FTS syntax, with Cyrillic, Latin, combining marks, CJK, emoji and broken surrogates.
    const std::vector<std::pair<char32_t, char32_t>> ranges = {
        {0x20, 0x7E},     {0x20, 0x2F},       {0x3A, 0x40},     {0x410, 0x44F},   {0xC0, 0x17F}, {0x300, 0x36F},
        {0x4E00, 0x4E80}, {0x1F600, 0x1F64F}, {0xD800, 0xDFFF}, {0x2000, 0x206F}, {0x0, 0x1F},
    };
    std::mt19937 random(20240611);
    std::uniform_int_distribution<std::size_t> pickRange(0, ranges.size() - 1);
    for (int round = 0; round < 40; ++round) {
        QString typed;
        while (typed.size() < 1000) {
            const auto& [low, high] = ranges[pickRange(random)];
            const char32_t codePoint = std::uniform_int_distribution<char32_t>(low, high)(random);
            if (codePoint >= 0x10000) {
                typed += QString::fromUcs4(&codePoint, 1);
            } else {
                typed += QChar(static_cast<char16_t>(codePoint));
            }
        }
        INFO("round " << round);
        const QString expression = index.analyzer.matchExpression(typed);
        CHECK(wellFormed(expression));
        // At most 16 groups of alternatives.
        CHECK(expression.count(u' ') - 2 * expression.count(QStringLiteral(" OR ")) <= 15);
        CHECK(index.find(typed).empty());
        CHECK(index.find(typed + QStringLiteral(" работу")).empty());
    }
}

TEST_CASE("a long query runs and still needs its words", "[search]") {
    SearchIndex index;
    QStringList words;
    for (int i = 0; i < 40; ++i) {
        words << QStringLiteral("слово%1").arg(i);
    }
    const qint64 all = index.add(words.join(u' '));
    index.add(words.mid(0, 10).join(u' '));
    CHECK(index.find(words.join(u' ')) == Rows{all});
}

TEST_CASE("snippets mark word forms around the first match", "[search]") {
    const auto analyzer = makeAnalyzer();
    const QString open = QStringLiteral("[");
    const QString close = QStringLiteral("]");

    CHECK(analyzer.snippet(QStringLiteral("Ищет работу."), QStringLiteral("работа"), open, close) ==
          QStringLiteral("Ищет [работу]."));
    CHECK(analyzer.snippet(QStringLiteral("Работа, и снова\n\n  работы нет"), QStringLiteral("работу"), open, close) ==
          QStringLiteral("[Работа], и снова [работы] нет"));
    CHECK(analyzer.snippet(QStringLiteral("Звонила Ivanova Iuliia"), QStringLiteral("Иванова Юлия"), open, close) ==
          QStringLiteral("Звонила [Ivanova] [Iuliia]"));
    CHECK(analyzer.snippet(QStringLiteral("Встреча с Ивановой"), QStringLiteral("Иван"), open, close) ==
          QStringLiteral("Встреча с [Ивановой]"));
    CHECK(analyzer.snippet(QStringLiteral("Ищет работу."), QStringLiteral("Москва"), open, close).isEmpty());
    CHECK(analyzer.snippet(QStringLiteral("Ищет работу."), QStringLiteral("\"*"), open, close).isEmpty());

    QString longText;
    for (int i = 0; i < 30; ++i) {
        longText += QStringLiteral("Слово%1 ").arg(i);
    }
    longText += QStringLiteral("девушки приехали на заработки. ");
    for (int i = 30; i < 60; ++i) {
        longText += QStringLiteral("Слово%1 ").arg(i);
    }
    const QString excerpt = analyzer.snippet(longText, QStringLiteral("девушка"), open, close, 60);
    INFO(excerpt.toStdString());
    CHECK(excerpt.startsWith(u'…'));
    CHECK(excerpt.endsWith(u'…'));
    CHECK(excerpt.contains(QStringLiteral(" [девушки] приехали")));
    CHECK(excerpt.size() <= 60 + open.size() + close.size() + 2);
    CHECK(excerpt.size() >= 40);

    // A match at the very end still gets the room before it.
    const QString atEnd =
        analyzer.snippet(longText + QStringLiteral("Конец"), QStringLiteral("конец"), open, close, 60);
    INFO(atEnd.toStdString());
    CHECK(atEnd.endsWith(QStringLiteral("[Конец]")));
    CHECK(atEnd.size() >= 50);
}

TEST_CASE("bm25 ranks the better match first", "[search]") {
    SearchIndex index;
    // Same length, so only the number of occurrences tells them apart.
    const qint64 passing = index.add(QStringLiteral("Ищет работу, жильё и документы в Казани"));
    const qint64 about = index.add(QStringLiteral("Работа: ищет работу, прежняя работа в Казани"));
    const qint64 brief = index.add(QStringLiteral("Нашла работу"));
    const qint64 named = index.add(QStringLiteral("Встреча"), QStringLiteral("Работова"));
    const qint64 mentioned = index.add(QStringLiteral("Звонила Работова"));
    index.add(QStringLiteral("Ничего общего"));

    const auto bodyOnly = index.ranked(QStringLiteral("работу"), {1.0, 0.0});
    REQUIRE(bodyOnly.size() == 3);
    CHECK(bodyOnly[2].first == passing);
    CHECK(scoreOf(bodyOnly, about) > scoreOf(bodyOnly, passing));
    // One mention in a short note says more than one in a longer one.
    CHECK(scoreOf(bodyOnly, brief) > scoreOf(bodyOnly, passing));
    CHECK(scoreOf(bodyOnly, passing) > 0.0);

    // The names column decides when it weighs more; with weight 0 it does not count at all.
    const auto byName = index.ranked(QStringLiteral("Работова"), {1.0, 5.0});
    REQUIRE(byName.size() == 2);
    CHECK(byName[0].first == named);
    const auto withoutNames = index.ranked(QStringLiteral("Работова"), {1.0, 0.0});
    REQUIRE(withoutNames.size() == 2);
    CHECK(withoutNames[0].first == mentioned);
    CHECK(withoutNames[1].second == 0.0);

    CHECK(search::bm25(QByteArray(), {1.0}) == 0.0);
    CHECK(search::bm25(QByteArray(7, '\x01'), {1.0}) == 0.0);
    CHECK(search::bm25(QByteArray(64, '\xff'), {1.0}) == 0.0);
}
