#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fieldcase::importer {

// One sheet of a spreadsheet as text: rows of cells, the first row the file's first (blank rows kept, so row numbers
// match what the person sees in their spreadsheet program, counting from 1).
struct Sheet {
    QString name;
    QList<QStringList> rows;
};

// What a spreadsheet file held, read without knowing anything of the vault.
struct Spreadsheet {
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    QString encoding;  // CSV: "UTF-8" or "windows-1251"
    QChar delimiter;   // CSV: ',', ';' or '\t'
    QList<Sheet> sheets;
};

// Bounds on what a file may make Fieldcase read, whatever it claims: a spreadsheet may come from anywhere.
struct SpreadsheetLimits {
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;
    static constexpr qint64 kMaxUnpackedBytes = 1024LL * 1024 * 1024;  // all parts of an XLSX, unpacked
    static constexpr qsizetype kMaxRows = 1048576;                     // as a spreadsheet program holds
    static constexpr qsizetype kMaxColumns = 16384;
    static constexpr qsizetype kMaxCellCharacters = 32767;
};

// Reads a CSV or XLSX file (by its content, not its name): CSV in UTF-8 (with or without a byte-order mark) or
// Windows-1251 as Russian Excel saves it, separated by commas, semicolons or tabs (found from the first lines), RFC
// 4180 quoting; XLSX through QuaZip, every sheet, shared and inline strings, formulas as their saved values, merged
// cells filled with the merged value. A file too large, damaged or not a spreadsheet is a Rejected error with a
// one-line reason; nothing is guessed into rows.
Result<Spreadsheet> readSpreadsheet(const QString& path);

// The same for bytes already read (tests, the fuzzer); a test may bound the unpacked workbook lower.
Result<Spreadsheet> readCsv(const QByteArray& bytes);
Result<Spreadsheet> readXlsx(const QByteArray& bytes, qint64 maxUnpackedBytes = SpreadsheetLimits::kMaxUnpackedBytes);

// The row (0-based) that most likely holds the column names: the first of the first 20 rows with at least two
// different values, mostly text rather than numbers or dates (a title merged over the table repeats one value);
// 0 if none is.
qsizetype suggestHeaderRow(const Sheet& sheet);

}  // namespace fieldcase::importer
