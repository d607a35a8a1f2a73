#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fieldcase {

// One CSV cell as RFC 4180 writes it, in UTF-8: quoted, quotes inside doubled. A cell a spreadsheet would run as a
// formula (starting with =, +, -, @, a tab or a carriage return, and not a plain number) gets a leading apostrophe,
// so a name typed on a hostile laptop cannot become a formula on the coordinator's (OWASP, "CSV injection").
QByteArray csvCell(const QString& text);
// A row of cells, comma-separated, ending in CRLF.
QByteArray csvLine(const QStringList& cells);

}  // namespace fieldcase
