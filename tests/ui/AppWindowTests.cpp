#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/app/AppWindow.h"
#include "ui/app/WorkspacePage.h"
#include "ui/vault/CreateVaultPage.h"
#include "ui/vault/UnlockPage.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using fieldcase::test::child;
using fieldcase::test::typeText;
using fieldcase::test::waitFor;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

QWidget* currentPage(const fieldcase::ui::AppWindow& window) {
    return child<QStackedWidget>(&window, "pageStack")->currentWidget();
}

}  // namespace

TEST_CASE("The window creates a vault and shows the recovery code once then locks and unlocks it", "[ui]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::unique_ptr<fieldcase::Services> services =
        fieldcase::makeServices(dir.filePath(QStringLiteral("vault")));
    fieldcase::VaultService& vault = services->vault();
    REQUIRE_FALSE(vault.exists());

    fieldcase::ui::AppWindow window(*services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle() == QStringLiteral("Fieldcase"));

    auto* createPage = child<fieldcase::ui::CreateVaultPage>(&window, "createVaultPage");
    REQUIRE(currentPage(window) == createPage);
    auto* lockAction = child<QAction>(&window, "lockAction");
    CHECK_FALSE(lockAction->isEnabled());

    auto* passphraseEdit = child<QLineEdit>(createPage, "passphraseEdit");
    auto* confirmEdit = child<QLineEdit>(createPage, "confirmPassphraseEdit");
    auto* deviceNameEdit = child<QLineEdit>(createPage, "deviceNameEdit");
    auto* createButton = child<QPushButton>(createPage, "createButton");
    CHECK(passphraseEdit->echoMode() == QLineEdit::Password);
    CHECK(confirmEdit->echoMode() == QLineEdit::Password);

    typeText(passphraseEdit, kPassphrase);
    typeText(confirmEdit, kPassphrase);
    typeText(deviceNameEdit, QStringLiteral("Office laptop 2"));
    REQUIRE(createButton->isEnabled());
    QTest::mouseClick(createButton, Qt::LeftButton);

    // The worker has not reported yet (no event loop ran): the secrets are gone and the form is locked.
    CHECK(passphraseEdit->text().isEmpty());
    CHECK(confirmEdit->text().isEmpty());
    CHECK_FALSE(deviceNameEdit->isEnabled());
    CHECK(child<QWidget>(createPage, "createBusy")->isVisible());

    auto* recoveryPage = child<QWidget>(createPage, "recoveryPage");
    REQUIRE(waitFor([&] { return recoveryPage->isVisible(); }));
    CHECK(vault.exists());
    CHECK(vault.isUnlocked());
    auto* codeLabel = child<QLabel>(createPage, "recoveryCodeLabel");
    QString code = codeLabel->text();
    code.remove(QLatin1Char('-')).remove(QLatin1Char('\n'));
    CHECK(code.size() == 32);

    auto* writtenDown = child<QCheckBox>(createPage, "writtenDownCheck");
    auto* continueButton = child<QPushButton>(createPage, "continueButton");
    CHECK_FALSE(continueButton->isEnabled());
    QTest::mouseClick(writtenDown, Qt::LeftButton);
    REQUIRE(continueButton->isEnabled());
    QTest::mouseClick(continueButton, Qt::LeftButton);
    CHECK(codeLabel->text().isEmpty());

    auto* workspace = qobject_cast<fieldcase::ui::WorkspacePage*>(currentPage(window));
    REQUIRE(workspace != nullptr);
    CHECK(workspace->isVisible());
    CHECK(lockAction->isEnabled());

    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

    auto* unlockPage = child<fieldcase::ui::UnlockPage>(&window, "unlockPage");
    REQUIRE(currentPage(window) == unlockPage);
    CHECK_FALSE(vault.isUnlocked());
    CHECK(window.findChild<fieldcase::ui::WorkspacePage*>() == nullptr);
    CHECK_FALSE(lockAction->isEnabled());

    auto* unlockEdit = child<QLineEdit>(unlockPage, "unlockPassphraseEdit");
    auto* unlockButton = child<QPushButton>(unlockPage, "unlockButton");
    auto* errorLabel = child<QLabel>(unlockPage, "unlockErrorLabel");
    CHECK_FALSE(errorLabel->isVisible());
    CHECK_FALSE(unlockButton->isEnabled());

    typeText(unlockEdit, QStringLiteral("not the passphrase"));
    QTest::keyClick(unlockEdit, Qt::Key_Return);
    CHECK(unlockEdit->text().isEmpty());
    CHECK_FALSE(unlockEdit->isEnabled());
    REQUIRE(waitFor([&] { return unlockEdit->isEnabled(); }));
    CHECK(errorLabel->isVisible());
    CHECK_FALSE(errorLabel->text().isEmpty());
    CHECK(currentPage(window) == unlockPage);
    CHECK_FALSE(vault.isUnlocked());

    typeText(unlockEdit, kPassphrase);
    QTest::mouseClick(unlockButton, Qt::LeftButton);
    CHECK(unlockEdit->text().isEmpty());
    REQUIRE(waitFor([&] { return qobject_cast<fieldcase::ui::WorkspacePage*>(currentPage(window)) != nullptr; }));
    CHECK(vault.isUnlocked());
    CHECK(lockAction->isEnabled());
}

TEST_CASE("The window asks for the passphrase when the vault exists", "[ui]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString vaultDir = dir.filePath(QStringLiteral("vault"));
    {
        const std::unique_ptr<fieldcase::Services> founder = fieldcase::makeServices(vaultDir);
        fieldcase::CreateVaultRequest request;
        request.passphrase = fieldcase::SecretBytes::fromText("a long enough passphrase");
        request.deviceName = QStringLiteral("Laptop");
        request.strength = fieldcase::KdfStrength::Interactive;
        REQUIRE(founder->vault().create(std::move(request)).ok());
    }
    const std::unique_ptr<fieldcase::Services> services = fieldcase::makeServices(vaultDir);
    fieldcase::ui::AppWindow window(*services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* unlockPage = child<fieldcase::ui::UnlockPage>(&window, "unlockPage");
    CHECK(currentPage(window) == unlockPage);
    CHECK(window.findChild<fieldcase::ui::CreateVaultPage*>() == nullptr);
    CHECK(window.focusWidget() == child<QLineEdit>(unlockPage, "unlockPassphraseEdit"));
}
