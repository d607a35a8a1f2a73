// The Settings screen: preferences applied at once, the passphrase changed, a new vault key, unlock times measured,
// the stick folder.
#include "core/api/RecordService.h"
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"
#include "tests/ui/AppWindowFixture.h"
#include "ui/security/InactivityWatch.h"
#include "ui/settings/BackupScheduler.h"
#include "ui/settings/BackupSection.h"
#include "ui/settings/Preferences.h"
#include "ui/settings/SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

using fieldcase::test::AppWindowFixture;
using fieldcase::test::child;
using fieldcase::test::kMinute;
using fieldcase::test::kWindowPassphrase;
using fieldcase::test::typeText;
using fieldcase::test::waitFor;

namespace {

fieldcase::ui::SettingsPage* openSettings(AppWindowFixture& app) {
    app.unlock();
    auto* nav = child<QListWidget>(app.window.get(), "workspaceNav");
    const QList<QListWidgetItem*> items = nav->findItems(QStringLiteral("Settings"), Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    nav->setCurrentItem(items.front());
    auto* page = child<fieldcase::ui::SettingsPage>(app.window.get(), "settingsPage");
    REQUIRE(page->isVisible());
    return page;
}

}  // namespace

TEST_CASE("settings for this laptop are kept and applied at once", "[ui][settings]") {
    AppWindowFixture app;
    fieldcase::ui::SettingsPage* page = openSettings(app);
    const fieldcase::ui::Preferences preferences(app.preferencesFile());

    child<QCheckBox>(page, "neutralTitleCheck")->click();
    REQUIRE(app.window->windowTitle() == QStringLiteral("Documents"));
    REQUIRE(preferences.neutralTitle());

    auto* language = child<QComboBox>(page, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    REQUIRE(preferences.language() == QStringLiteral("ru"));

    // A shorter auto-lock counts from now.
    child<QSpinBox>(page, "autoLockSpin")->setValue(1);
    REQUIRE(preferences.autoLockMinutes() == 1);
    auto* watch = child<fieldcase::ui::InactivityWatch>(app.window.get(), "idleWatch");
    app.now += kMinute;
    watch->check();
    REQUIRE_FALSE(app.workspaceOpen());

    // The neutral title stays on the unlock page and after a restart.
    REQUIRE(app.window->windowTitle() == QStringLiteral("Documents"));
    fieldcase::ui::AppWindowOptions options;
    options.preferencesFile = app.preferencesFile();
    const fieldcase::ui::AppWindow restarted(*app.services, options);
    REQUIRE(restarted.windowTitle() == QStringLiteral("Documents"));
}

TEST_CASE("the passphrase and its strength are changed from the settings", "[ui][settings]") {
    AppWindowFixture app;
    fieldcase::ui::SettingsPage* page = openSettings(app);
    REQUIRE(child<QLabel>(page, "strengthNowLabel")->text().contains(QStringLiteral("Fast")));

    // A wrong current passphrase changes nothing.
    const QString newPassphrase = QStringLiteral("другая длинная фраза");
    typeText(child<QLineEdit>(page, "currentPassphraseEdit"), QStringLiteral("not the passphrase"));
    typeText(child<QLineEdit>(page, "passphraseEdit"), newPassphrase);
    typeText(child<QLineEdit>(page, "confirmPassphraseEdit"), newPassphrase);
    auto* change = child<QPushButton>(page, "changePassphraseButton");
    REQUIRE(change->isEnabled());
    change->click();
    auto* result = child<QLabel>(page, "passphraseResultLabel");
    REQUIRE(waitFor([&] { return !result->isHidden(); }));
    REQUIRE_FALSE(result->text().contains(QStringLiteral("changed")));

    typeText(child<QLineEdit>(page, "currentPassphraseEdit"), kWindowPassphrase);
    typeText(child<QLineEdit>(page, "passphraseEdit"), newPassphrase);
    typeText(child<QLineEdit>(page, "confirmPassphraseEdit"), newPassphrase);
    child<QComboBox>(page, "newStrengthCombo")->setCurrentIndex(0);
    change->click();
    REQUIRE(waitFor([&] { return result->text().contains(QStringLiteral("changed")); }));

    app.window->lock();
    app.tryPassphrase(kWindowPassphrase);
    REQUIRE_FALSE(app.workspaceOpen());
    app.tryPassphrase(newPassphrase);
    REQUIRE(app.workspaceOpen());
}

TEST_CASE("a new vault key is made from the settings and its recovery code is shown once", "[ui][settings]") {
    AppWindowFixture app;
    fieldcase::ui::SettingsPage* page = openSettings(app);
    auto* passphrase = child<QLineEdit>(page, "vaultKeyPassphraseEdit");
    auto* newKey = child<QPushButton>(page, "newVaultKeyButton");
    auto* error = child<QLabel>(page, "vaultKeyErrorLabel");
    auto* panel = child<QWidget>(page, "newRecoveryCodePanel");
    auto* code = child<QLabel>(page, "newRecoveryCodeLabel");
    REQUIRE_FALSE(newKey->isEnabled());

    // A wrong passphrase changes nothing.
    typeText(passphrase, QStringLiteral("not the passphrase"));
    newKey->click();
    REQUIRE(waitFor([&] { return !error->isHidden(); }));
    REQUIRE(panel->isHidden());
    REQUIRE(passphrase->text().isEmpty());

    typeText(passphrase, kWindowPassphrase);
    newKey->click();
    REQUIRE(waitFor([&] { return !panel->isHidden(); }));
    REQUIRE(error->isHidden());
    const QString shown = code->text().replace(QLatin1Char('\n'), QLatin1Char('-'));
    REQUIRE(shown.size() == 8 * 4 + 7);
    REQUIRE(shown != app.recoveryCode);
    REQUIRE(app.workspaceOpen());

    auto* done = child<QPushButton>(page, "newCodeDoneButton");
    REQUIRE_FALSE(done->isEnabled());
    child<QCheckBox>(page, "newCodeWrittenDownCheck")->click();
    done->click();
    REQUIRE(panel->isHidden());
    REQUIRE(code->text().isEmpty());

    // The passphrase stays; the old recovery code is gone, the new one works.
    app.window->lock();
    auto& vault = app.services->vault();
    REQUIRE_FALSE(vault
                      .recover(fieldcase::SecretBytes::fromText(app.recoveryCode.toStdString()),
                               fieldcase::SecretBytes::fromText("another long passphrase"))
                      .ok());
    REQUIRE(vault
                .recover(fieldcase::SecretBytes::fromText(shown.toStdString()),
                         fieldcase::SecretBytes::fromText("another long passphrase"))
                .ok());
}

TEST_CASE("unlock times are measured on this laptop for each strength", "[ui][settings]") {
    AppWindowFixture app;
    fieldcase::ui::SettingsPage* page = openSettings(app);
    auto* timings = child<QLabel>(page, "timingsLabel");
    REQUIRE(timings->isHidden());
    child<QPushButton>(page, "measureButton")->click();
    REQUIRE(waitFor([&] { return !timings->isHidden(); }));
    const QStringList lines = timings->text().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    for (const char* name : {"Fast", "Standard", "Strongest"}) {
        INFO(name);
        REQUIRE(timings->text().contains(QString::fromLatin1(name)));
    }
    for (const QString& line : lines)
        REQUIRE(line.contains(QStringLiteral(" s on this laptop")));
    // The choices for a new passphrase show them too.
    REQUIRE(child<QComboBox>(page, "newStrengthCombo")->itemText(2).contains(QStringLiteral("on this laptop")));
}

TEST_CASE("the folder on USB sticks is renamed from the settings and a bad name is refused", "[ui][settings]") {
    AppWindowFixture app;
    fieldcase::ui::SettingsPage* page = openSettings(app);
    auto* folder = child<QLineEdit>(page, "stickFolderEdit");
    REQUIRE(folder->text() == QStringLiteral("backup"));

    folder->setText(QStringLiteral("photos/2025"));
    child<QPushButton>(page, "saveStickFolderButton")->click();
    REQUIRE_FALSE(child<QLabel>(page, "syncSettingsErrorLabel")->isHidden());
    REQUIRE(app.services->sync().settings()->stickFolder == QStringLiteral("backup"));

    folder->setText(QStringLiteral("photos"));
    child<QPushButton>(page, "saveStickFolderButton")->click();
    REQUIRE(child<QLabel>(page, "syncSettingsErrorLabel")->isHidden());
    REQUIRE(app.services->sync().settings()->stickFolder == QStringLiteral("photos"));
}

TEST_CASE("preferences are kept on a fresh account and an edited file cannot switch the auto-lock off",
          "[ui][settings]") {
    QTemporaryDir home;
    // The configuration folder does not exist yet on a laptop where Fieldcase never ran.
    const QString file = home.filePath(QStringLiteral("config/fieldcase/preferences.ini"));
    fieldcase::ui::Preferences(file).setAutoLockMinutes(12);
    fieldcase::ui::Preferences(file).setLanguage(QStringLiteral("ru"));
    const fieldcase::ui::Preferences reread(file);
    REQUIRE(reread.autoLockMinutes() == 12);
    REQUIRE(reread.language() == QStringLiteral("ru"));

    {
        QSettings edited(file, QSettings::IniFormat);
        edited.setValue(QStringLiteral("auto_lock_minutes"), 0);
        edited.setValue(QStringLiteral("language"), QStringLiteral("de"));
    }
    REQUIRE(reread.autoLockMinutes() == fieldcase::ui::Preferences::kMinAutoLockMinutes);
    REQUIRE(reread.language().isEmpty());
}

TEST_CASE(
    "a duress passphrase set in Settings opens the decoy at the unlock page, and then the passphrase opens "
    "nothing",
    "[ui][settings][duress]") {
    AppWindowFixture app;
    fieldcase::ui::SettingsPage* page = openSettings(app);
    auto* status = child<QLabel>(page, "duressStatusLabel");
    auto* owner = child<QLineEdit>(page, "duressOwnerPassphraseEdit");
    auto* duress = child<QLineEdit>(page, "duressPassphraseEdit");
    auto* again = child<QLineEdit>(page, "duressConfirmEdit");
    auto* set = child<QPushButton>(page, "setDuressButton");
    auto* result = child<QLabel>(page, "duressResultLabel");
    REQUIRE(status->text().contains(QStringLiteral("No duress passphrase")));
    REQUIRE_FALSE(set->isEnabled());

    const QString duressPassphrase = QStringLiteral("what they will hear from me");
    typeText(owner, QStringLiteral("not the passphrase"));
    typeText(duress, duressPassphrase);
    typeText(again, duressPassphrase);
    REQUIRE(set->isEnabled());
    set->click();
    REQUIRE(waitFor([&] { return !result->isHidden(); }));
    REQUIRE(status->text().contains(QStringLiteral("No duress passphrase")));

    typeText(owner, kWindowPassphrase);
    typeText(duress, duressPassphrase);
    typeText(again, duressPassphrase);
    set->click();
    REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("A duress passphrase is set")); }));
    REQUIRE(owner->text().isEmpty());
    REQUIRE(duress->text().isEmpty());

    app.window->lock();
    app.tryPassphrase(duressPassphrase);
    REQUIRE(app.workspaceOpen());
    auto info = app.services->vault().info();
    REQUIRE(info.ok());
    CHECK_FALSE(info->duressPassphraseSet);  // the decoy's Settings do not give it away
    auto cases = app.services->records().listCases({});
    REQUIRE(cases.ok());
    CHECK(cases->rows.size() == 5);

    app.window->lock();
    app.tryPassphrase(kWindowPassphrase);
    CHECK_FALSE(app.workspaceOpen());
}

