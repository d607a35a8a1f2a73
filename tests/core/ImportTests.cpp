// The spreadsheet import's vault side: mapping, values, grouping, duplicates, dry run, all or nothing
// (docs/import.md).
#include "tests/core/RecordsFixture.h"

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <map>

using namespace fieldcase;
using namespace fieldcase::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// As Russian Excel saves "CSV (разделители — точки с запятой)": Windows-1251, semicolons, CRLF.
QByteArray russianExcelCsv(const QString& text) {
    QStringEncoder encoder("windows-1251");
    QString crlf = text;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return encoder.encode(crlf);
}

// A title over the table, the header, rows with stray spaces, every date form, an unknown value, a date that is not
// one, a blank row and a total.
const char* const kMessySheet =
    "Пострадавшие за 2024 год;;;;;;;\n"
    ";;;;;;;\n"
    "№ дела;ФИО;Дата рождения;Пол;Вид эксплуатации;Телефон;Дата обращения;Комментарий\n"
    "1; Иванова   Мария Петровна ;01.02.1990;ж;принудительный труд;+7 916 123-45-67;2024-01-15;первая встреча\n"
    "1;Иванов Пётр;1988-03-04;М;Принудительный труд, сексуальная эксплуатация;;15.01.2024;\n"
    "2;Сидорова Анна;31.02.1990;Ж;сексуальная эксплуатация;;45300;\n"
    "3;Петрова Ольга;5.6.1995;жен;трудовая миграция;;;\n"
    "4;Ким Гульнара Бахтияр кизи;32874;Женский;Подневольное состояние;8 (926) 555-44-33;;\n"
    ";;;;;;;\n"
    "Итого;;;;;;;\n";

struct ImportFixture : RecordsFixture {
    QTemporaryDir files;

    Result<ImportReport> import(const QByteArray& bytes, ImportMapping mapping = {}, bool dryRun = false,
                                const QString& name = QStringLiteral("cases.csv")) {
        ImportRequest request;
        request.path = writeFile(files, name, bytes);
        request.mapping = std::move(mapping);
        request.dryRun = dryRun;
        return records.importSpreadsheet(request);
    }

    ImportReport imported(const QByteArray& bytes, ImportMapping mapping = {}, bool dryRun = false) {
        auto report = import(bytes, std::move(mapping), dryRun);
        INFO((report ? std::string() : report.error().message.toStdString()));
        REQUIRE(report.ok());
        return *report;
    }

    QList<RecordData> all(const char* kind) {
        auto list = records.list(QLatin1String(kind), 0, 100000);
        REQUIRE(list.ok());
        return *list;
    }

    int count(const char* kind) { return static_cast<int>(all(kind).size()); }

    RecordData personNamed(const QString& family) {
        for (const RecordData& person : all("person")) {
            if (person.fields.value(QStringLiteral("family_name")).toString() == family) return person;
        }
        FAIL("no person named " << family.toStdString());
        return {};
    }
};

QString reasonOf(const ImportReport& report, int row) {
    for (const ImportRejection& rejection : report.rejected) {
        if (rejection.row == row) return rejection.reason;
    }
    return QString();
}

}  // namespace

