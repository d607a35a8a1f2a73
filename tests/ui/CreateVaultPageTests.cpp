#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/vault/CreateVaultPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using fieldcase::test::child;
using fieldcase::test::typeText;

TEST_CASE("Create stays disabled until the passphrases match and are long enough and the device is named", "[ui]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::unique_ptr<fieldcase::Services> services =
        fieldcase::makeServices(dir.filePath(QStringLiteral("vault")));
    fieldcase::ui::CreateVaultPage page(services->vault());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto* passphrase = child<QLineEdit>(&page, "passphraseEdit");
    auto* confirm = child<QLineEdit>(&page, "confirmPassphraseEdit");
    auto* deviceName = child<QLineEdit>(&page, "deviceNameEdit");
    auto* create = child<QPushButton>(&page, "createButton");
    auto* strength = child<QLabel>(&page, "strengthLabel");
    auto* mismatch = child<QLabel>(&page, "mismatchLabel");
    auto fill = [&](const QString& first, const QString& second, const QString& name) {
        passphrase->clear();
        confirm->clear();
        deviceName->clear();
        typeText(passphrase, first);
        typeText(confirm, second);
        typeText(deviceName, name);
    };

    CHECK_FALSE(create->isEnabled());

    fill(QStringLiteral("short"), QStringLiteral("short"), QStringLiteral("Laptop"));
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(strength->text().isEmpty());
    CHECK(mismatch->text().isEmpty());

    // Seven characters: one short of the core's minimum.
    fill(QStringLiteral("abcdefg"), QStringLiteral("abcdefg"), QStringLiteral("Laptop"));
    CHECK_FALSE(create->isEnabled());

    fill(QStringLiteral("long enough passphrase"), QStringLiteral("long enough passphrasE"), QStringLiteral("Laptop"));
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(mismatch->text().isEmpty());

    fill(QStringLiteral("long enough passphrase"), QStringLiteral("long enough passphrase"), QStringLiteral("   "));
    CHECK_FALSE(create->isEnabled());

    fill(QStringLiteral("long enough passphrase"), QStringLiteral("long enough passphrase"), QStringLiteral("Laptop"));
    CHECK(create->isEnabled());
    CHECK(mismatch->text().isEmpty());

    // Eight Cyrillic characters are eight characters, although they take sixteen bytes.
    fill(QStringLiteral("пароль12"), QStringLiteral("пароль12"), QStringLiteral("Ноутбук"));
    CHECK(create->isEnabled());
    fill(QStringLiteral("пароль1"), QStringLiteral("пароль1"), QStringLiteral("Ноутбук"));
    CHECK_FALSE(create->isEnabled());
}

TEST_CASE("A failed creation shows the core's message and keeps the device name", "[ui]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A file where the vault's parent folder should be: the core cannot create the vault there.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    fieldcase::test::writeAll(blocker, QByteArrayLiteral("not a folder"));
    const std::unique_ptr<fieldcase::Services> services = fieldcase::makeServices(blocker + QStringLiteral("/vault"));
    fieldcase::ui::CreateVaultPage page(services->vault());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    auto* passphrase = child<QLineEdit>(&page, "passphraseEdit");
    auto* confirm = child<QLineEdit>(&page, "confirmPassphraseEdit");
    auto* deviceName = child<QLineEdit>(&page, "deviceNameEdit");
    auto* create = child<QPushButton>(&page, "createButton");
    auto* error = child<QLabel>(&page, "createErrorLabel");
    typeText(passphrase, QStringLiteral("long enough passphrase"));
    typeText(confirm, QStringLiteral("long enough passphrase"));
    typeText(deviceName, QStringLiteral("Laptop"));
    CHECK_FALSE(error->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);

    REQUIRE(fieldcase::test::waitFor([&] { return deviceName->isEnabled(); }));
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK_FALSE(child<QWidget>(&page, "recoveryPage")->isVisible());
    CHECK(passphrase->text().isEmpty());
    CHECK(confirm->text().isEmpty());
    CHECK(deviceName->text() == QStringLiteral("Laptop"));
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(services->vault().exists());
}

TEST_CASE("A new laptop restores a backup from the first screen and shows its own recovery code", "[ui][backup]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString file;
    {
        const auto old = fieldcase::makeServices(dir.filePath(QStringLiteral("old")));
        fieldcase::CreateVaultRequest request;
        request.passphrase = fieldcase::test::secret("long enough passphrase");
        request.deviceName = QStringLiteral("Lost laptop");
        request.strength = fieldcase::KdfStrength::Interactive;
        REQUIRE(old->vault().create(std::move(request)).ok());
        auto written = old->vault().backup(dir.path());
        REQUIRE(written.ok());
        file = *written;
    }
    const std::unique_ptr<fieldcase::Services> services =
        fieldcase::makeServices(dir.filePath(QStringLiteral("vault")));
    fieldcase::ui::CreateVaultPage page(services->vault());
    page.resize(900, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(child<QPushButton>(&page, "showRestoreButton"), Qt::LeftButton);
    auto* restorePage = child<QWidget>(&page, "restoreBackupPage");
    REQUIRE(restorePage->isVisible());
    auto* restore = child<QPushButton>(&page, "restoreButton");
    CHECK_FALSE(restore->isEnabled());
    typeText(child<QLineEdit>(&page, "backupFileEdit"), file);
    auto* secretEdit = child<QLineEdit>(&page, "backupSecretEdit");

    // A wrong passphrase: one line, and the page stays.
    typeText(secretEdit, QStringLiteral("not the passphrase"));
    QTest::mouseClick(restore, Qt::LeftButton);
    auto* error = child<QLabel>(&page, "restoreErrorLabel");
    REQUIRE(fieldcase::test::waitFor([&] { return error->isVisible(); }));
    CHECK_FALSE(services->vault().exists());

    typeText(secretEdit, QStringLiteral("long enough passphrase"));
    fieldcase::test::saveScreenshot(&page, "restore-backup");
    QTest::mouseClick(restore, Qt::LeftButton);
    auto* recoveryPage = child<QWidget>(&page, "recoveryPage");
    REQUIRE(fieldcase::test::waitFor([&] { return recoveryPage->isVisible(); }));
    CHECK(child<QLabel>(&page, "restoredNote")->text().contains(QStringLiteral("Lost laptop")));
    CHECK(child<QLabel>(&page, "recoveryCodeLabel")->text().size() >= 39);
    CHECK(services->vault().isUnlocked());
    CHECK(services->vault().info()->deviceName == QStringLiteral("Lost laptop"));
}
