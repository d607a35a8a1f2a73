#pragma once

#include <QList>
#include <QString>

class QLocale;

namespace fieldcase::model {

// A country of a country-code field: its ISO 3166-1 alpha-2 code (stored) and its name in one language.
struct Country {
    QString code;
    QString name;
};

// Every country ICU's CLDR data names (ISO 3166-1 and the few territories CLDR adds, such as Kosovo, XK), with
// names in the language of the locale, sorted by name as that language sorts.
QList<Country> countries(const QLocale& language);
// A code's name in the language of the locale; the code itself when it names no country.
QString countryName(const QString& code, const QLocale& language);

}  // namespace fieldcase::model
