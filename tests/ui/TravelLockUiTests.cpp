// Travel lock through the windows a worker and a coordinator use: the dialog that locks, the Team screen that writes
// the release file, and the unlock page that opens with it (docs/threat-model.md, "Travel lock").
#include "tests/support/TeamHarness.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/sync/TeamPage.h"
#include "ui/vault/TravelLockDialog.h"
#include "ui/vault/UnlockPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using fieldcase::test::child;
using fieldcase::test::typeText;
using fieldcase::test::waitFor;

TEST_CASE(
    "a worker travel-locks in the dialog, a coordinator writes the release file on the Team screen, and the "
    "unlock page opens with it",
    "[ui][travel]") {
    fieldcase::test::Team team(2);
    fieldcase::test::Laptop& coordinator = team[0];
    fieldcase::test::Laptop& worker = team[1];
    const QString passphrase = QString::fromLatin1(fieldcase::test::kLaptopPassphrase);
    const QString workerName = worker.vault.info()->deviceName;

    // Before any exchange no coordinator holds the release key: the dialog says so and the vault stays open.
    {
        fieldcase::ui::TravelLockDialog dialog(worker.vault);
        typeText(child<QLineEdit>(&dialog, "travelLockPassphraseEdit"), passphrase);
        child<QPushButton>(&dialog, "travelLockButton")->click();
        auto* error = child<QLabel>(&dialog, "travelLockErrorLabel");
        REQUIRE(waitFor([&] { return !error->isHidden(); }));
        CHECK(worker.vault.isUnlocked());
        CHECK(dialog.result() != QDialog::Accepted);
    }
    fieldcase::test::requireClean(coordinator.receive(worker));
    fieldcase::test::requireClean(worker.receive(coordinator));
    {
        fieldcase::ui::TravelLockDialog dialog(worker.vault);
        typeText(child<QLineEdit>(&dialog, "travelLockPassphraseEdit"), passphrase);
        child<QPushButton>(&dialog, "travelLockButton")->click();
        REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
        CHECK_FALSE(worker.vault.isUnlocked());
    }

    QTemporaryDir stick;
    fieldcase::ui::TeamPage teamPage(coordinator.sync);
    auto* devices = child<QTreeWidget>(&teamPage, "teamDevices");
    auto* release = child<QPushButton>(&teamPage, "writeTravelRelease");
    CHECK_FALSE(release->isEnabled());
    int workerRow = -1;
    for (int row = 0; row < devices->topLevelItemCount(); ++row) {
        if (devices->topLevelItem(row)->text(0) == workerName) workerRow = row;
    }
    REQUIRE(workerRow >= 0);
    devices->setCurrentItem(devices->topLevelItem(workerRow));
    CHECK(release->isEnabled());
    REQUIRE(teamPage.writeTravelRelease(workerRow, stick.path()));

    fieldcase::ui::UnlockPage unlockPage(worker.vault);
    QSignalSpy unlocked(&unlockPage, &fieldcase::ui::UnlockPage::unlocked);
    // The passphrase alone: wrong.
    typeText(child<QLineEdit>(&unlockPage, "unlockPassphraseEdit"), passphrase);
    child<QPushButton>(&unlockPage, "unlockButton")->click();
    auto* error = child<QLabel>(&unlockPage, "unlockErrorLabel");
    REQUIRE(waitFor([&] { return !error->isHidden(); }));
    CHECK(unlocked.isEmpty());
    // With the release file.
    typeText(child<QLineEdit>(&unlockPage, "unlockPassphraseEdit"), passphrase);
    REQUIRE(child<QPushButton>(&unlockPage, "releaseFileButton")->isEnabled());
    unlockPage.unlockWithReleaseFrom(stick.path());
    REQUIRE(waitFor([&] { return unlocked.count() == 1; }));
    CHECK(worker.vault.isUnlocked());
}