TEST_CASE("a messy Russian spreadsheet imports with every row that does not explained", "[import]") {
    ImportFixture fixture;
    const ImportReport report = fixture.imported(russianExcelCsv(QString::fromUtf8(kMessySheet)));

    CHECK(report.written);
    CHECK(report.sheet == QStringLiteral("cases"));
    CHECK(report.headerRow == 3);  // under the title and a blank row
    CHECK(report.mapping.columns.value(QStringLiteral("№ дела")) == QStringLiteral("case.group"));
    CHECK(report.mapping.columns.value(QStringLiteral("ФИО")) == QStringLiteral("person.full_name"));
    CHECK(report.mapping.columns.value(QStringLiteral("Пол")) == QStringLiteral("person.gender"));
    CHECK(report.mapping.columns.value(QStringLiteral("Дата обращения")) == QStringLiteral("case.opened_on"));
    CHECK(report.mapping.columns.value(QStringLiteral("Комментарий")) == QStringLiteral("note.text"));
    CHECK(report.rows == 6);  // the blank row is not one

    // Every row not imported says why, by the row number the spreadsheet program shows.
    REQUIRE(report.rejected.size() == 3);
    CHECK(reasonOf(report, 6).contains(QStringLiteral("31.02.1990")));
    CHECK(reasonOf(report, 7).contains(QStringLiteral("трудовая миграция")));
    CHECK(reasonOf(report, 10).contains(QStringLiteral("Nothing to import")));
    REQUIRE(report.unknownValues.size() == 1);
    CHECK(report.unknownValues[0].target == QStringLiteral("case.exploitation"));
    CHECK(report.unknownValues[0].firstRow == 7);

    // Rows 4 and 5 are one case with two people; row 8 a case of its own.
    CHECK(report.created.value(QStringLiteral("case")) == 2);
    CHECK(report.created.value(QStringLiteral("person")) == 3);
    CHECK(report.created.value(QStringLiteral("case_person")) == 3);
    CHECK(report.created.value(QStringLiteral("note")) == 1);
    CHECK(fixture.count("case") == 2);
    CHECK(fixture.count("person") == 3);
    CHECK(fixture.count("note") == 1);

    const RecordData maria = fixture.personNamed(QStringLiteral("Иванова"));
    CHECK(maria.fields.value(QStringLiteral("given_name")) == QStringLiteral("Мария"));
    CHECK(maria.fields.value(QStringLiteral("patronymic")) == QStringLiteral("Петровна"));
    CHECK(maria.fields.value(QStringLiteral("birth_date")) == QStringLiteral("1990-02-01"));
    CHECK(maria.fields.value(QStringLiteral("gender")) == QStringLiteral("Feminine"));
    CHECK(maria.fields.value(QStringLiteral("phones")).toStringList() == QStringList{"+7 916 123-45-67"});
    const RecordData kim = fixture.personNamed(QStringLiteral("Ким"));
    CHECK(kim.fields.value(QStringLiteral("patronymic")) == QStringLiteral("Бахтияр кизи"));
    CHECK(kim.fields.value(QStringLiteral("birth_date")) == QStringLiteral("1990-01-01"));  // an Excel serial

    for (const RecordData& theCase : fixture.all("case")) {
        auto details = fixture.records.caseDetails(theCase.id);
        REQUIRE(details.ok());
        const QStringList tags = theCase.fields.value(QStringLiteral("tags")).toStringList();
        if (tags.contains(QStringLiteral("№ 1"))) {
            CHECK(details->people.size() == 2);
            CHECK(theCase.fields.value(QStringLiteral("title")) == QStringLiteral("Иванова Мария Петровна"));
            CHECK(theCase.fields.value(QStringLiteral("opened_on")) == QStringLiteral("2024-01-15"));
            CHECK(theCase.fields.value(QStringLiteral("exploitation")).toStringList() ==
                  QStringList{"ForcedLabour", "SexualExploitation"});
            REQUIRE(details->notes.size() == 1);
            CHECK(details->notes[0].fields.value(QStringLiteral("text")) == QStringLiteral("первая встреча"));
            for (const RecordData& person : details->people)
                CHECK(person.fields.value(QStringLiteral("role")) == QStringLiteral("Survivor"));
        } else {
            CHECK(tags == QStringList{"№ 4"});
            // "Подневольное состояние" is the Russian catalogue's label: known whatever the interface language.
            CHECK(theCase.fields.value(QStringLiteral("exploitation")).toStringList() == QStringList{"Servitude"});
        }
    }
}

