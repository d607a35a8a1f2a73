#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/vault/UnlockPage.h"

#include "core/api/Services.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using fieldcase::test::child;

namespace {
// Back to English for the tests that follow.
void removeTranslations() {
    const QList<QTranslator*> translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
}  // namespace

TEST_CASE("The interface language is ru or en", "[ui][translations]") {
    CHECK(fieldcase::chooseLanguage(QStringLiteral("ru")) == QStringLiteral("ru"));
    CHECK(fieldcase::chooseLanguage(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(fieldcase::chooseLanguage(QStringLiteral("de")).isEmpty());
    const QString fromSystem = fieldcase::chooseLanguage(QString());
    CHECK((fromSystem == QStringLiteral("ru") || fromSystem == QStringLiteral("en")));
}

TEST_CASE("The Russian catalogue is embedded and reaches the widgets and the core's messages", "[ui][translations]") {
    REQUIRE(fieldcase::installTranslations(QStringLiteral("ru")));
    const QString wrongPassphrase = QCoreApplication::translate("Vault", "Wrong passphrase.");

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::unique_ptr<fieldcase::Services> services =
        fieldcase::makeServices(dir.filePath(QStringLiteral("vault")));
    QString buttonText;
    {
        fieldcase::ui::UnlockPage page(services->vault());
        buttonText = child<QPushButton>(&page, "unlockButton")->text();
    }
    removeTranslations();

    CHECK(wrongPassphrase == QStringLiteral("Неверный пароль."));
    CHECK(buttonText == QStringLiteral("&Открыть"));
    CHECK(QCoreApplication::translate("Vault", "Wrong passphrase.") == QStringLiteral("Wrong passphrase."));
}

TEST_CASE("English counts read naturally - one case - two cases", "[ui][translations]") {
    REQUIRE(fieldcase::installTranslations(QStringLiteral("en")));
    const QString one = QCoreApplication::translate("fieldcase::ui::CaseListView", "%Ln case(s)", nullptr, 1);
    const QString many = QCoreApplication::translate("fieldcase::ui::CaseListView", "%Ln case(s)", nullptr, 2345);
    const QString entries = QCoreApplication::translate("Cli", "Audit trail: %1 (%n entries)", nullptr, 1);
    removeTranslations();
    CHECK(one == QStringLiteral("1 case"));
    CHECK(many.endsWith(QStringLiteral(" cases")));
    CHECK(entries == QStringLiteral("Audit trail: %1 (1 entry)"));
}
