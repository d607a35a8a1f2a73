#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace fieldcase::importer {

// A date as spreadsheets hold it: dd.mm.yyyy (d.m.yyyy too) and dd/mm/yyyy as Russian and European files write
// it, ISO 8601 (yyyy-mm-dd, with or without a time after it), or an Excel serial number (days since 1899-12-30, with
// Excel's phantom 29 February 1900 accounted for; a fraction is the time of day, dropped). Two-digit years,
// month-first dates and anything else are not guessed: no value.
std::optional<QDate> parseDate(const QString& text);

}  // namespace fieldcase::importer