TEST_CASE("a dry run reports what the import would do and writes nothing", "[import]") {
    ImportFixture fixture;
    const ImportReport dry = fixture.imported(russianExcelCsv(QString::fromUtf8(kMessySheet)), {}, true);
    CHECK_FALSE(dry.written);
    CHECK(dry.created.value(QStringLiteral("case")) == 2);
    CHECK(dry.rejected.size() == 3);
    CHECK(fixture.count("case") == 0);
    CHECK(fixture.count("person") == 0);
    auto history = fixture.records.counts();
    REQUIRE(history.ok());

    // The same file for real does what the dry run said.
    const ImportReport real = fixture.imported(russianExcelCsv(QString::fromUtf8(kMessySheet)));
    CHECK(real.created == dry.created);
    CHECK(real.rejected.size() == dry.rejected.size());
}

TEST_CASE("a sheet imported before is not imported twice unless the person says so", "[import]") {
    ImportFixture fixture;
    const QByteArray csv = QStringLiteral("ФИО;Пол;Д.р.\nЗуева Нина;ж;01.01.1990\nЛосева Ада;ж;02.02.1991\n").toUtf8();
    const ImportReport first = fixture.imported(csv);
    CHECK(first.importedBefore.isEmpty());
    CHECK(fixture.count("case") == 2);

    // The same cells in another file, another format even: the dry run says so, the import refuses.
    const ImportReport dry = fixture.imported(
        QStringLiteral("ФИО,Пол,Д.р.\nЗуева Нина,ж,01.01.1990\nЛосева Ада,ж,02.02.1991\n").toUtf8(), {}, true);
    CHECK(dry.importedBefore == QStringLiteral("2026-09-21T14:13:20Z"));
    auto again = fixture.import(csv);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Rejected);
    CHECK(again.error().message.contains(QStringLiteral("2026-09-21")));
    CHECK(fixture.count("case") == 2);

    ImportRequest request;
    request.path = fixture.files.filePath(QStringLiteral("cases.csv"));
    request.dryRun = false;
    request.again = true;
    auto repeated = fixture.records.importSpreadsheet(request);
    REQUIRE(repeated.ok());
    CHECK(fixture.count("case") == 4);
    CHECK(fixture.count("person") == 2);  // the people are linked, the cases made twice as asked

    // A sheet with one cell changed is another sheet.
    CHECK(fixture
              .imported(QStringLiteral("ФИО;Пол;Д.р.\nЗуева Нина;ж;01.01.1990\nЛосева Ада;м;02.02.1991\n").toUtf8(), {},
                        true)
              .importedBefore.isEmpty());
}

TEST_CASE("values the person maps are imported, and the mapping is remembered for the next file", "[import]") {
    ImportFixture fixture;
    const QByteArray file = QStringLiteral(
                                "Клиент;Эксплуатация;Статус дела\n"
                                "Орлова Вера;трудовая миграция;в работе\n"
                                "Зуева Нина;попрошайничество;закрыто\n")
                                .toUtf8();
    SECTION("an unknown header is not guessed") {
        const ImportReport report = fixture.imported(file, {}, true);
        CHECK(report.mapping.columns.value(QStringLiteral("Клиент")).isEmpty());
        CHECK(report.mapping.columns.value(QStringLiteral("Эксплуатация")) == QStringLiteral("case.exploitation"));
        CHECK(report.mapping.columns.value(QStringLiteral("Статус дела")) == QStringLiteral("case.status"));
    }
    ImportMapping mapping;
    mapping.columns = {{QStringLiteral("Клиент"), QStringLiteral("person.full_name")},
                       {QStringLiteral("Эксплуатация"), QStringLiteral("case.exploitation")},
                       {QStringLiteral("Статус дела"), QStringLiteral("case.status")}};
    mapping.values[QStringLiteral("case.exploitation")] = {
        {QStringLiteral("Трудовая  миграция"), QStringLiteral("ForcedLabour")},
        {QStringLiteral("попрошайничество"), QString()}};
    const ImportReport report = fixture.imported(file, mapping);
    CHECK(report.rejected.isEmpty());
    CHECK(report.created.value(QStringLiteral("case")) == 2);
    bool sawLeftOut = false;
    for (const RecordData& theCase : fixture.all("case")) {
        const QString title = theCase.fields.value(QStringLiteral("title")).toString();
        if (title == QStringLiteral("Орлова Вера")) {
            CHECK(theCase.fields.value(QStringLiteral("exploitation")).toStringList() == QStringList{"ForcedLabour"});
            CHECK(theCase.fields.value(QStringLiteral("status")) == QStringLiteral("Active"));
        } else {
            sawLeftOut = true;
            CHECK_FALSE(theCase.fields.contains(QStringLiteral("exploitation")));  // mapped to nothing
            CHECK(theCase.fields.value(QStringLiteral("status")) == QStringLiteral("Closed"));
        }
    }
    CHECK(sawLeftOut);

    // A next file with the same headers: the columns and the values mapped before are used without asking.
    const QByteArray next = QStringLiteral("Клиент,Эксплуатация\nЛебедева Ия,Трудовая миграция\n").toUtf8();
    const ImportReport again = fixture.imported(next, {}, true);
    CHECK(again.mapping.columns.value(QStringLiteral("Клиент")) == QStringLiteral("person.full_name"));
    CHECK(again.rejected.isEmpty());
    CHECK(again.unknownValues.isEmpty());
}

