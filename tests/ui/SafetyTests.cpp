// Field safety in the window: quick-hide, the session lock, failed attempts and the recovery code.
#include "core/api/VaultService.h"
#include "tests/ui/AppWindowFixture.h"
#include "ui/security/DestroyKeysCountdown.h"
#include "ui/security/InactivityWatch.h"
#include "ui/security/SessionWatch.h"
#include "ui/settings/Preferences.h"
#include "ui/vault/TravelLockDialog.h"
#include "ui/widgets/FileDialogs.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using fieldcase::test::AppWindowFixture;
using fieldcase::test::child;
using fieldcase::test::kMinute;
using fieldcase::test::kWindowPassphrase;
using fieldcase::test::typeText;
using fieldcase::test::waitFor;

namespace {

QWidget* currentPage(const AppWindowFixture& app) {
    return child<QStackedWidget>(app.window.get(), "pageStack")->currentWidget();
}

// A private D-Bus daemon for the length of a test, standing in for the system and session buses.
struct PrivateBus {
    QProcess daemon;
    QString address;

    PrivateBus() {
        daemon.start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        REQUIRE(daemon.waitForStarted());
        REQUIRE(waitFor([&] { return daemon.canReadLine(); }));
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        REQUIRE_FALSE(address.isEmpty());
    }
    ~PrivateBus() {
        daemon.kill();
        daemon.waitForFinished();
    }
    QDBusConnection connect(const QString& name) const { return QDBusConnection::connectToBus(address, name); }
};

}  // namespace

TEST_CASE("quick-hide locks the vault and leaves a neutral window until a key is pressed", "[ui][safety]") {
    AppWindowFixture app;
    app.unlock();
    child<QAction>(app.window.get(), "hideAction")->trigger();

    REQUIRE(waitFor([&] { return !app.services->vault().isUnlocked(); }));
    REQUIRE_FALSE(app.workspaceOpen());
    REQUIRE(currentPage(app)->objectName() == QStringLiteral("neutralPage"));
    REQUIRE(app.window->windowTitle() == QStringLiteral("Documents"));
    // Qt appends the display name to every title ("Documents — Fieldcase"), and the icon is the app's own.
    CHECK(QGuiApplication::applicationDisplayName() == QStringLiteral("Documents"));
    const QImage appIcon = QIcon(QStringLiteral(":/icons/fieldcase.svg")).pixmap(32).toImage();
    CHECK(app.window->windowIcon().pixmap(32).toImage() != appIcon);
    REQUIRE(app.window->menuBar()->isHidden());

    // Shift alone (still held from the shortcut) changes nothing; a real key brings the unlock page.
    QTest::keyClick(currentPage(app), Qt::Key_Shift);
    REQUIRE(currentPage(app)->objectName() == QStringLiteral("neutralPage"));
    QTest::keyClick(currentPage(app), Qt::Key_Space);
    REQUIRE(currentPage(app) == app.unlockPage());
    REQUIRE(app.window->windowTitle() == QStringLiteral("Fieldcase"));
    CHECK(QGuiApplication::applicationDisplayName() == QStringLiteral("Fieldcase"));
    CHECK(app.window->windowIcon().pixmap(32).toImage() == appIcon);
    REQUIRE_FALSE(app.window->menuBar()->isHidden());
    app.unlock();
}

TEST_CASE("choosing a file leaves no folder or file name in Qt's dialog memory or the recent files", "[ui][safety]") {
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/fieldcase-secret-folder-XXXXXX"));
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("passport-scan.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const QString folderName = QFileInfo(folder.path()).fileName();
    // Where Qt's dialog would remember the folder, and where a desktop's dialog lists recent files.
    const QStringList traces{
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/QtProject.conf"),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/recently-used.xbel")};

    // The person picks the file in the dialog.
    QTimer pick;
    pick.setInterval(20);
    QObject::connect(&pick, &QTimer::timeout, [&] {
        QFileDialog* dialog = nullptr;
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (auto* shown = qobject_cast<QFileDialog*>(window); shown != nullptr && shown->isVisible())
                dialog = shown;
        }
        if (dialog == nullptr) return;
        pick.stop();
        // Typed into the file name field, as a person would (selectFile() leaves a focused field alone).
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        if (name == nullptr) {
            dialog->reject();  // and the check below fails
            return;
        }
        name->setText(path);
        static_cast<QDialog*>(dialog)->accept();  // QFileDialog::accept, as its Open button calls it
    });
    pick.start();
    CHECK(fieldcase::ui::chooseFileToOpen(nullptr, QStringLiteral("Add a file to the case"), folder.path()) == path);

    for (const QString& trace : traces) {
        QFile written(trace);
        if (!written.open(QIODevice::ReadOnly)) continue;  // nothing written at all
        INFO(trace.toStdString());
        CHECK_FALSE(written.readAll().contains(folderName.toUtf8()));
    }
}

