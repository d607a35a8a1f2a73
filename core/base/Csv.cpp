#include "core/base/Csv.h"

namespace fieldcase {

namespace {

bool startsFormula(const QString& text) {
    if (text.isEmpty()) return false;
    const QChar first = text.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    bool number = false;
    text.toDouble(&number);
    return !number;  // "-3" is a number, not a formula
}

}  // namespace

QByteArray csvCell(const QString& text) {
    QString quoted = startsFormula(text) ? QLatin1Char('\'') + text : text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvLine(const QStringList& cells) {
    QList<QByteArray> quoted;
    quoted.reserve(cells.size());
    for (const QString& cell : cells)
        quoted << csvCell(cell);
    return quoted.join(',') + "\r\n";
}

}  // namespace fieldcase
