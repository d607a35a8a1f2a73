// The anonymised statistics export: the k of what it writes recomputed from the files, a re-identification
// attempt by joining what is known of each survivor with the released rows, and no identifier in any file.
#include "app/training/TrainingVault.h"
#include "core/api/RecordService.h"
#include "core/query/Anonymisation.h"
#include "core/query/Dashboard.h"
#include "core/query/Statistics.h"
#include "tests/core/RecordsFixture.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <random>

using namespace fieldcase;

namespace {

// A CSV file of the export: quoted cells, CRLF lines, a byte-order mark.
std::vector<QStringList> readCsv(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    std::vector<QStringList> rows;
    for (const QByteArray& line : bytes.mid(3).split('\n')) {
        if (line.trimmed().isEmpty()) continue;
        QString text = QString::fromUtf8(line.trimmed());
        REQUIRE(text.startsWith(QLatin1Char('"')));
        REQUIRE(text.endsWith(QLatin1Char('"')));
        rows.push_back(text.mid(1, text.size() - 2).split(QStringLiteral("\",\"")));
    }
    return rows;
}

std::vector<std::vector<QString>> asRows(const std::vector<QStringList>& csv) {
    std::vector<std::vector<QString>> rows;
    for (std::size_t i = 1; i < csv.size(); ++i)
        rows.emplace_back(csv[i].begin(), csv[i].end());
    return rows;
}

}  // namespace

TEST_CASE("anonymise leaves every combination at least k times and says what it left out", "[statistics]") {
    std::mt19937 random(11);
    const auto draw = [&](int n) { return QString::number(static_cast<int>(random() % static_cast<unsigned>(n))); };
    std::vector<std::vector<QString>> rows;
    for (int i = 0; i < 2000; ++i)
        rows.push_back({draw(10), draw(3), draw(9), draw(20)});
    const auto level = [](const QString& value) { return QString::number(value.toInt() / 5); };
    const auto same = [](const QString& value) { return value; };
    const auto star = [](const QString&) { return query::kWithheld; };
    const std::vector<query::QuasiIdentifier> columns{
        {QStringLiteral("a"), 1, {}, {}, {same, level, star}},
        {QStringLiteral("b"), 1, {}, {}, {same, star}},
        {QStringLiteral("c"), 1, {}, {}, {same, level, star}},
        {QStringLiteral("d"), 1, {}, {}, {same, level, star}},
    };
    REQUIRE(query::smallestGroup(rows) < 11);  // the raw data is not anonymous

    for (const int k : {11, 25, 100}) {
        INFO("k = " << k);
        const query::Anonymised result = query::anonymise(rows, columns, k, 0.05);
        REQUIRE(query::smallestGroup(result.rows) >= k);
        REQUIRE(result.rows.size() + static_cast<std::size_t>(result.suppressedRows) == rows.size());
        REQUIRE(result.suppressedRows <= 100);  // 5 % of 2000
        REQUIRE(result.rows.size() > 1000);
        REQUIRE(std::count(result.released.begin(), result.released.end(), false) == result.suppressedRows);
        // Released rows are their own rows, coarsened as the levels say.
        std::size_t next = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (!result.released[i]) continue;
            for (std::size_t column = 0; column < columns.size(); ++column) {
                const auto& generalise = columns[column].levels[static_cast<std::size_t>(result.levels[column])];
                REQUIRE(result.rows[next][column] == generalise(rows[i][column]));
            }
            ++next;
        }
    }
    SECTION("fewer rows than k: nothing is released") {
        const std::vector<std::vector<QString>> few(rows.begin(), rows.begin() + 10);
        const query::Anonymised result = query::anonymise(few, columns, 11, 0.05);
        REQUIRE(result.rows.empty());
        REQUIRE(result.suppressedRows == 10);
    }
}

