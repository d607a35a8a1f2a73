// Reading spreadsheets for the import (docs/import.md): CSV in the encodings and separators people's files come in,
// XLSX as Excel and LibreOffice write it, dates in the forms they hold, and hostile files refused with a reason.
#include "core/importer/Spreadsheet.h"
#include "core/importer/Values.h"
#include "core/query/Xlsx.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>

#include <map>

using namespace fieldcase;
using importer::Spreadsheet;

namespace {

Spreadsheet csv(const QByteArray& bytes) {
    auto read = importer::readCsv(bytes);
    INFO((read ? std::string() : read.error().message.toStdString()));
    REQUIRE(read.ok());
    REQUIRE(read->sheets.size() == 1);
    return *read;
}

// A workbook made of the given parts, as a zip.
QByteArray package(const std::map<QString, QByteArray>& parts) {
    QBuffer buffer;
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto& [path, content] : parts) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(path)));
        REQUIRE(file.write(content) == content.size());
        file.close();
    }
    zip.close();
    return buffer.data();
}

// The smallest workbook Excel writes: one sheet, shared strings.
std::map<QString, QByteArray> workbookParts(const QByteArray& sheet, const QByteArray& strings) {
    return {
        {QStringLiteral("[Content_Types].xml"),
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
         "<sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
        {QStringLiteral("xl/sharedStrings.xml"), strings},
    };
}

QByteArray sheetXml(const QByteArray& rows, const QByteArray& after = {}) {
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows +
           "</sheetData>" + after + "</worksheet>";
}

}  // namespace

TEST_CASE("a CSV in UTF-8 with semicolons, quotes and line breaks in cells reads cell for cell", "[import][csv]") {
    const Spreadsheet read =
        csv("\xEF\xBB\xBF"
            "ФИО;Дата рождения;Заметки\r\n"
            "Иванова Анна;12.04.1999;\"Сказала: \"\"паспорт у хозяина\"\"\r\nперезвонить\"\r\n"
            "\r\n"
            "  Петров  ;;\"a;b\"\r\n");
    CHECK(read.encoding == QStringLiteral("UTF-8"));
    CHECK(read.delimiter == QChar(u';'));
    const auto& rows = read.sheets[0].rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringList{"ФИО", "Дата рождения", "Заметки"});
    CHECK(rows[1][2] == QStringLiteral("Сказала: \"паспорт у хозяина\"\r\nперезвонить"));
    CHECK(rows[2] == QStringList{QString()});  // the blank row is kept: row numbers stay the file's
    CHECK(rows[3] == QStringList{"  Петров  ", "", "a;b"});
}

TEST_CASE("a CSV saved by Russian Excel in Windows-1251 reads as Russian", "[import][csv]") {
    QStringEncoder cp1251("windows-1251");
    REQUIRE(cp1251.isValid());
    const QByteArray bytes = cp1251.encode(QStringLiteral("Фамилия;Вид эксплуатации\nСидорова;принудительный труд\n"));
    const Spreadsheet read = csv(bytes);
    CHECK(read.encoding == QStringLiteral("windows-1251"));
    CHECK(read.sheets[0].rows[1] == QStringList{"Сидорова", "принудительный труд"});
}

TEST_CASE("the separator is found from the first lines", "[import][csv]") {
    CHECK(csv("a\tb\tc\n1\t2\t3\n").delimiter == QChar(u'\t'));
    // Commas inside quotes do not count.
    CHECK(csv("\"a,b,c\";d\n\"e,f\";g\n").delimiter == QChar(u';'));
    CHECK(csv("name,age\n\"Иванова; Анна\",24\n").delimiter == QChar(u','));
    const Spreadsheet single = csv("только имена\nАнна\nМария");
    CHECK(single.sheets[0].rows.size() == 3);
    CHECK(single.sheets[0].rows[2] == QStringList{"Мария"});
}

TEST_CASE("a damaged or oversized CSV is refused with the reason, never half read", "[import][csv][hostile]") {
    const auto refused = [](const QByteArray& bytes) {
        const auto read = importer::readCsv(bytes);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::Rejected);
        return read.error().message;
    };
    CHECK(refused("a;b\n\"cut short;c\n").contains(QStringLiteral("not closed")));
    CHECK(refused("a;" + QByteArray(importer::SpreadsheetLimits::kMaxCellCharacters + 1, 'x') + "\n")
              .contains(QStringLiteral("longer than")));
    CHECK(refused(QByteArray(importer::SpreadsheetLimits::kMaxColumns + 1, ';')).contains(QStringLiteral("columns")));
    // Binary read as text: control characters (0x98 is one in ICU's Windows-1251), NUL bytes; an old .xls.
    CHECK(refused("a;b\n\x98\x98;c\n").contains(QStringLiteral("not text")));
    CHECK(refused(QByteArray("a;b\n\0\0;c\n", 10)).contains(QStringLiteral("not text")));
    CHECK(refused("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old excel").contains(QStringLiteral(".xls")));
}