TEST_CASE("the duress passphrase is removed in Settings with the owner's passphrase only", "[ui][settings][duress]") {
    AppWindowFixture app;
    fieldcase::ui::SettingsPage* page = openSettings(app);
    auto* status = child<QLabel>(page, "duressStatusLabel");
    auto* owner = child<QLineEdit>(page, "duressOwnerPassphraseEdit");
    auto* remove = child<QPushButton>(page, "removeDuressButton");
    auto* result = child<QLabel>(page, "duressResultLabel");
    REQUIRE(app.services->vault()
                .setDuressPassphrase(fieldcase::SecretBytes::fromText(kWindowPassphrase.toUtf8().constData()),
                                     fieldcase::SecretBytes::fromText("what they will hear from me"),
                                     fieldcase::DuressDecoyLanguage::English)
                .ok());
    page->reload();
    REQUIRE(status->text().contains(QStringLiteral("A duress passphrase is set")));

    typeText(owner, QStringLiteral("not the passphrase"));
    REQUIRE(remove->isEnabled());
    remove->click();
    REQUIRE(waitFor([&] { return !result->isHidden(); }));
    CHECK(app.services->vault().info()->duressPassphraseSet);

    typeText(owner, kWindowPassphrase);
    remove->click();
    REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("No duress passphrase")); }));
    CHECK_FALSE(app.services->vault().info()->duressPassphraseSet);
    app.window->lock();
    app.tryPassphrase(QStringLiteral("what they will hear from me"));
    CHECK_FALSE(app.workspaceOpen());
    app.tryPassphrase(kWindowPassphrase);
    CHECK(app.workspaceOpen());
}

