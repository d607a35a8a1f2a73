// The Sync and Team screens with real services on two vaults: admitting a laptop, exchanging through a folder,
// resolving a conflict in one click, removing a laptop.
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"
#include "core/services/LocalVault.h"
#include "tests/support/TeamHarness.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/sync/AdmitDialog.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/TeamPage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using fieldcase::test::child;
using fieldcase::test::waitFor;

namespace {

std::unique_ptr<fieldcase::Services> makeLaptop(const QTemporaryDir& root, const QString& name, bool join) {
    auto services = fieldcase::makeServices(root.filePath(name));
    fieldcase::CreateVaultRequest request;
    request.passphrase = fieldcase::SecretBytes::fromText("a long enough passphrase");
    request.deviceName = name;
    request.strength = fieldcase::KdfStrength::Interactive;
    request.joinExistingTeam = join;
    REQUIRE(services->vault().create(std::move(request)).ok());
    return services;
}

// Exchanges through the page and waits for it to finish.
void exchange(fieldcase::ui::SyncPage& page) {
    QTest::mouseClick(child<QPushButton>(&page, "exchangeNow"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !page.isExchanging(); }));
}

}  // namespace

TEST_CASE("a coordinator admits a laptop - both exchange through a folder - a conflict is resolved in one click",
          "[ui][sync]") {
    QTemporaryDir root;
    auto office = makeLaptop(root, QStringLiteral("Office"), false);
    auto field = makeLaptop(root, QStringLiteral("Field"), true);
    const QString request = root.filePath(QStringLiteral("field.request"));
    const QString handover = root.filePath(QStringLiteral("stick"));
    const QString share = root.filePath(QStringLiteral("share"));
    QDir().mkpath(handover);
    QDir().mkpath(share);
    // The new laptop shows the steps of joining, and writes its request.
    fieldcase::ui::TeamPage joining(field->sync());
    REQUIRE(child<QWidget>(&joining, "joinPanel")->isVisibleTo(&joining));
    REQUIRE(joining.writeRequest(request));

    fieldcase::ui::TeamPage team(office->sync());
    const auto candidate = team.readRequest(request);
    REQUIRE(candidate->name == QStringLiteral("Field"));
    {
        // An ordinary request: the dialog shows the number to compare and removes nobody.
        fieldcase::ui::AdmitDialog dialog(*candidate);
        CHECK(child<QLabel>(&dialog, "safetyNumber")->text() == candidate->safetyNumber);
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("restoredFromLabel")) == nullptr);
        CHECK(dialog.replaces().isEmpty());
    }
    REQUIRE(team.admit(request, handover));
    auto* devices = child<QTreeWidget>(&team, "teamDevices");
    REQUIRE(devices->topLevelItemCount() == 2);

    // It imports its welcome, shows the whole safety number the coordinator saw and joins only when told they
    // match.
    QString joinedNumber;
    QObject::connect(&joining, &fieldcase::ui::TeamPage::joined, [&](const QString& number) { joinedNumber = number; });
    joining.importWelcome(handover);
    REQUIRE(waitFor([&] { return !joining.isImporting(); }));
    auto* pendingNumber = child<QLabel>(&joining, "pendingJoinNumber");
    REQUIRE(pendingNumber->isVisibleTo(&joining));
    REQUIRE(pendingNumber->text() == candidate->safetyNumber);
    REQUIRE(joinedNumber.isEmpty());
    REQUIRE(field->vault().info()->teamId.isEmpty());
    child<QPushButton>(&joining, "confirmJoin")->click();
    REQUIRE(waitFor([&] { return !joining.isImporting(); }));
    REQUIRE(joinedNumber == candidate->safetyNumber);
    REQUIRE(child<QTreeWidget>(&joining, "teamDevices")->topLevelItemCount() == 2);
    REQUIRE(!child<QWidget>(&joining, "joinPanel")->isVisibleTo(&joining));

    const QString id =
        *office->records().create(QStringLiteral("case"), {{QStringLiteral("title"), QStringLiteral("Рынок")}});
    // By hand only, so that each step below is the test's (automatic exchange has its own tests in the core).
    fieldcase::SyncSettings manual;
    manual.watchFolders = false;
    manual.useSticks = false;
    REQUIRE(office->sync().setSettings(manual).ok());
    REQUIRE(field->sync().setSettings(manual).ok());
    fieldcase::ui::SyncPage officeSync(office->sync());
    fieldcase::ui::SyncPage fieldSync(field->sync());
    officeSync.addFolder(share);
    fieldSync.addFolder(share);
    REQUIRE(office->sync().settings()->folders == QStringList{share});
    auto* folders = child<QListWidget>(&officeSync, "syncFolders");
    REQUIRE(folders->item(0)->text().contains(QStringLiteral("no exchange yet")));
    exchange(officeSync);
    REQUIRE(folders->item(0)->text().contains(QStringLiteral("last exchange")));
    exchange(fieldSync);
    REQUIRE(field->records().get(QStringLiteral("case"), id)->fields.value(QStringLiteral("title")) ==
            QStringLiteral("Рынок"));
    const QString result = child<QLabel>(&fieldSync, "syncResult")->text();
    INFO(result.toStdString());
    REQUIRE(result.contains(QStringLiteral("Received 1 change")));

    // Both change the title without seeing each other's change: one conflict, resolved once.
    REQUIRE(
        office->records().update(QStringLiteral("case"), id, {{QStringLiteral("title"), QStringLiteral("A")}}).ok());
    REQUIRE(field->records().update(QStringLiteral("case"), id, {{QStringLiteral("title"), QStringLiteral("B")}}).ok());
    exchange(officeSync);
    exchange(fieldSync);
    exchange(officeSync);
    auto* inbox = child<QTreeWidget>(&officeSync, "conflictsInbox");
    REQUIRE(inbox->topLevelItemCount() == 1);
    fieldcase::test::saveScreenshot(&officeSync, "sync");
    fieldcase::test::saveScreenshot(&team, "team");
    REQUIRE(inbox->isVisibleTo(&officeSync));
    QTest::mouseClick(child<QPushButton>(&officeSync, "keepVersion0_2"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return inbox->topLevelItemCount() == 0; }));
    REQUIRE(office->sync().conflicts()->empty());
    exchange(officeSync);
    exchange(fieldSync);
    REQUIRE(field->sync().conflicts()->empty());
    REQUIRE(field->records().get(QStringLiteral("case"), id)->fields.value(QStringLiteral("title")) ==
            office->records().get(QStringLiteral("case"), id)->fields.value(QStringLiteral("title")));

    // Automatic exchange tells the person what came in by counts, never by content: the notice may show outside
    // the page.
    const QString secretTitle = QStringLiteral("Айгуль, рынок «Садовод», павильон 12");
    REQUIRE(office->records().create(QStringLiteral("case"), {{QStringLiteral("title"), secretTitle}}).ok());
    exchange(officeSync);
    QSignalSpy notices(&fieldSync, &fieldcase::ui::SyncPage::notice);
    fieldcase::SyncSettings automatic = manual;
    automatic.folders = QStringList{share};
    automatic.watchFolders = true;
    REQUIRE(field->sync().setSettings(automatic).ok());
    fieldSync.reloadSettings();
    REQUIRE(notices.wait(fieldcase::test::kWorkerTimeoutMs));
    const QString notice = notices.first().first().toString();
    INFO(notice.toStdString());
    REQUIRE(notice.contains(QStringLiteral("1 change")));
    REQUIRE_FALSE(notice.contains(QStringLiteral("Айгуль")));
    REQUIRE_FALSE(notice.contains(QStringLiteral("Садовод")));
    REQUIRE(field->sync().setSettings(manual).ok());
    fieldSync.reloadSettings();

    // The Team screen says when each laptop was last heard from.
    team.reload();
    REQUIRE(devices->topLevelItem(0)->text(3) == QStringLiteral("—"));
    REQUIRE(devices->topLevelItem(1)->text(3) != QStringLiteral("not yet"));
    REQUIRE_FALSE(devices->topLevelItem(1)->text(3).contains(QStringLiteral("ahead")));

    // The field laptop purges the office's case: it is held on the office until the coordinator purges it there.
    auto* held = child<QTreeWidget>(&team, "heldPurges");
    REQUIRE_FALSE(child<QWidget>(&team, "heldPurgesPanel")->isVisibleTo(&team));
    REQUIRE(field->records().purge(QStringLiteral("case"), id).ok());
    REQUIRE(field->sync().exchange(share, {}).ok());
    const auto received = office->sync().exchange(share, {});
    REQUIRE(received->received.warnings.size() == 1);
    REQUIRE(office->records().get(QStringLiteral("case"), id).ok());
    team.reload();
    REQUIRE(child<QWidget>(&team, "heldPurgesPanel")->isVisibleTo(&team));
    REQUIRE(held->topLevelItemCount() == 1);
    REQUIRE(held->topLevelItem(0)->text(0) == QStringLiteral("Field"));
    const QString title =
        office->records().get(QStringLiteral("case"), id)->fields.value(QStringLiteral("title")).toString();
    REQUIRE(held->topLevelItem(0)->text(1).endsWith(QStringLiteral(" · ") + title));
    auto* confirm = child<QPushButton>(&team, "confirmHeldPurges");
    REQUIRE_FALSE(confirm->isEnabled());
    held->setCurrentItem(held->topLevelItem(0));
    REQUIRE(confirm->isEnabled());
    fieldcase::test::saveScreenshot(&team, "team-held-purges");
    REQUIRE(team.confirmHeldPurges(0));
    REQUIRE(!office->records().get(QStringLiteral("case"), id).ok());
    REQUIRE(held->topLevelItemCount() == 0);
    REQUIRE_FALSE(child<QWidget>(&team, "heldPurgesPanel")->isVisibleTo(&team));

    // The coordinator removes the field laptop: shown as removed.
    REQUIRE(team.removeDevice(1));
    REQUIRE(devices->topLevelItem(1)->text(2) == QStringLiteral("Removed"));
}

