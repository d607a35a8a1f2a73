#include "core/query/Xlsx.h"

#include "core/base/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>

namespace fieldcase::query {

namespace {

Error writeFailed() {
    return makeError(ErrorCode::Io, QCoreApplication::translate("Records", "The workbook could not be written."));
}

// Column letters as spreadsheets name them: A … Z, AA …
QString columnName(qsizetype index) {
    QString name;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + static_cast<char16_t>((n - 1) % 26)));
    return name;
}

// Text as XML 1.0 allows it: control characters and unpaired surrogates (which a damaged or hostile record may
// hold) become U+FFFD instead of making the whole workbook unreadable; cut at Excel's cell limit.
QString cellText(const QString& text) {
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            safe += text[i];
            safe += text[++i];
        } else if (c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c <= 0xD7FF) ||
                   (c >= 0xE000 && c <= 0xFFFD)) {
            safe += text[i];
        } else {
            safe += QChar(QChar::ReplacementCharacter);
        }
    }
    if (safe.size() > XlsxWriter::kMaxCellCharacters) {
        safe.truncate(XlsxWriter::kMaxCellCharacters - 1);
        if (!safe.isEmpty() && safe.back().isHighSurrogate()) safe.chop(1);
        safe += QChar(u'…');
    }
    return safe;
}

constexpr auto kSpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr auto kRelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr auto kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

}  // namespace

struct XlsxWriter::State {
    QBuffer buffer;
    QuaZip zip{&buffer};
    std::unique_ptr<QuaZipFile> sheetFile;
    std::unique_ptr<QXmlStreamWriter> sheet;
    QStringList sheetNames;
    qsizetype rows = 0;
    bool failed = false;

    bool open(const QString& path) {
        QuaZipNewInfo info(path);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        sheetFile = std::make_unique<QuaZipFile>(&zip);
        return sheetFile->open(QIODevice::WriteOnly, info);
    }
    // Writes a whole part of the package.
    bool writePart(const QString& path, const QByteArray& content) {
        if (!open(path)) return false;
        const bool written = sheetFile->write(content) == content.size();
        sheetFile->close();
        const bool ok = written && sheetFile->getZipError() == ZIP_OK;
        sheetFile.reset();
        return ok;
    }
    void writeRow(const QStringList& cells, bool header) {
        sheet->writeStartElement(QStringLiteral("row"));
        sheet->writeAttribute(QStringLiteral("r"), QString::number(rows + 1));
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (cells[column].isEmpty()) continue;
            sheet->writeStartElement(QStringLiteral("c"));
            sheet->writeAttribute(QStringLiteral("r"), columnName(column) + QString::number(rows + 1));
            sheet->writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            if (header) sheet->writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
            sheet->writeStartElement(QStringLiteral("is"));
            sheet->writeStartElement(QStringLiteral("t"));
            sheet->writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            sheet->writeCharacters(cellText(cells[column]));
            sheet->writeEndElement();
            sheet->writeEndElement();
            sheet->writeEndElement();
        }
        sheet->writeEndElement();
        ++rows;
    }
};

XlsxWriter::XlsxWriter() : m(std::make_unique<State>()) {
    m->failed = !m->zip.open(QuaZip::mdCreate);
}

XlsxWriter::~XlsxWriter() = default;

Result<void> XlsxWriter::beginSheet(const QString& name, const QStringList& header) {
    if (m->failed || m->sheet) return writeFailed();
    m->sheetNames << name.left(kMaxSheetName);
    if (!m->open(QStringLiteral("xl/worksheets/sheet%1.xml").arg(m->sheetNames.size()))) {
        m->failed = true;
        return writeFailed();
    }
    m->rows = 0;
    m->sheet = std::make_unique<QXmlStreamWriter>(m->sheetFile.get());
    QXmlStreamWriter& xml = *m->sheet;
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(QLatin1String(kSpreadsheetNamespace));
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheetData"));
    m->writeRow(header, true);
    return {};
}

Result<void> XlsxWriter::addRow(const QStringList& cells) {
    if (m->failed || !m->sheet) return writeFailed();
    if (m->rows >= kMaxRows) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Records",
                                                     "The sheet %1 would have more rows than a spreadsheet holds "
                                                     "(%2): export CSV instead.")
                             .arg(m->sheetNames.back())
                             .arg(kMaxRows));
    }
    m->writeRow(cells, false);
    return {};
}