TEST_CASE("people the vault holds are linked, not made again, and likely ones are reported", "[import][duplicates]") {
    ImportFixture fixture;
    const QString known =
        fixture.create("person", {{"given_name", "Мария"}, {"family_name", "Иванова"}, {"birth_date", "1990-02-01"}});
    const QString namesake =
        fixture.create("person", {{"given_name", "Olga"}, {"family_name", "Petrova"}, {"estimated_age", 30}});
    // The same Мария in two cases of the file, in Latin letters once; an Ольга Петрова of about the same age.
    const QByteArray file = QStringLiteral(
                                "№;ФИО;Дата рождения;Возраст\n"
                                "1;Иванова Мария;01.02.1990;\n"
                                "2;Ivanova Maria;1990-02-01;\n"
                                "3;Петрова Ольга;;31\n")
                                .toUtf8();
    const ImportReport report = fixture.imported(file);
    CHECK(report.rejected.isEmpty());
    CHECK(report.created.value(QStringLiteral("case")) == 3);
    CHECK(report.created.value(QStringLiteral("person")) == 1);  // only Ольга, who may or may not be Olga
    CHECK(report.created.value(QStringLiteral("case_person")) == 3);
    REQUIRE(report.duplicates.size() == 2);  // Мария once: rows 2 and 3 are one person of the file
    int linked = 0;
    for (const ImportDuplicate& duplicate : report.duplicates) {
        if (duplicate.action == QLatin1String("linked")) {
            ++linked;
            CHECK(duplicate.existingId == known);
            CHECK(duplicate.reasons.contains(QStringLiteral("birth_date")));
        } else {
            CHECK(duplicate.action == QStringLiteral("created"));
            CHECK(duplicate.existingId == namesake);
            CHECK(duplicate.row == 4);
        }
    }
    CHECK(linked == 1);
    CHECK(fixture.count("person") == 3);
    auto details = fixture.records.caseDetails(fixture.all("case").first().id);
    REQUIRE(details.ok());
}

TEST_CASE("columns with the same header are mapped one by one", "[import]") {
    ImportFixture fixture;
    const QByteArray file = QStringLiteral(
                                "ФИО;Телефон;Телефон;;Комментарий\n"
                                "Ершова Ия;+7 900 111-11-11;+7 900 222-22-22;x;заметка\n")
                                .toUtf8();
    const ImportReport report = fixture.imported(file);
    CHECK(report.headers == QStringList{"ФИО", "Телефон", "Телефон (2)", "D", "Комментарий"});
    CHECK(report.mapping.columns.value(QStringLiteral("Телефон")) == QStringLiteral("person.phones"));
    CHECK(report.mapping.columns.value(QStringLiteral("D")).isEmpty());  // nothing names it: left out
    CHECK(report.mapping.columns.value(QStringLiteral("Телефон (2)")) == QStringLiteral("person.phones"));
    CHECK(fixture.personNamed(QStringLiteral("Ершова")).fields.value(QStringLiteral("phones")).toStringList() ==
          QStringList{"+7 900 111-11-11", "+7 900 222-22-22"});

    // Each column on its own: the second phone column left out.
    ImportMapping mapping = report.mapping;
    mapping.columns.insert(QStringLiteral("Телефон (2)"), QString());
    fixture.imported(
        QStringLiteral("ФИО;Телефон;Телефон;;Комментарий\nОсипова Ия;+7 900 333-33-33;+7 900 444-44-44;x;\n").toUtf8(),
        mapping);
    CHECK(fixture.personNamed(QStringLiteral("Осипова")).fields.value(QStringLiteral("phones")).toStringList() ==
          QStringList{"+7 900 333-33-33"});
}