TEST_CASE("a backup is written from the settings and the schedule is kept in the vault", "[ui][settings][backup]") {
    AppWindowFixture app;
    auto* page = openSettings(app);
    auto* section = child<fieldcase::ui::BackupSection>(page, "backupSection");
    QTemporaryDir stick;
    section->backUpTo(stick.path());
    auto* result = child<QLabel>(section, "backupResultLabel");
    REQUIRE(waitFor([&] { return child<QPushButton>(section, "backUpNowButton")->isEnabled(); }));
    CHECK(result->text().contains(QStringLiteral(".fcbackup")));
    CHECK(QDir(stick.path()).entryList({QStringLiteral("*.fcbackup")}, QDir::Files).size() == 1);
    fieldcase::test::saveScreenshot(section, "settings-backups");

    // The schedule: no folder yet, so it cannot be switched on; with one it is, and the vault keeps it.
    // The folder is read on a worker thread; the controls wait for it.
    auto* every = child<QComboBox>(section, "backupEveryCombo");
    auto* last = child<QLabel>(section, "lastBackupLabel");
    REQUIRE(waitFor([&] { return last->text().contains(QStringLiteral("Choose the folder")); }));
    CHECK_FALSE(every->isEnabled());
    REQUIRE(app.services->vault().setBackupSchedule({stick.path(), 7}).ok());
    section->reload();
    CHECK(last->text().contains(QStringLiteral("Looking")));
    REQUIRE(waitFor([&] { return every->isEnabled(); }));
    CHECK(every->currentData().toInt() == 7);
    CHECK(last->text().contains(QStringLiteral("newest backup")));
    every->setCurrentIndex(every->findData(1));
    Q_EMIT every->activated(every->currentIndex());
    CHECK(app.services->vault().backupSchedule()->everyDays == 1);
}

