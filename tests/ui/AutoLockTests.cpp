// The vault locks itself when nobody uses the app (fake clock: no waiting in the test).
#include "core/api/RecordService.h"
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/ui/AppWindowFixture.h"
#include "ui/app/AppWindow.h"
#include "ui/app/WorkspacePage.h"
#include "ui/security/InactivityWatch.h"
#include "ui/security/SteadyClock.h"
#include "ui/vault/UnlockPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <time.h>
#include <cstdlib>

using fieldcase::test::child;
using fieldcase::test::kMinute;
using fieldcase::test::waitFor;

namespace {

// The window with the vault open.
struct OpenWindow : fieldcase::test::AppWindowFixture {
    OpenWindow() { unlock(); }

    fieldcase::ui::InactivityWatch* watch() { return child<fieldcase::ui::InactivityWatch>(window.get(), "idleWatch"); }
};

}  // namespace

TEST_CASE("an open vault locks itself after five quiet minutes and use keeps it open", "[ui][autolock]") {
    OpenWindow app;
    REQUIRE(app.watch()->isRunning());

    app.now += 4 * kMinute;
    app.watch()->check();
    REQUIRE(app.workspaceOpen());

    // A key press counts as use and restarts the count.
    QTest::keyClick(app.window.get(), Qt::Key_Shift);
    app.now += 4 * kMinute;
    app.watch()->check();
    REQUIRE(app.workspaceOpen());
    REQUIRE(app.services->vault().isUnlocked());

    app.now += kMinute + 1;
    app.watch()->check();
    REQUIRE_FALSE(app.workspaceOpen());
    REQUIRE_FALSE(app.services->vault().isUnlocked());
    REQUIRE_FALSE(app.watch()->isRunning());
}

TEST_CASE("an open question does not keep the vault open - it is cancelled and the vault locks", "[ui][autolock]") {
    OpenWindow app;
    app.now += fieldcase::ui::Preferences::kDefaultAutoLockMinutes * kMinute;
    bool answered = false;
    bool openAfterQuestion = false;
    // A question opened by the workspace, as "save your changes?" would be.
    QTimer::singleShot(0, app.window.get(), [&] {
        QMessageBox question(QMessageBox::Question, QStringLiteral("Fieldcase"), QStringLiteral("Save?"),
                             QMessageBox::Yes | QMessageBox::Cancel, app.window.get());
        question.setEscapeButton(QMessageBox::Cancel);
        QTimer::singleShot(0, app.watch(), [&] { app.watch()->check(); });  // the idle check while it is open
        question.exec();
        // The code that asked runs on: the page it belongs to must still be there.
        openAfterQuestion = app.workspaceOpen();
        answered = true;
    });
    REQUIRE(waitFor([&] { return answered; }));
    REQUIRE(openAfterQuestion);
    app.watch()->check();
    REQUIRE_FALSE(app.workspaceOpen());
    REQUIRE_FALSE(app.services->vault().isUnlocked());
}

TEST_CASE("the safety timers' clock counts the hours a laptop spends asleep", "[ui][autolock]") {
    // A laptop that sleeps for two hours must wake locked: the clock the auto-lock reads is CLOCK_BOOTTIME, which
    // goes on during suspend (CLOCK_MONOTONIC, QElapsedTimer's, stops). No test can suspend the machine, so this
    // checks that the real clock is the boot-time one.
    timespec boot{};
    REQUIRE(clock_gettime(CLOCK_BOOTTIME, &boot) == 0);
    const qint64 bootMs = static_cast<qint64>(boot.tv_sec) * 1000 + static_cast<qint64>(boot.tv_nsec) / 1000000;
    CHECK(std::abs(fieldcase::ui::steadyNowMs() - bootMs) < 1000);
    CHECK(fieldcase::ui::orSteadyClock({})() >= bootMs);
}
