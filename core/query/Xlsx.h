#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace fieldcase::query {

// A workbook of text sheets as Office Open XML (ECMA-376, what Excel and LibreOffice read), built in memory and
// saved atomically: no part of it reaches the disk before the finished file (libxlsxwriter stages every part in
// temporary files, which would leave plain text behind a crash; docs/exports.md).
class XlsxWriter {
public:
    static constexpr qsizetype kMaxCellCharacters = 32767;  // Excel's limit; longer text is cut, ending in "…"
    static constexpr qsizetype kMaxRows = 1048576;          // rows of a sheet, the header included
    static constexpr qsizetype kMaxSheetName = 31;

    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Starts a sheet whose first row is the header (bold, frozen while scrolling). Every cell is text: nothing a
    // record holds can become a formula.
    Result<void> beginSheet(const QString& name, const QStringList& header);
    Result<void> addRow(const QStringList& cells);
    Result<void> endSheet();
    // Finishes the workbook and writes it to path atomically.
    Result<void> save(const QString& path);

private:
    struct State;
    std::unique_ptr<State> m;
};

}  // namespace fieldcase::query