TEST_CASE("a person named on several rows of the file is one person", "[import][duplicates]") {
    ImportFixture fixture;
    const QByteArray file = QStringLiteral(
                                "№ дела,Фамилия,Имя,Телефон,Роль\n"
                                "1,Смирнова,Алла,+7 900 000-00-01,Пострадавшая\n"
                                "2,Смирнова,Алла,8 (900) 000-00-01,\n"
                                "2,Смирнов,Олег,,Witness\n")
                                .toUtf8();
    const ImportReport report = fixture.imported(file);
    CHECK(report.rejected.isEmpty());
    CHECK(report.created.value(QStringLiteral("case")) == 2);
    CHECK(report.created.value(QStringLiteral("person")) == 2);
    CHECK(report.created.value(QStringLiteral("case_person")) == 3);
    CHECK(fixture.personNamed(QStringLiteral("Смирнова")).fields.value(QStringLiteral("phones")).toStringList() ==
          QStringList{"+7 900 000-00-01", "8 (900) 000-00-01"});
}

TEST_CASE("people named again and again across a file are found while the file's index of them grows",
          "[import][duplicates]") {
    ImportFixture fixture;
    // As the benchmark's file: few names, birth dates that repeat in three forms, a phone number of each row. A
    // person found again by name and birth date brings a new key (name and phone) into the file's index of people,
    // which grows while it is being read: the row that crashed a Release build at 50 000 rows (row 561).
    const QStringList families{"Иванова", "Петрова", "Сидорова", "Ким", "Алиева", "Рахимова", "Орлова"};
    const QStringList givens{"Мария", "Анна", "Гульнара", "Ольга", "Нодира", "Елена"};
    constexpr int kRows = 3000;
    QString text = QStringLiteral("№ дела;ФИО;Дата рождения;Телефон\n");
    QSet<QString> people;
    for (int row = 0; row < kRows; ++row) {
        const QDate birth = row % 3 == 0   ? QDate(1970 + row % 30, 3, row % 28 + 1)
                            : row % 3 == 1 ? QDate(1970 + row % 30, 4, row % 28 + 1)
                                           : QDate(1899, 12, 30).addDays(25000 + row % 9000);
        const QString written = row % 3 == 0   ? birth.toString(QStringLiteral("dd.MM.yyyy"))
                                : row % 3 == 1 ? birth.toString(Qt::ISODate)
                                               : QString::number(25000 + row % 9000);
        const QString family = families[row % families.size()];
        const QString given = givens[(row / 7) % givens.size()];
        people.insert(family + given + birth.toString(Qt::ISODate));
        text += QStringLiteral("%1;%2 %3;%4;+7 9%5\n")
                    .arg(row / 2)
                    .arg(family, given, written)
                    .arg(row, 9, 10, QLatin1Char('0'));
    }
    const ImportReport report = fixture.imported(text.toUtf8());
    CHECK(report.rejected.isEmpty());
    CHECK(report.created.value(QStringLiteral("person")) == static_cast<int>(people.size()));
    CHECK(fixture.count("person") == static_cast<int>(people.size()));
}