TEST_CASE("a workbook Fieldcase wrote reads back cell for cell", "[import][xlsx]") {
    QTemporaryDir dir;
    query::XlsxWriter writer;
    REQUIRE(writer.beginSheet(QStringLiteral("cases"), {QStringLiteral("Название"), QStringLiteral("Статус")}).ok());
    REQUIRE(writer.addRow({QStringLiteral("Рынок на Садовой"), QString(), QStringLiteral("=1+1")}).ok());
    REQUIRE(writer.endSheet().ok());
    REQUIRE(writer.beginSheet(QStringLiteral("persons"), {QStringLiteral("Имя")}).ok());
    REQUIRE(writer.endSheet().ok());
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    REQUIRE(writer.save(path).ok());
    const auto read = importer::readSpreadsheet(path);
    INFO((read ? std::string() : read.error().message.toStdString()));
    REQUIRE(read.ok());
    CHECK(read->format == Spreadsheet::Format::Xlsx);
    REQUIRE(read->sheets.size() == 2);
    CHECK(read->sheets[0].name == QStringLiteral("cases"));
    CHECK(read->sheets[0].rows == QList<QStringList>{{"Название", "Статус"}, {"Рынок на Садовой", "", "=1+1"}});
    CHECK(read->sheets[1].rows == QList<QStringList>{{"Имя"}});
}