TEST_CASE("the vault locks when the session locks or the laptop goes to sleep", "[ui][safety]") {
    PrivateBus bus;
    const QDBusConnection listener = bus.connect(QStringLiteral("fieldcase-listener"));
    const QDBusConnection desktop = bus.connect(QStringLiteral("fieldcase-desktop"));
    REQUIRE(listener.isConnected());
    fieldcase::ui::SessionWatch watch(listener, listener);
    QSignalSpy locking(&watch, &fieldcase::ui::SessionWatch::sessionLocking);

    const auto send = [&](const char* path, const char* interface, const char* name, const QVariantList& arguments) {
        QDBusMessage signal = QDBusMessage::createSignal(QString::fromLatin1(path), QString::fromLatin1(interface),
                                                         QString::fromLatin1(name));
        signal.setArguments(arguments);
        REQUIRE(desktop.send(signal));
    };
    // The watch subscribes through the bus daemon, and a signal sent before its match rules arrive there is lost
    // (seen on a loaded machine): going to sleep is sent until it is heard.
    REQUIRE(waitFor([&] {
        send("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", {true});
        return locking.wait(500);
    }));
    QTest::qWait(200);
    locking.clear();
    // Waking up and the screen saver ending are no reason to lock; signals arrive in the order sent.
    send("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", {false});
    send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", {false});
    send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", {true});
    send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", {true});
    send("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock", {});
    REQUIRE(waitFor([&] { return locking.count() >= 3; }));
    QTest::qWait(200);
    REQUIRE(locking.count() == 3);

    // And the window acts on it.
    AppWindowFixture app;
    app.unlock();
    Q_EMIT child<fieldcase::ui::SessionWatch>(app.window.get(), "sessionWatch")->sessionLocking();
    REQUIRE_FALSE(app.workspaceOpen());
    REQUIRE_FALSE(app.services->vault().isUnlocked());
}

TEST_CASE("the auto-lock delay comes from the preferences", "[ui][safety]") {
    AppWindowFixture app;
    fieldcase::ui::Preferences(app.preferencesFile()).setAutoLockMinutes(2);
    app.unlock();
    auto* watch = child<fieldcase::ui::InactivityWatch>(app.window.get(), "idleWatch");
    app.now += 2 * kMinute - 1;
    watch->check();
    REQUIRE(app.workspaceOpen());
    app.now += 1;
    watch->check();
    REQUIRE_FALSE(app.workspaceOpen());
}

TEST_CASE("wrong passphrases make each further attempt wait longer", "[ui][safety]") {
    AppWindowFixture app;
    fieldcase::ui::UnlockPage* page = app.unlockPage();
    auto* button = child<QPushButton>(page, "unlockButton");
    auto* wait = child<QLabel>(page, "unlockWaitLabel");
    for (int attempt = 0; attempt < fieldcase::ui::UnlockPage::kFreeAttempts - 1; ++attempt) {
        app.tryPassphrase(QStringLiteral("not the passphrase"));
        REQUIRE(wait->isHidden());
    }
    app.tryPassphrase(QStringLiteral("not the passphrase"));
    REQUIRE_FALSE(wait->isHidden());
    REQUIRE(wait->text().contains(QStringLiteral("5")));

    // Even the right passphrase has to wait.
    typeText(child<QLineEdit>(page, "unlockPassphraseEdit"), kWindowPassphrase);
    REQUIRE_FALSE(button->isEnabled());
    QTest::keyClick(child<QLineEdit>(page, "unlockPassphraseEdit"), Qt::Key_Return);
    REQUIRE_FALSE(app.workspaceOpen());

    app.now += fieldcase::ui::UnlockPage::kFirstDelayMs;
    REQUIRE(waitFor([&] { return button->isEnabled(); }));
    REQUIRE(wait->isHidden());
    child<QLineEdit>(page, "unlockPassphraseEdit")->clear();

    // The next wrong one waits twice as long.
    app.tryPassphrase(QStringLiteral("still not it"));
    REQUIRE(wait->text().contains(QStringLiteral("10")));
    app.now += 2 * fieldcase::ui::UnlockPage::kFirstDelayMs;
    REQUIRE(waitFor([&] { return wait->isHidden(); }));
    app.unlock();
}

