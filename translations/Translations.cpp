#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fieldcase {

QString chooseLanguage(const QString& requested) {
    const QString russian = QStringLiteral("ru");
    const QString english = QStringLiteral("en");
    if (requested.isEmpty()) {
        return QLocale::system().language() == QLocale::Russian ? russian : english;
    }
    if (requested == russian || requested == english) {
        return requested;
    }
    return QString();
}

bool installTranslations(const QString& language) {
    QCoreApplication* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral("fieldcase_") + language, QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    const QLocale wanted(language);
    if (QLocale::system().language() != wanted.language()) {
        QLocale::setDefault(wanted);
    }
    if (language == QLatin1String("en")) {
        return true;  // English needs only our plural forms; Qt's own texts are English already
    }

    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

}  // namespace fieldcase