TEST_CASE("a workbook as Excel writes it: shared strings, a merged header, formulas, numbers and flags",
          "[import][xlsx]") {
    const QByteArray strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>Пострадавшие</t></si>"
        "<si><r><t>Фам</t></r><r><rPr><b/></rPr><t>илия</t></r><rPh><t>ignored</t></rPh></si>"
        "<si><t>Телефон</t></si><si><t>Иванова</t></si></sst>";
    const QByteArray sheet = sheetXml(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c><c "
        "r=\"D2\"><v>45000</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\"><v>7.9161234567E10</v></c>"
        "<c r=\"C4\" t=\"str\"><f>A4&amp;\"!\"</f><v>Иванова!</v></c><c r=\"D4\" t=\"b\"><v>1</v></c>"
        "<c r=\"E4\" t=\"inlineStr\"><is><t>свободный текст</t></is></c></row>",
        "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>");
    const auto read = importer::readXlsx(package(workbookParts(sheet, strings)));
    INFO((read ? std::string() : read.error().message.toStdString()));
    REQUIRE(read.ok());
    const auto& rows = read->sheets[0].rows;
    CHECK(read->sheets[0].name == QStringLiteral("Лист1"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringList{"Пострадавшие", "Пострадавшие"});  // the merged header over both columns
    CHECK(rows[1] == QStringList{"Фамилия", "Телефон", "", "45000"});
    CHECK(rows[2].isEmpty());
    CHECK(rows[3] == QStringList{"Иванова", "79161234567", "Иванова!", "TRUE", "свободный текст"});
    CHECK(importer::suggestHeaderRow(read->sheets[0]) == 1);  // the merged row above is a title
}

TEST_CASE("a hostile workbook is refused with a reason: damaged, inflated or expanding", "[import][xlsx][hostile]") {
    const QByteArray strings = "<sst><si><t>x</t></si></sst>";
    const QByteArray good =
        package(workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), strings));
    REQUIRE(importer::readXlsx(good).ok());
    const auto refused = [](const QByteArray& bytes) {
        const auto read = importer::readXlsx(bytes);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::Rejected);
        return read.error().message;
    };
    SECTION("cut short or a byte flipped") {
        refused(good.left(good.size() / 2));
        for (qsizetype at = 40; at < good.size(); at += 97) {
            QByteArray flipped = good;
            flipped[at] = static_cast<char>(flipped[at] ^ 0x20);
            const auto read = importer::readXlsx(flipped);  // read or refused, never a crash
            if (read) CHECK(read->sheets.size() == 1);
        }
    }
    SECTION("a shared string that is not there, a row beyond a spreadsheet's") {
        refused(package(workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"), strings)));
        refused(package(workbookParts(sheetXml("<row r=\"99999999\"><c r=\"A99999999\"><v>1</v></c></row>"), strings)));
        refused(package(workbookParts(sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"), strings)));
    }
    SECTION("entities that expand a billion times") {
        const QByteArray laughs =
            "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
            "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>"
            "<sst><si><t>&i;</t></si></sst>";
        refused(package(workbookParts(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), laughs)));
    }
    SECTION("a part that unpacks past the bound (1 GB; 8 MB here, to keep the test quick)") {
        constexpr qint64 kBound = 8 * 1024 * 1024;
        QBuffer buffer;
        QuaZip zip(&buffer);
        REQUIRE(zip.open(QuaZip::mdCreate));
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/sharedStrings.xml"))));
        const QByteArray zeros(1024 * 1024, ' ');
        for (qint64 written = 0; written <= kBound; written += zeros.size())
            REQUIRE(file.write(zeros) == zeros.size());
        file.close();
        for (const auto& [path, content] : workbookParts(sheetXml({}), {})) {
            if (path == QLatin1String("xl/sharedStrings.xml")) continue;
            QuaZipFile part(&zip);
            REQUIRE(part.open(QIODevice::WriteOnly, QuaZipNewInfo(path)));
            part.write(content);
            part.close();
        }
        zip.close();
        REQUIRE(buffer.size() < 100 * 1024);
        const auto read = importer::readXlsx(buffer.data(), kBound);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::Rejected);
        CHECK(read.error().message.contains(QStringLiteral("unpacks to more than 8 MB")));
    }
    SECTION("not a workbook at all") {
        refused(package({{QStringLiteral("hello.txt"), "hello"}}));
        refused("PK\x03\x04 and then nothing");
    }
}

TEST_CASE("the header row is found under a title and blank rows", "[import]") {
    importer::Sheet sheet;
    sheet.rows = {{"Список пострадавших, 2024"},
                  {},
                  {"№", "ФИО", "Дата рождения", "Гражданство"},
                  {"1", "Иванова Анна", "12.04.1999", "RU"}};
    CHECK(importer::suggestHeaderRow(sheet) == 2);
    importer::Sheet numbers;
    numbers.rows = {{"1", "2"}, {"3", "4"}};
    CHECK(importer::suggestHeaderRow(numbers) == 0);
}

TEST_CASE("dates are read in the forms spreadsheets hold them and never guessed", "[import][dates]") {
    using importer::parseDate;
    CHECK(parseDate(QStringLiteral("12.04.1999")) == QDate(1999, 4, 12));
    CHECK(parseDate(QStringLiteral(" 1.2.2003 ")) == QDate(2003, 2, 1));
    CHECK(parseDate(QStringLiteral("31/12/2020")) == QDate(2020, 12, 31));
    CHECK(parseDate(QStringLiteral("1999-04-12")) == QDate(1999, 4, 12));
    CHECK(parseDate(QStringLiteral("2024-03-01T10:15:00Z")) == QDate(2024, 3, 1));
    CHECK(parseDate(QStringLiteral("45000")) == QDate(2023, 3, 15));     // an Excel serial number
    CHECK(parseDate(QStringLiteral("36262.75")) == QDate(1999, 4, 12));  // the time of day dropped
    for (const char* never :
         {"31.02.2020", "12.04.99", "04/31/2020", "2024", "1999", "завтра", "", "12.04.1899", "2958466", "1e5"}) {
        INFO(never);
        CHECK_FALSE(parseDate(QString::fromUtf8(never)).has_value());
    }
}

TEST_CASE("files other programs wrote read as those programs show them", "[import][xlsx][csv]") {
    const QString seeds = QStringLiteral(FIELDCASE_SOURCE_DIR "/tests/data/spreadsheets/");
    const auto read = [&seeds](const char* name) {
        auto spreadsheet = importer::readSpreadsheet(seeds + QLatin1String(name));
        INFO((spreadsheet ? std::string() : spreadsheet.error().message.toStdString()));
        REQUIRE(spreadsheet.ok());
        return *spreadsheet;
    };
    // Written by openpyxl: shared strings, a title merged over three columns, a formula, a second sheet.
    const Spreadsheet workbook = read("openpyxl-merged.xlsx");
    REQUIRE(workbook.sheets.size() == 2);
    CHECK(workbook.sheets[0].name == QStringLiteral("Лист1"));
    const auto& rows = workbook.sheets[0].rows;
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringList{"Список пострадавших", "Список пострадавших", "Список пострадавших"});
    CHECK(rows[1] == QStringList{"ФИО", "Дата рождения", "Телефон"});
    CHECK(rows[2] == QStringList{"Иванова Анна", "36262", "79161234567"});
    CHECK(importer::parseDate(rows[2][1]) == QDate(1999, 4, 12));
    CHECK(rows[3][0] == QStringLiteral("Петров"));  // openpyxl saves no value for its formula: the cell stays empty
    CHECK(rows[3][2] == QStringLiteral("TRUE"));
    CHECK(importer::suggestHeaderRow(workbook.sheets[0]) == 1);
    CHECK(workbook.sheets[1].rows == QList<QStringList>{{"a", "b"}});

    const Spreadsheet tabs = read("cp1251-tabs.csv");
    CHECK(tabs.encoding == QStringLiteral("windows-1251"));
    CHECK(tabs.delimiter == QChar(u'\t'));
    CHECK(tabs.sheets[0].rows[1] == QStringList{"Сидорова", "принудительный труд", "45000"});
    const Spreadsheet semicolons = read("utf8-semicolons.csv");
    CHECK(semicolons.sheets[0].rows[1] == QStringList{"Иванова \"Анна\"", "12.04.1999"});
}