TEST_CASE("a forged welcome beside the real one is discarded alone and the real one is then shown", "[ui][sync]") {
    QTemporaryDir root;
    auto office = makeLaptop(root, QStringLiteral("Office"), false);
    auto forger = makeLaptop(root, QStringLiteral("Forger"), false);
    auto field = makeLaptop(root, QStringLiteral("Field"), true);
    const QString request = root.filePath(QStringLiteral("field.request"));
    const QString stick = root.filePath(QStringLiteral("stick"));
    QDir().mkpath(stick);
    fieldcase::ui::TeamPage joining(field->sync());
    REQUIRE(joining.writeRequest(request));
    // The request is not secret: a forger writes a welcome of its own beside the coordinator's.
    auto forged = forger->sync().approve(request, stick, true, {});
    auto real = office->sync().approve(request, stick, false, {});
    REQUIRE(forged.ok());
    REQUIRE(real.ok());
    // The forged file the newer, so that it is the one shown first.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& [file, age] : {std::pair(forged->welcomeFile, 0), std::pair(real->welcomeFile, -60)}) {
        QFile handle(file);
        REQUIRE(handle.open(QIODevice::ReadWrite));
        REQUIRE(handle.setFileTime(now.addSecs(age), QFileDevice::FileModificationTime));
    }

    QString joinedNumber;
    QObject::connect(&joining, &fieldcase::ui::TeamPage::joined, [&](const QString& number) { joinedNumber = number; });
    joining.importWelcome(stick);
    REQUIRE(waitFor([&] { return !joining.isImporting(); }));
    auto* shown = child<QLabel>(&joining, "pendingJoinNumber");
    // The numbers differ from the coordinator's screen: the worker discards, and the real one is shown.
    REQUIRE(shown->text() == forged->device.safetyNumber);
    child<QPushButton>(&joining, "discardJoin")->click();
    REQUIRE(child<QLabel>(&joining, "joinStatus")->text().contains(QStringLiteral("Another one is waiting")));
    REQUIRE(shown->text() == real->device.safetyNumber);
    REQUIRE(field->vault().info()->teamId.isEmpty());
    child<QPushButton>(&joining, "confirmJoin")->click();
    REQUIRE(waitFor([&] { return !joining.isImporting(); }));
    REQUIRE(joinedNumber == real->device.safetyNumber);
    REQUIRE(field->vault().info()->teamId == office->vault().info()->teamId);
}