TEST_CASE("a row that contradicts its case is rejected, the case keeps the first row's value", "[import]") {
    ImportFixture fixture;
    const QByteArray file = QStringLiteral(
                                "№ дела;ФИО;Статус\n"
                                "7;Белова Яна;в работе\n"
                                "7;Белов Ян;закрыто\n"
                                "7;Белова Ася;\n")
                                .toUtf8();
    const ImportReport report = fixture.imported(file);
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected[0].row == 3);
    CHECK(report.rejected[0].reason.contains(QStringLiteral("Row 2")));
    CHECK(report.created.value(QStringLiteral("case")) == 1);
    CHECK(report.created.value(QStringLiteral("person")) == 2);
    CHECK(fixture.all("case").first().fields.value(QStringLiteral("status")) == QStringLiteral("Active"));
}

TEST_CASE("a workbook with a merged title, formulas and numbers imports as the program shows it", "[import][xlsx]") {
    ImportFixture fixture;
    // Written as Excel writes it: inline strings, a merged title, a formula with its saved value, a date as a
    // serial number, an age as a number with a fraction of zero.
    const QByteArray sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Реестр</t></is></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Фамилия</t></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><t>Имя</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>Д.Р.</t></is></c>"
        "<c r=\"D2\" t=\"inlineStr\"><is><t>Возраст</t></is></c>"
        "<c r=\"E2\" t=\"inlineStr\"><is><t>Название</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Носова</t></is></c>"
        "<c r=\"B3\" t=\"inlineStr\"><is><t>Лада</t></is></c><c r=\"C3\"><v>36161</v></c><c r=\"D3\"><v>27.0</v></c>"
        "<c r=\"E3\" t=\"str\"><f>A3&amp;\" \"&amp;B3</f><v>Носова Лада</v></c></row>"
        "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:E1\"/></mergeCells></worksheet>";
    QBuffer buffer;
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdCreate));
    const std::map<QString, QByteArray> parts{
        {QStringLiteral("[Content_Types].xml"),
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
         "<sheet name=\"Реестр\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    for (const auto& [path, content] : parts) {
        QuaZipFile part(&zip);
        REQUIRE(part.open(QIODevice::WriteOnly, QuaZipNewInfo(path)));
        REQUIRE(part.write(content) == content.size());
        part.close();
    }
    zip.close();

    auto report = fixture.import(buffer.data(), {}, false, QStringLiteral("registry.xlsx"));
    INFO((report ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    CHECK(report->sheets == QStringList{"Реестр"});
    CHECK(report->headerRow == 2);
    CHECK(report->rejected.isEmpty());
    const RecordData lada = fixture.personNamed(QStringLiteral("Носова"));
    CHECK(lada.fields.value(QStringLiteral("birth_date")) == QStringLiteral("1999-01-01"));
    CHECK(lada.fields.value(QStringLiteral("estimated_age")).toLongLong() == 27);
    CHECK(fixture.all("case").first().fields.value(QStringLiteral("title")) == QStringLiteral("Носова Лада"));
}

TEST_CASE("a mapping or a file the import cannot use changes nothing and says why", "[import][hostile]") {
    ImportFixture fixture;
    const QByteArray file = QStringLiteral("ФИО\nАбрамова Ия\n").toUtf8();
    SECTION("a target that does not exist") {
        ImportMapping mapping;
        mapping.columns = {{QStringLiteral("ФИО"), QStringLiteral("person.password")}};
        auto report = fixture.import(file, mapping);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::Usage);
        CHECK(report.error().message.contains(QStringLiteral("person.password")));
    }
    SECTION("a sheet the file does not have") {
        ImportMapping mapping;
        mapping.sheet = QStringLiteral("Лист2");
        auto report = fixture.import(file, mapping);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().message.contains(QStringLiteral("Лист2")));
    }
    SECTION("a header row below the sheet") {
        ImportMapping mapping;
        mapping.headerRow = 40;
        CHECK_FALSE(fixture.import(file, mapping).ok());
    }
    SECTION("a binary file") {
        auto report = fixture.import(QByteArray("\x00\x01\x02garbage", 10));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::Rejected);
    }
    SECTION("a field value past its bound rejects that row alone") {
        const QString longName(300, QChar(0x044F));  // я
        auto report = fixture.import((QStringLiteral("Фамилия;Возраст\n") + longName + QStringLiteral(";30\n") +
                                      QStringLiteral("Орлова;130\nОрлова;40 лет\n"))
                                         .toUtf8());
        REQUIRE(report.ok());
        CHECK(report->rejected.size() == 2);
        CHECK(report->created.value(QStringLiteral("person")) == 1);
        CHECK(fixture.count("person") == 1);
        return;
    }
    CHECK(fixture.count("case") == 0);
    CHECK(fixture.count("person") == 0);
}

