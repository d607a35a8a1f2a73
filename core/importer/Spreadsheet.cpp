#include "core/importer/Spreadsheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <map>

namespace fieldcase::importer {

namespace {

Error rejected(const QString& why) {
    return makeError(ErrorCode::Rejected, why);
}

// Text from bytes: UTF-8 when the bytes are UTF-8 (a byte-order mark or none), else Windows-1251, which is what
// Russian Excel writes as "CSV". Both decoders are strict: a byte they cannot read fails the file, never a row.
Result<std::pair<QString, QString>> decode(const QByteArray& bytes) {
    QByteArrayView content(bytes);
    if (content.startsWith("\xEF\xBB\xBF")) content = content.sliced(3);
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(content);
        if (!utf8.hasError()) return std::pair{text, QStringLiteral("UTF-8")};
    }
    QStringDecoder cp1251("windows-1251", QStringDecoder::Flag::Stateless);
    if (!cp1251.isValid())
        return rejected(
            QCoreApplication::translate("Import", "The file is not UTF-8, and Windows-1251 cannot be read here."));
    QString text = cp1251.decode(content);
    if (cp1251.hasError())
        return rejected(QCoreApplication::translate("Import", "The file is neither UTF-8 nor Windows-1251 text."));
    return std::pair{text, QStringLiteral("windows-1251")};
}

// Splits CSV text into rows with RFC 4180 quoting: a quoted cell may hold the delimiter, line breaks and doubled
// quotes; a quote inside an unquoted cell is kept as it is. Line ends are CRLF, LF or CR.
Result<QList<QStringList>> parseRows(const QString& text, QChar delimiter) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    const auto endCell = [&]() -> Result<void> {
        if (cell.size() > SpreadsheetLimits::kMaxCellCharacters) {
            return rejected(QCoreApplication::translate("Import", "Row %1 has a cell longer than %2 characters.")
                                .arg(rows.size() + 1)
                                .arg(SpreadsheetLimits::kMaxCellCharacters));
        }
        row << cell;
        cell.clear();
        wasQuoted = false;
        if (row.size() > SpreadsheetLimits::kMaxColumns) {
            return rejected(QCoreApplication::translate("Import", "Row %1 has more than %2 columns.")
                                .arg(rows.size() + 1)
                                .arg(SpreadsheetLimits::kMaxColumns));
        }
        return {};
    };
    const auto endRow = [&]() -> Result<void> {
        if (auto ended = endCell(); !ended) return ended;
        rows << row;
        row.clear();
        if (rows.size() > SpreadsheetLimits::kMaxRows)
            return rejected(QCoreApplication::translate("Import", "The file has more than %1 rows.")
                                .arg(SpreadsheetLimits::kMaxRows));
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            if (auto ended = endCell(); !ended) return ended.error();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') ++i;
            if (auto ended = endRow(); !ended) return ended.error();
        } else {
            cell += c;
        }
    }
    if (quoted)
        return rejected(
            QCoreApplication::translate("Import", "A quoted cell is not closed: the file is cut short or damaged."));
    if (!cell.isEmpty() || !row.isEmpty() || wasQuoted) {
        if (auto ended = endRow(); !ended) return ended.error();
    }
    return rows;
}

// The delimiter the first lines agree on: for each candidate, the count of fields per line (outside quotes) over up
// to 20 non-blank lines; the one whose most common count is above one and shared by the most lines wins, then the
// one with more fields. A file of one column has none: a comma then.
QChar detectDelimiter(const QString& text) {
    QStringList lines;
    bool quoted = false;
    QString line;
    for (qsizetype i = 0; i < text.size() && lines.size() < 20; ++i) {
        const QChar c = text[i];
        if (c == u'"') quoted = !quoted;
        if (!quoted && (c == u'\n' || c == u'\r')) {
            if (!line.trimmed().isEmpty()) lines << line;
            line.clear();
            continue;
        }
        line += quoted && c != u'"' ? QChar(u'x') : c;  // delimiters inside quotes do not count
    }
    if (!line.trimmed().isEmpty() && lines.size() < 20) lines << line;
    QChar best = u',';
    std::pair<qsizetype, qsizetype> bestScore{0, 0};  // lines agreeing, fields
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        std::map<qsizetype, qsizetype> counts;
        for (const QString& each : lines)
            ++counts[each.count(candidate) + 1];
        for (const auto& [fields, agreeing] : counts) {
            if (fields < 2) continue;
            const std::pair<qsizetype, qsizetype> score{agreeing, fields};
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
    }
    return best;
}

bool looksLikeData(const QString& cell) {
    static const QRegularExpression numberOrDate(QStringLiteral(R"(^[\d\s.,:/+\-]+$)"));
    return numberOrDate.match(cell).hasMatch();
}

}  // namespace

Result<Spreadsheet> readCsv(const QByteArray& bytes) {
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        return rejected(QCoreApplication::translate(
            "Import",
            "This is an old Excel file (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV."));
    }
    auto decoded = decode(bytes);
    if (!decoded) return decoded.error();
    // Text has no control characters but tabs and line ends: anything else is a binary file read as text.
    for (const QChar c : decoded->first) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') ||
            (c.unicode() >= 0x7F && c.unicode() < 0xA0)) {
            return rejected(QCoreApplication::translate("Import", "The file is not a spreadsheet: it is not text."));
        }
    }
    Spreadsheet spreadsheet;
    spreadsheet.format = Spreadsheet::Format::Csv;
    spreadsheet.encoding = decoded->second;
    spreadsheet.delimiter = detectDelimiter(decoded->first);
    auto rows = parseRows(decoded->first, spreadsheet.delimiter);
    if (!rows) return rows.error();
    spreadsheet.sheets << Sheet{QString(), std::move(*rows)};
    return spreadsheet;
}

Result<Spreadsheet> readSpreadsheet(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Import", "Cannot open %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > SpreadsheetLimits::kMaxFileBytes) {
        return rejected(QCoreApplication::translate("Import", "%1 is larger than %2 MB: split it into smaller files.")
                            .arg(path)
                            .arg(SpreadsheetLimits::kMaxFileBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.read(SpreadsheetLimits::kMaxFileBytes + 1);
    if (bytes.size() > SpreadsheetLimits::kMaxFileBytes) {
        return rejected(QCoreApplication::translate("Import", "%1 is larger than %2 MB: split it into smaller files.")
                            .arg(path)
                            .arg(SpreadsheetLimits::kMaxFileBytes / (1024 * 1024)));
    }
    // A zip container (PK\3\4) is a workbook; anything else is read as text.
    auto read = bytes.startsWith("PK\x03\x04") ? readXlsx(bytes) : readCsv(bytes);
    if (!read) return makeError(read.error().code, QStringLiteral("%1: %2").arg(path, read.error().message));
    // A CSV file's one sheet is named as a spreadsheet program names it: after the file.
    if (read->format == Spreadsheet::Format::Csv) read->sheets.first().name = QFileInfo(path).completeBaseName();
    return read;
}

qsizetype suggestHeaderRow(const Sheet& sheet) {
    for (qsizetype row = 0; row < std::min<qsizetype>(sheet.rows.size(), 20); ++row) {
        QSet<QString> names;  // a title merged over the table fills its cells with one value: not a header
        qsizetype text = 0;
        for (const QString& cell : sheet.rows[row]) {
            const QString value = cell.trimmed();
            if (value.isEmpty() || names.contains(value)) continue;
            names.insert(value);
            if (!looksLikeData(value)) ++text;
        }
        if (names.size() >= 2 && text * 2 > names.size()) return row;
    }
    return 0;
}

}  // namespace fieldcase::importer