TEST_CASE("the admit dialog says which laptop a restored one replaces - admitting it removes that laptop",
          "[ui][sync][backup]") {
    fieldcase::test::Team team(2);
    QTemporaryDir sticks;
    team[1].add(QStringLiteral("Only in the backup"));
    auto file = team[1].vault.backup(sticks.path());
    REQUIRE(file.ok());
    const QString restoredDir = team.root.filePath(QStringLiteral("restored"));
    {
        fieldcase::test::SkewedClock clock;
        fieldcase::LocalVault vault(restoredDir, {}, &clock);
        fieldcase::RestoreRequest restore;
        restore.backupFile = *file;
        restore.secret = fieldcase::test::secret(fieldcase::test::kLaptopPassphrase);
        REQUIRE(vault.restore(std::move(restore)).ok());
    }
    fieldcase::test::Laptop restored(restoredDir);
    const QString request = sticks.filePath(QStringLiteral("restored.request"));
    REQUIRE(restored.sync.writeEnrolmentRequest(request).ok());

    fieldcase::ui::TeamPage page(team[0].sync);
    const auto candidate = page.readRequest(request);
    REQUIRE(candidate);
    fieldcase::ui::AdmitDialog dialog(*candidate);
    const QString said = child<QLabel>(&dialog, "restoredFromLabel")->text();
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("restored from a backup of “Laptop B”")));
    CHECK(said.contains(QStringLiteral("removes “Laptop B” from the team")));
    CHECK(said.contains(QStringLiteral("up to its change %1").arg(candidate->restoredUpTo)));
    const QString oldDevice = team[1].vault.info()->deviceId;
    CHECK(dialog.replaces() == oldDevice);

    // What the dialog confirms is what the page admits with: the restored laptop in, the old one removed.
    const QString welcome = sticks.filePath(QStringLiteral("welcome"));
    QDir().mkpath(welcome);
    REQUIRE(page.admit(request, welcome, dialog.replaces()));
    auto devices = team[0].sync.team();
    REQUIRE(devices.ok());
    const auto statusOf = [&](const QString& id) {
        for (const auto& device : *devices)
            if (device.deviceId == id) return device.status;
        return QStringLiteral("<absent>");
    };
    CHECK(statusOf(oldDevice) == QStringLiteral("removed"));
    CHECK(statusOf(restored.vault.info()->deviceId) == QStringLiteral("active"));
}