Result<void> XlsxWriter::endSheet() {
    if (m->failed || !m->sheet) return writeFailed();
    m->sheet->writeEndElement();  // sheetData
    m->sheet->writeEndElement();  // worksheet
    m->sheet->writeEndDocument();
    const bool written = !m->sheet->hasError();
    m->sheet.reset();
    m->sheetFile->close();
    const bool closed = m->sheetFile->getZipError() == ZIP_OK;
    m->sheetFile.reset();
    if (!written || !closed) {
        m->failed = true;
        return writeFailed();
    }
    return {};
}

Result<void> XlsxWriter::save(const QString& path) {
    if (m->failed || m->sheet) return writeFailed();
    QByteArray types;
    {
        QXmlStreamWriter xml(&types);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeStartElement(QStringLiteral("Types"));
        xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        const auto defaultType = [&xml](const char* extension, const char* type) {
            xml.writeEmptyElement(QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
            xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        const auto overrideType = [&xml](const QString& part, const char* type) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), part);
            xml.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
        };
        defaultType("rels", "application/vnd.openxmlformats-package.relationships+xml");
        defaultType("xml", "application/xml");
        overrideType(QStringLiteral("/xl/workbook.xml"),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        overrideType(QStringLiteral("/xl/styles.xml"),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (qsizetype i = 0; i < m->sheetNames.size(); ++i) {
            overrideType(QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i + 1),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }
        xml.writeEndDocument();
    }
    const auto relationships = [](const QList<std::pair<QString, QString>>& targets, const char* type) {
        QByteArray content;
        QXmlStreamWriter xml(&content);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeStartElement(QStringLiteral("Relationships"));
        xml.writeDefaultNamespace(QLatin1String(kPackageRelationships));
        for (qsizetype i = 0; i < targets.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(i + 1));
            xml.writeAttribute(QStringLiteral("Type"),
                               targets[i].first.isEmpty() ? QLatin1String(type) : targets[i].first);
            xml.writeAttribute(QStringLiteral("Target"), targets[i].second);
        }
        xml.writeEndDocument();
        return content;
    };
    const QString officeDocument =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument");
    const QByteArray rootRelationships = relationships({{officeDocument, QStringLiteral("xl/workbook.xml")}}, "");
    QList<std::pair<QString, QString>> sheetTargets;
    for (qsizetype i = 0; i < m->sheetNames.size(); ++i)
        sheetTargets.append({QString(), QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
    sheetTargets.append({QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"),
                         QStringLiteral("styles.xml")});
    const QByteArray workbookRelationships =
        relationships(sheetTargets, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet");

    QByteArray workbook;
    {
        QXmlStreamWriter xml(&workbook);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeStartElement(QStringLiteral("workbook"));
        xml.writeDefaultNamespace(QLatin1String(kSpreadsheetNamespace));
        xml.writeNamespace(QLatin1String(kRelationshipNamespace), QStringLiteral("r"));
        xml.writeStartElement(QStringLiteral("sheets"));
        for (qsizetype i = 0; i < m->sheetNames.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("sheet"));
            xml.writeAttribute(QStringLiteral("name"), cellText(m->sheetNames[i]));
            xml.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            xml.writeAttribute(QLatin1String(kRelationshipNamespace), QStringLiteral("id"),
                               QStringLiteral("rId%1").arg(i + 1));
        }
        xml.writeEndDocument();
    }
    // Two cell formats: the default, and bold for the header row.
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        "</styleSheet>";
    const bool parts = m->writePart(QStringLiteral("[Content_Types].xml"), types) &&
                       m->writePart(QStringLiteral("_rels/.rels"), rootRelationships) &&
                       m->writePart(QStringLiteral("xl/workbook.xml"), workbook) &&
                       m->writePart(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRelationships) &&
                       m->writePart(QStringLiteral("xl/styles.xml"), styles);
    m->zip.close();
    if (!parts || m->zip.getZipError() != ZIP_OK) {
        m->failed = true;
        return writeFailed();
    }
    return writeFileAtomically(path, m->buffer.data());
}

}  // namespace fieldcase::query