TEST_CASE("the workspace writes a scheduled backup when one is due and says so in the status bar",
          "[ui][settings][backup]") {
    AppWindowFixture app;
    app.unlock();
    auto* scheduler = child<fieldcase::ui::BackupScheduler>(app.window.get(), "backupScheduler");
    QTemporaryDir stick;
    const auto backups = [&] { return QDir(stick.path()).entryList({QStringLiteral("*.fcbackup")}, QDir::Files); };
    const auto notice = [&] { return app.window->statusBar()->currentMessage(); };

    // No schedule: nothing is written and nothing is said.
    scheduler->check();
    REQUIRE(waitFor([&] { return !scheduler->isChecking(); }));
    QCoreApplication::processEvents();  // the check's end, and a notice if it wrote one
    CHECK(backups().isEmpty());
    CHECK(notice().isEmpty());

    REQUIRE(app.services->vault().setBackupSchedule({stick.path(), 7}).ok());
    scheduler->check();
    REQUIRE(waitFor([&] { return notice() == QStringLiteral("A scheduled backup was written."); }));
    CHECK(backups().size() == 1);

    // Asked again within the week: the week's backup is there, none is due (the due rule against the clock is
    // tested in the core, tests/core/BackupTests.cpp).
    app.window->statusBar()->clearMessage();
    scheduler->check();
    REQUIRE(waitFor([&] { return !scheduler->isChecking(); }));
    QCoreApplication::processEvents();  // the check's end, and a notice if it wrote one
    CHECK(backups().size() == 1);
    CHECK(notice().isEmpty());
}
