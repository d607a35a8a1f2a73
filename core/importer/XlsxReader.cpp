// Reading an XLSX workbook (Office Open XML, ECMA-376) into text sheets: the zip container through QuaZip, each part
// through QXmlStreamReader, with every size a hostile file could inflate bounded (SpreadsheetLimits).
#include "core/importer/Spreadsheet.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>
#include <cmath>

namespace fieldcase::importer {

namespace {

Error damaged(const QString& part) {
    return makeError(
        ErrorCode::Rejected,
        QCoreApplication::translate("Import", "The workbook is damaged or not a spreadsheet (%1).").arg(part));
}

// The parts of the package, read on demand, with the unpacked bytes of all of them bounded together.
class Package {
public:
    Package(const QByteArray& bytes, qint64 maxUnpackedBytes)
        : m_bytes(bytes), m_buffer(&m_bytes), m_zip(&m_buffer), m_maxUnpacked(maxUnpackedBytes) {}

    bool open() { return m_zip.open(QuaZip::mdUnzip); }

    // The part's bytes; an error if it is missing (when required) or would pass the limit.
    Result<QByteArray> part(const QString& path, bool required = true) {
        if (!m_zip.setCurrentFile(path, QuaZip::csInsensitive)) {
            if (required) return damaged(path);
            return QByteArray();
        }
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly)) return damaged(path);
        QByteArray content;
        char chunk[64 * 1024];
        for (;;) {
            const qint64 read = file.read(chunk, sizeof chunk);
            if (read < 0) return damaged(path);
            if (read == 0) break;
            m_unpacked += read;
            if (m_unpacked > m_maxUnpacked) {
                return makeError(ErrorCode::Rejected,
                                 QCoreApplication::translate("Import",
                                                             "The workbook unpacks to more than %1 MB: it is not "
                                                             "read.")
                                     .arg(m_maxUnpacked / (1024 * 1024)));
            }
            content.append(chunk, read);
        }
        file.close();
        if (file.getZipError() != UNZ_OK) return damaged(path);  // a checksum that does not match
        return content;
    }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QuaZip m_zip;
    qint64 m_maxUnpacked;
    qint64 m_unpacked = 0;
};

// A part's target as a path in the package, relative to xl/ unless absolute.
QString partPath(const QString& target) {
    if (target.startsWith(u'/')) return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    path.replace(QStringLiteral("/./"), QStringLiteral("/"));
    return path;
}

// The text of the element the reader stands on, its <t> runs joined (rich text) and phonetic runs (<rPh>) left out.
QString runsText(QXmlStreamReader& xml) {
    QString text;
    const QStringView element = xml.name();
    const QString end = element.toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh") ++phonetic;
        if (xml.isEndElement() && xml.name() == u"rPh") --phonetic;
        if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0) text += xml.readElementText();
        if (xml.isEndElement() && xml.name() == end) break;
    }
    return text;
}

// "B12" as a column (0-based) and row (1-based); false if it is not a cell reference.
bool cellPosition(QStringView reference, qsizetype& column, qsizetype& row) {
    qsizetype i = 0;
    column = 0;
    while (i < reference.size() && reference[i] >= u'A' && reference[i] <= u'Z') {
        column = column * 26 + (reference[i].unicode() - u'A' + 1);
        if (column > SpreadsheetLimits::kMaxColumns) return false;
        ++i;
    }
    if (i == 0 || i == reference.size()) return false;
    bool number = false;
    row = reference.sliced(i).toLongLong(&number);
    --column;
    return number && row >= 1 && row <= SpreadsheetLimits::kMaxRows;
}

// A number as a person typed it: "79161234567" rather than "7.9161234567E10", "12.5" as it is.
QString numberText(const QString& stored) {
    if (!stored.contains(u'E') && !stored.contains(u'e')) return stored;
    bool ok = false;
    const double value = stored.toDouble(&ok);
    if (!ok || !std::isfinite(value)) return stored;
    if (value == std::floor(value) && std::fabs(value) < 1e15) return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 15);
}

Result<QStringList> sharedStrings(Package& package, const QString& path) {
    auto bytes = package.part(path, false);
    if (!bytes) return bytes.error();
    QStringList strings;
    if (bytes->isEmpty()) return strings;  // a workbook of inline strings only (as Fieldcase writes) has none
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si") strings << runsText(xml);
    }
    if (xml.hasError()) return damaged(path);
    return strings;
}

struct SheetPart {
    QString name;
    QString path;
};

