#include "core/importer/Values.h"

#include <QRegularExpression>

#include <cmath>

namespace fieldcase::importer {

namespace {

// Excel's serial numbers of dates count days from 1899-12-30 past its phantom 29 February 1900 (serial 60);
// 2958465 is 9999-12-31. Those taken as dates start at 10000, long after the phantom day.
constexpr double kFirstSerial = 10000;
constexpr double kLastSerial = 2958465;

std::optional<QDate> valid(int year, int month, int day) {
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900) return std::nullopt;
    return date;
}

}  // namespace

std::optional<QDate> parseDate(const QString& text) {
    const QString value = text.trimmed();
    static const QRegularExpression dayFirst(QStringLiteral(R"(^(\d{1,2})[./](\d{1,2})[./](\d{4})$)"));
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$)"));
    static const QRegularExpression serial(QStringLiteral(R"(^\d{1,7}(?:\.\d+)?$)"));
    if (const auto match = dayFirst.match(value); match.hasMatch())
        return valid(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    if (const auto match = iso.match(value); match.hasMatch())
        return valid(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (serial.match(value).hasMatch()) {
        const double number = std::floor(value.toDouble());
        if (number < kFirstSerial || number > kLastSerial) return std::nullopt;
        return QDate(1899, 12, 30).addDays(static_cast<qint64>(number));
    }
    return std::nullopt;
}

}  // namespace fieldcase::importer