TEST_CASE("50 000 messy rows import with every row accounted for", "[import][large]") {
    ImportFixture fixture;
    QString text = QStringLiteral("Реестр обращений;;;;;\n№ дела;ФИО;Дата рождения;Пол;Вид эксплуатации;Телефон\n");
    const QStringList families{"Иванова", "Петрова", "Сидорова", "Ким", "Алиева", "Рахимова", "Orlova"};
    const QStringList givens{"Мария", "Анна", "Гульнара", "Ольга", "Нодира", "Elena"};
    const QStringList kinds{"принудительный труд", " Сексуальная эксплуатация ", "Forced labour", "трудовая миграция",
                            "Подневольное состояние"};
    constexpr int kRows = 50000;
    // A patronymic of its own for every row, so that no two rows name the same person.
    auto patronymic = [](int row) {
        // Syllables, so that no letter doubles (a name key reads "Аанна" as "Анна").
        const QStringList syllables{"ба", "ве", "ги", "до", "ку", "ла", "ме", "ни", "по", "ру"};
        QString word;
        for (int n = row, i = 0; i < 5; ++i, n /= 10)
            word += syllables[n % 10];
        return word + QStringLiteral("вна");
    };
    int expectedRejected = 0;
    for (int row = 0; row < kRows; ++row) {
        const int caseNumber = row / 2;  // two rows a case
        const QString family = families[row % families.size()];
        const QString given = givens[(row / 7) % givens.size()];
        const QString kind = kinds[row % kinds.size()];
        const bool badDate = row % 97 == 0;
        if (kind == QStringLiteral("трудовая миграция") || badDate) ++expectedRejected;
        const QString birth =
            badDate        ? QStringLiteral("31.02.1990")
            : row % 3 == 0 ? QStringLiteral("%1.03.19%2").arg(row % 28 + 1, 2, 10, QLatin1Char('0')).arg(70 + row % 30)
            : row % 3 == 1 ? QStringLiteral("19%1-04-%2").arg(70 + row % 30).arg(row % 28 + 1, 2, 10, QLatin1Char('0'))
                           : QString::number(25000 + row % 9000);
        text += QStringLiteral("%1;  %2 %3  %4 ;%5;%6;%7;+7 9%8\n")
                    .arg(caseNumber)
                    .arg(family, given, patronymic(row), birth,
                         row % 2 ? QStringLiteral("ж") : QStringLiteral("Женский"), kind)
                    .arg(row, 9, 10, QLatin1Char('0'));
        if (row % 1000 == 999) text += QStringLiteral(";;;;;\n");
    }
    const ImportReport report = fixture.imported(russianExcelCsv(text));
    CHECK(report.rows == kRows);
    CHECK(static_cast<int>(report.rejected.size()) == expectedRejected);
    for (const ImportRejection& rejection : report.rejected)
        REQUIRE_FALSE(rejection.reason.isEmpty());
    // Every row is either in a case or rejected: each accepted row names its own phone, so one person each.
    CHECK(report.created.value(QStringLiteral("person")) == kRows - expectedRejected);
    CHECK(report.created.value(QStringLiteral("case_person")) == kRows - expectedRejected);
    CHECK(fixture.count("person") == kRows - expectedRejected);
    const int cases = fixture.count("case");
    CHECK(cases == report.created.value(QStringLiteral("case")));
    CHECK(cases <= kRows / 2);
}