Result<QList<SheetPart>> sheetParts(Package& package) {
    auto relationships = package.part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relationships) return relationships.error();
    QHash<QString, QString> targets;
    QString sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
    {
        QXmlStreamReader xml(*relationships);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement() || xml.name() != u"Relationship") continue;
            const auto attributes = xml.attributes();
            targets.insert(attributes.value(QLatin1String("Id")).toString(),
                           partPath(attributes.value(QLatin1String("Target")).toString()));
        }
        if (xml.hasError()) return damaged(QStringLiteral("xl/_rels/workbook.xml.rels"));
    }
    auto workbook = package.part(QStringLiteral("xl/workbook.xml"));
    if (!workbook) return workbook.error();
    QList<SheetPart> sheets;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"sheet") continue;
        const auto attributes = xml.attributes();
        QString id;
        for (const QXmlStreamAttribute& attribute : attributes) {
            if (attribute.name() == u"id") id = attribute.value().toString();  // r:id, whatever the prefix
        }
        if (!targets.contains(id)) return damaged(QStringLiteral("xl/workbook.xml"));
        sheets << SheetPart{attributes.value(QLatin1String("name")).toString(), targets.value(id)};
    }
    if (xml.hasError() || sheets.isEmpty()) return damaged(QStringLiteral("xl/workbook.xml"));
    return sheets;
}

Result<Sheet> readSheet(Package& package, const SheetPart& part, const QStringList& strings) {
    auto bytes = package.part(part.path);
    if (!bytes) return bytes.error();
    Sheet sheet{part.name, {}};
    QList<std::pair<QString, QString>> merges;
    QXmlStreamReader xml(*bytes);
    qsizetype row = 0;     // 1-based, of the row being read
    qsizetype column = 0;  // 0-based, of the next cell without a reference
    const auto put = [&sheet](qsizetype atRow, qsizetype atColumn, const QString& value) {
        while (sheet.rows.size() < atRow)
            sheet.rows.append(QStringList());
        QStringList& cells = sheet.rows[atRow - 1];
        while (cells.size() <= atColumn)
            cells.append(QString());
        cells[atColumn] = value.left(SpreadsheetLimits::kMaxCellCharacters);
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == u"row") {
            bool number = false;
            const qsizetype given = xml.attributes().value(QLatin1String("r")).toLongLong(&number);
            row = number ? given : row + 1;
            if (row < 1 || row > SpreadsheetLimits::kMaxRows) return damaged(part.path);
            column = 0;
        } else if (xml.name() == u"c") {
            if (row == 0) return damaged(part.path);
            const auto attributes = xml.attributes();
            const QStringView reference = attributes.value(QLatin1String("r"));
            qsizetype atRow = row;
            if (!reference.isEmpty() && !cellPosition(reference, column, atRow)) return damaged(part.path);
            if (atRow != row) return damaged(part.path);
            const QString type = attributes.value(QLatin1String("t")).toString();
            QString value;
            QString stored;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c") break;
                if (!xml.isStartElement()) continue;
                if (xml.name() == u"v") stored = xml.readElementText();
                if (xml.name() == u"is") value = runsText(xml);
            }
            if (type == u"s") {
                bool number = false;
                const qsizetype index = stored.toLongLong(&number);
                if (!number || index < 0 || index >= strings.size()) return damaged(part.path);
                value = strings[index];
            } else if (type == u"b") {
                value = stored == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == u"str" || type == u"e") {
                value = stored;  // a formula's saved text, or an error such as #N/A
            } else if (type != u"inlineStr") {
                value = numberText(stored);
            }
            if (!value.isEmpty()) put(row, column, value);
            ++column;
        } else if (xml.name() == u"mergeCell") {
            const QStringList ends = xml.attributes().value(QLatin1String("ref")).toString().split(u':');
            if (ends.size() == 2) merges.append({ends[0], ends[1]});
        }
    }
    if (xml.hasError()) return damaged(part.path);
    // A merged area shows its top-left value across it; filled so a merged header names each column under it.
    for (const auto& [from, to] : merges) {
        qsizetype firstColumn = 0;
        qsizetype firstRow = 0;
        qsizetype lastColumn = 0;
        qsizetype lastRow = 0;
        if (!cellPosition(from, firstColumn, firstRow) || !cellPosition(to, lastColumn, lastRow)) continue;
        if (lastRow < firstRow || lastColumn < firstColumn || firstRow > sheet.rows.size()) continue;
        if ((lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) > 10000)
            continue;  // a merge that large is no header
        const QStringList& top = sheet.rows[firstRow - 1];
        const QString value = firstColumn < top.size() ? top[firstColumn] : QString();
        if (value.isEmpty()) continue;
        for (qsizetype r = firstRow; r <= lastRow; ++r) {
            for (qsizetype c = firstColumn; c <= lastColumn; ++c) {
                if (r != firstRow || c != firstColumn) put(r, c, value);
            }
        }
    }
    return sheet;
}

}  // namespace

Result<Spreadsheet> readXlsx(const QByteArray& bytes, qint64 maxUnpackedBytes) {
    Package package(bytes, maxUnpackedBytes);
    if (!package.open()) return damaged(QStringLiteral("zip"));
    auto parts = sheetParts(package);
    if (!parts) return parts.error();
    auto strings = sharedStrings(package, QStringLiteral("xl/sharedStrings.xml"));
    if (!strings) return strings.error();
    Spreadsheet spreadsheet;
    spreadsheet.format = Spreadsheet::Format::Xlsx;
    for (const SheetPart& part : *parts) {
        auto sheet = readSheet(package, part, *strings);
        if (!sheet) return sheet.error();
        spreadsheet.sheets << std::move(*sheet);
    }
    return spreadsheet;
}

}  // namespace fieldcase::importer