TEST_CASE("countries are coarsened to their continent", "[statistics]") {
    REQUIRE(query::continentOf(QStringLiteral("RU")) == QStringLiteral("Europe"));
    REQUIRE(query::continentOf(QStringLiteral("UZ")) == QStringLiteral("Asia"));
    REQUIRE(query::continentOf(QStringLiteral("NG")) == QStringLiteral("Africa"));
    REQUIRE(query::continentOf(QStringLiteral("BR")) == QStringLiteral("Americas"));
    REQUIRE(query::continentOf(QStringLiteral("FJ")) == QStringLiteral("Oceania"));
    REQUIRE(query::continentOf(QStringLiteral("ZZ")) == QStringLiteral("Other"));
    REQUIRE(query::continentOf(QStringLiteral("R")) == QStringLiteral("Other"));
    REQUIRE(query::continentOf(QStringLiteral("U Z")) == QStringLiteral("Other"));
}

TEST_CASE(
    "the statistics export of the training team is k-anonymous, resists a join on what is known of each "
    "survivor, and holds no identifier",
    "[statistics]") {
    test::RecordsFixture fx;
    REQUIRE(training::fillWithTrainingTeam(fx.records, 400).ok());
    const QString dir = fx.root.filePath(QStringLiteral("stats"));
    REQUIRE(test::errorCode(fx.records.exportStatistics(dir, 10)) == ErrorCode::Usage);

    const int k = GENERATE(11, 30);
    INFO("k = " << k);
    auto report = fx.records.exportStatistics(dir, k);
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    REQUIRE(report->people == 400);  // one survivor per case
    REQUIRE(report->releasedRows + report->suppressedRows == report->people);
    REQUIRE(report->releasedRows >= 380);

    const std::vector<QStringList> csv = readCsv(QDir(dir).filePath(QStringLiteral("ctdc-records.csv")));
    REQUIRE(csv.front() == QStringList{"yearOfRegistration", "gender", "ageBroad", "citizenship",
                                       "CountryOfExploitation", "typeOfExploitConcatenated",
                                       "meansOfControlConcatenated", "recruiterRelationConcatenated"});
    const auto released = asRows(csv);
    REQUIRE(static_cast<int>(released.size()) == report->releasedRows);
    REQUIRE(query::smallestGroup(released) >= k);

    // The attacker's join: what a neighbour knows of each survivor (read here from the records themselves), on
    // every column the export released as recorded, matched against the released rows: never 1 to k-1 matches.
    QStringList levels;
    std::vector<int> exactColumns;
    for (int column = 0; column < static_cast<int>(report->columns.size()); ++column) {
        levels << report->columns[column].level;
        if (report->columns[column].level == QLatin1String("as_recorded")) exactColumns.push_back(column);
    }
    INFO(levels.join(QStringLiteral(", ")).toStdString());
    REQUIRE(!exactColumns.empty());
    const auto listOf = [](const RecordData& record, const char* field) {
        QStringList values = record.fields.value(QLatin1String(field)).toStringList();
        std::sort(values.begin(), values.end());
        return values.join(u';');
    };
    QHash<QString, RecordData> casesById;
    auto cases = fx.records.list(QStringLiteral("case"), 0, 100000);
    REQUIRE(cases.ok());
    for (const RecordData& record : *cases)
        casesById.insert(record.id, record);
    QHash<QString, RecordData> peopleById;
    auto people = fx.records.list(QStringLiteral("person"), 0, 100000);
    REQUIRE(people.ok());
    for (const RecordData& person : *people)
        peopleById.insert(person.id, person);
    auto links = fx.records.list(QStringLiteral("case_person"), 0, 100000);
    REQUIRE(links.ok());
    QHash<QString, QStringList> relations;
    for (const RecordData& link : *links) {
        const QString relation = link.fields.value(QStringLiteral("relationship")).toString();
        if (!relation.isEmpty()) relations[link.fields.value(QStringLiteral("case_id")).toString()] << relation;
    }
    QHash<QString, int> genders;
    int survivors = 0;
    for (const RecordData& link : *links) {
        if (link.fields.value(QStringLiteral("role")).toString() != QLatin1String("Survivor")) continue;
        const RecordData& theCase = casesById[link.fields.value(QStringLiteral("case_id")).toString()];
        const RecordData& person = peopleById[link.fields.value(QStringLiteral("person_id")).toString()];
        const QDate opened =
            QDate::fromString(theCase.fields.value(QStringLiteral("opened_on")).toString(), Qt::ISODate);
        const QString gender = person.fields.value(QStringLiteral("gender")).toString();
        genders[gender] += 1;
        ++survivors;
        QStringList caseRelations = relations.value(theCase.id);
        caseRelations.removeDuplicates();
        std::sort(caseRelations.begin(), caseRelations.end());
        int age = person.fields.contains(QStringLiteral("estimated_age"))
                      ? person.fields.value(QStringLiteral("estimated_age")).toInt()
                      : -1;
        const QDate born = QDate::fromString(person.fields.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        if (born.isValid())
            age = opened.year() - born.year() - (QDate(opened.year(), born.month(), born.day()) > opened ? 1 : 0);
        const std::vector<QString> known{QString::number(opened.year()),
                                         gender,
                                         query::ageBand(age),
                                         listOf(person, "citizenships"),
                                         listOf(theCase, "exploitation_countries"),
                                         listOf(theCase, "exploitation"),
                                         listOf(theCase, "control_methods"),
                                         caseRelations.join(u';')};
        int matches = 0;
        for (const auto& row : released) {
            bool same = true;
            for (const int column : exactColumns)
                same = same && row[static_cast<std::size_t>(column)] == known[static_cast<std::size_t>(column)];
            matches += same ? 1 : 0;
        }
        REQUIRE((matches == 0 || matches >= k));
    }
    REQUIRE(survivors == report->people);

    // No identifier, name, free text or full date in any file.
    QByteArray everything;
    for (const QString& file : report->files) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        everything += f.readAll();
    }
    const QString text = QString::fromUtf8(everything);
    REQUIRE(!text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))));
    REQUIRE(!text.contains(QRegularExpression(QStringLiteral("[0-9a-f]{32}"))));
    for (const RecordData& person : *people) {
        const QString family = person.fields.value(QStringLiteral("family_name")).toString();
        if (family.size() < 4) continue;
        INFO(family.toStdString());
        REQUIRE(!text.contains(family));
    }
    for (const RecordData& record : *cases)
        REQUIRE(!text.contains(record.fields.value(QStringLiteral("reference")).toString()));

    // Count tables: every count shown is at least k and right; withheld cells are never exactly one per table.
    const std::vector<QStringList> genderTable = readCsv(QDir(dir).filePath(QStringLiteral("aggregate-gender.csv")));
    int shownTotal = 0;
    int withheld = 0;
    for (std::size_t i = 1; i < genderTable.size(); ++i) {
        if (genderTable[i][1].startsWith(u'<')) {
            REQUIRE(genderTable[i][1] == QStringLiteral("<%1").arg(k));
            ++withheld;
            continue;
        }
        REQUIRE(genderTable[i][1].toInt() >= k);
        REQUIRE(genderTable[i][1].toInt() == genders.value(genderTable[i][0]));
        shownTotal += genderTable[i][1].toInt();
    }
    REQUIRE(withheld != 1);
    REQUIRE(shownTotal <= report->people);
    for (const char* table :
         {"yearOfRegistration", "ageBroad", "citizenship", "CountryOfExploitation", "typeOfExploitConcatenated",
          "meansOfControlConcatenated", "recruiterRelationConcatenated"}) {
        INFO(table);
        const auto counts = readCsv(QDir(dir).filePath(QStringLiteral("aggregate-%1.csv").arg(QLatin1String(table))));
        int hidden = 0;
        for (std::size_t i = 1; i < counts.size(); ++i) {
            if (counts[i][1].startsWith(u'<')) {
                ++hidden;
            } else {
                REQUIRE(counts[i][1].toInt() >= k);
            }
        }
        REQUIRE(hidden != 1);
    }
}