TEST_CASE("a forgotten passphrase is replaced with the recovery code", "[ui][safety]") {
    AppWindowFixture app;
    fieldcase::ui::UnlockPage* page = app.unlockPage();
    QTest::mouseClick(child<QPushButton>(page, "forgotButton"), Qt::LeftButton);
    auto* recoverButton = child<QPushButton>(page, "recoverButton");
    REQUIRE(recoverButton->isVisible());

    const QString newPassphrase = QStringLiteral("новая длинная фраза для входа");
    typeText(child<QLineEdit>(page, "passphraseEdit"), newPassphrase);
    typeText(child<QLineEdit>(page, "confirmPassphraseEdit"), newPassphrase);
    // A code with a slip is refused, and nothing changes.
    QString wrongCode = app.recoveryCode;
    wrongCode[0] = wrongCode[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    typeText(child<QLineEdit>(page, "recoveryCodeEdit"), wrongCode);
    QTest::mouseClick(recoverButton, Qt::LeftButton);
    auto* error = child<QLabel>(page, "recoveryErrorLabel");
    REQUIRE(waitFor([&] { return !error->isHidden(); }));
    REQUIRE_FALSE(app.workspaceOpen());

    typeText(child<QLineEdit>(page, "recoveryCodeEdit"), app.recoveryCode.remove(QLatin1Char('-')));
    typeText(child<QLineEdit>(page, "passphraseEdit"), newPassphrase);
    typeText(child<QLineEdit>(page, "confirmPassphraseEdit"), newPassphrase);
    QTest::mouseClick(recoverButton, Qt::LeftButton);
    REQUIRE(waitFor([&] { return app.workspaceOpen(); }));

    // From now on the new passphrase opens the vault and the old one does not.
    app.window->lock();
    app.tryPassphrase(kWindowPassphrase);
    REQUIRE_FALSE(app.workspaceOpen());
    app.tryPassphrase(newPassphrase);
    REQUIRE(app.workspaceOpen());
}

TEST_CASE("quick-hide leaves the first-run page alone - nothing is recorded yet and the typing is kept",
          "[ui][safety]") {
    QTemporaryDir dir;
    const std::unique_ptr<fieldcase::Services> services =
        fieldcase::makeServices(dir.filePath(QStringLiteral("vault")));
    fieldcase::ui::AppWindowOptions options;
    options.preferencesFile = dir.filePath(QStringLiteral("preferences.ini"));
    fieldcase::ui::AppWindow window(*services, options);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* stack = child<QStackedWidget>(&window, "pageStack");
    REQUIRE(stack->currentWidget()->objectName() == QStringLiteral("createVaultPage"));
    typeText(child<QLineEdit>(&window, "deviceNameEdit"), QStringLiteral("Ноутбук Марии"));

    child<QAction>(&window, "hideAction")->trigger();
    REQUIRE(stack->currentWidget()->objectName() == QStringLiteral("createVaultPage"));
    REQUIRE(child<QLineEdit>(&window, "deviceNameEdit")->text() == QStringLiteral("Ноутбук Марии"));
}

namespace {

// Runs the countdown to its end (or presses Cancel) as soon as it shows; it counts down in a modal loop.
struct CountdownDriver {
    QTimer poll;
    bool cancel = false;
    int shownAt = -1;  // the seconds it showed first

    explicit CountdownDriver(bool pressCancel) : cancel(pressCancel) {
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [this] {
            auto* countdown = qobject_cast<fieldcase::ui::DestroyKeysCountdown*>(QApplication::activeModalWidget());
            if (countdown == nullptr) return;
            poll.stop();
            shownAt = countdown->secondsLeft();
            if (cancel) {
                QTest::keyClick(countdown, Qt::Key_Escape);
                return;
            }
            while (countdown->secondsLeft() > 0)
                countdown->tick();
        });
        poll.start();
    }
};

}  // namespace

