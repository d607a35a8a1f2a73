#include "core/model/Countries.h"

#include <QCollator>
#include <QLocale>

#include <unicode/uloc.h>

#include <algorithm>
#include <array>

namespace fieldcase::model {

namespace {

// The name ICU gives the country of the locale id "_CODE" in the display language; empty when it has none.
QString displayName(const QByteArray& code, const QByteArray& displayLanguage) {
    std::array<UChar, 128> name{};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(QByteArray('_' + code).constData(), displayLanguage.constData(),
                                                  name.data(), static_cast<int32_t>(name.size()), &status);
    if (U_FAILURE(status) || length <= 0 || length > static_cast<int32_t>(name.size())) return {};
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(name.data()), length);
}

bool isListed(const QByteArray& code) {
    for (const char* const* listed = uloc_getISOCountries(); *listed != nullptr; ++listed) {
        if (code == *listed) return true;
    }
    return false;
}

}  // namespace

QList<Country> countries(const QLocale& language) {
    const QByteArray displayLanguage = language.name().toLatin1();
    QList<Country> result;
    for (const char* const* code = uloc_getISOCountries(); *code != nullptr; ++code) {
        const QByteArray iso(*code);
        const QString name = displayName(iso, displayLanguage);
        result << Country{QString::fromLatin1(iso), name.isEmpty() ? QString::fromLatin1(iso) : name};
    }
    QCollator collator(language);
    std::sort(result.begin(), result.end(),
              [&collator](const Country& a, const Country& b) { return collator.compare(a.name, b.name) < 0; });
    return result;
}

QString countryName(const QString& code, const QLocale& language) {
    const QByteArray iso = code.toLatin1();
    if (code.size() != 2 || !isListed(iso)) return code;
    const QString name = displayName(iso, language.name().toLatin1());
    return name.isEmpty() ? code : name;
}

}  // namespace fieldcase::model