TEST_CASE("Destroy keys now counts down five seconds, then nothing opens the vault and a neutral window stays",
          "[ui][safety][destroy]") {
    AppWindowFixture app;
    app.unlock();
    const QString keyFile = QDir(app.services->vault().vaultDir()).filePath(QStringLiteral("vault.keys"));
    QFile before(keyFile);
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray keysBefore = before.readAll();
    before.close();

    CountdownDriver driver(false);
    child<QAction>(app.window.get(), "destroyKeysAction")->trigger();
    CHECK(driver.shownAt == fieldcase::ui::DestroyKeysCountdown::kSeconds);
    REQUIRE_FALSE(app.services->vault().isUnlocked());
    REQUIRE_FALSE(app.workspaceOpen());
    CHECK(currentPage(app)->objectName() == QStringLiteral("neutralPage"));
    CHECK(app.window->windowTitle() == QStringLiteral("Documents"));
    QFile after(keyFile);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() != keysBefore);
    const auto reopened =
        app.services->vault().unlock(fieldcase::SecretBytes::fromText(kWindowPassphrase.toUtf8().constData()));
    CHECK_FALSE(reopened.ok());
    const auto recovered =
        app.services->vault().recover(fieldcase::SecretBytes::fromText(app.recoveryCode.toUtf8().constData()),
                                      fieldcase::SecretBytes::fromText("a new long passphrase"));
    CHECK_FALSE(recovered.ok());
}

TEST_CASE("Cancel (or Escape) during the countdown destroys nothing", "[ui][safety][destroy]") {
    AppWindowFixture app;
    app.unlock();
    CountdownDriver driver(true);
    child<QAction>(app.window.get(), "destroyKeysAction")->trigger();
    CHECK(driver.shownAt == fieldcase::ui::DestroyKeysCountdown::kSeconds);
    CHECK(app.services->vault().isUnlocked());
    CHECK(app.workspaceOpen());
    app.services->vault().lock();
    CHECK(app.services->vault().unlock(fieldcase::SecretBytes::fromText(kWindowPassphrase.toUtf8().constData())).ok());
}

TEST_CASE("with the option set, the third wrong passphrase in a row destroys the keys - counted across restarts",
          "[ui][safety][destroy]") {
    AppWindowFixture app;
    fieldcase::ui::Preferences preferences(app.preferencesFile());
    CHECK(preferences.destroyAfterWrongUnlocks() == 0);  // off unless set
    preferences.setDestroyAfterWrongUnlocks(3);

    // Two wrong, then the right one: the count starts again.
    app.tryPassphrase(QStringLiteral("wrong passphrase one"));
    app.tryPassphrase(QStringLiteral("wrong passphrase two"));
    CHECK(preferences.wrongUnlocks() == 2);
    app.unlock();
    CHECK(preferences.wrongUnlocks() == 0);
    app.window->lock();

    app.tryPassphrase(QStringLiteral("wrong passphrase one"));
    app.tryPassphrase(QStringLiteral("wrong passphrase two"));
    CHECK(app.services->vault().exists());
    // The app restarts: the count is kept.
    fieldcase::ui::AppWindowOptions options;
    options.clock = [&app] { return app.now; };
    options.preferencesFile = app.preferencesFile();
    app.window.reset();
    app.window = std::make_unique<fieldcase::ui::AppWindow>(*app.services, options);
    app.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(app.window.get()));
    app.tryPassphrase(QStringLiteral("wrong passphrase three"));
    CHECK(currentPage(app)->objectName() == QStringLiteral("neutralPage"));
    CHECK_FALSE(
        app.services->vault().unlock(fieldcase::SecretBytes::fromText(kWindowPassphrase.toUtf8().constData())).ok());
}

TEST_CASE("the Vault menu's travel lock asks in its dialog, only while the vault is open, and Cancel locks nothing",
          "[ui][safety][travel]") {
    AppWindowFixture app;
    auto* travelLock = child<QAction>(app.window.get(), "travelLockAction");
    CHECK_FALSE(travelLock->isEnabled());  // nothing to lock yet
    app.unlock();
    REQUIRE(travelLock->isEnabled());
    const QMenu* vaultMenu = app.window->menuBar()->findChildren<QMenu*>().value(0);
    REQUIRE(vaultMenu != nullptr);
    CHECK(vaultMenu->actions().contains(travelLock));

    bool dialogShown = false;
    QTimer::singleShot(0, app.window.get(), [&] {
        auto* dialog = qobject_cast<fieldcase::ui::TravelLockDialog*>(QApplication::activeModalWidget());
        dialogShown = dialog != nullptr;
        if (dialog != nullptr) dialog->reject();
    });
    travelLock->trigger();
    CHECK(dialogShown);
    CHECK(app.services->vault().isUnlocked());
    CHECK(app.workspaceOpen());

    app.window->lock();
    CHECK_FALSE(travelLock->isEnabled());
}
