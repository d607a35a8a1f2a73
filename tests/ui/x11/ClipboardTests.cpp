// The clipboard guard on a real X11 clipboard (under xvfb-run): only there does the app know which copies are its
// own. The same program, started with --copy TEXT, plays another program that copies something.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/security/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QMimeData>
#include <QProcess>
#include <QTest>

namespace {

constexpr int kWaitMs = 10000;

QClipboard* clipboard() {
    return QGuiApplication::clipboard();
}

bool markedSecret() {
    const QMimeData* data = clipboard()->mimeData();
    return data != nullptr && data->hasFormat(QString::fromLatin1(fieldcase::ui::ClipboardGuard::kPasswordManagerHint));
}

}  // namespace

TEST_CASE("what the app copies is marked secret and cleared after 30 seconds unless replaced", "[x11][clipboard]") {
    qint64 now = 0;
    fieldcase::ui::ClipboardGuard guard([&] { return now; });

    clipboard()->setText(QStringLiteral("+7 900 123-45-67"));
    REQUIRE(QTest::qWaitFor(markedSecret, kWaitMs));
    REQUIRE(clipboard()->text() == QStringLiteral("+7 900 123-45-67"));
    now += fieldcase::ui::ClipboardGuard::kClearAfterMs - 1;
    guard.check();
    REQUIRE(clipboard()->text() == QStringLiteral("+7 900 123-45-67"));
    now += 1;
    guard.check();
    REQUIRE(clipboard()->text().isEmpty());

    // A newer copy gets its own 30 seconds.
    clipboard()->setText(QStringLiteral("first"));
    REQUIRE(QTest::qWaitFor(markedSecret, kWaitMs));
    now += 20 * 1000;
    clipboard()->setText(QStringLiteral("second"));
    REQUIRE(QTest::qWaitFor(markedSecret, kWaitMs));
    now += 15 * 1000;
    guard.check();
    REQUIRE(clipboard()->text() == QStringLiteral("second"));
    now += 15 * 1000;
    guard.check();
    REQUIRE(clipboard()->text().isEmpty());

    // Locking clears at once.
    clipboard()->setText(QStringLiteral("Мария Иванова"));
    REQUIRE(QTest::qWaitFor(markedSecret, kWaitMs));
    guard.clearNow();
    REQUIRE(clipboard()->text().isEmpty());
}

TEST_CASE("what another program copies afterwards is left alone", "[x11][clipboard]") {
    qint64 now = 0;
    fieldcase::ui::ClipboardGuard guard([&] { return now; });
    clipboard()->setText(QStringLiteral("Мария Иванова"));
    REQUIRE(QTest::qWaitFor(markedSecret, kWaitMs));

    QProcess otherProgram;
    otherProgram.start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--copy"), QStringLiteral("a shopping list")});
    REQUIRE(QTest::qWaitFor([] { return clipboard()->text() == QStringLiteral("a shopping list"); }, kWaitMs));
    REQUIRE_FALSE(markedSecret());
    now += fieldcase::ui::ClipboardGuard::kClearAfterMs;
    guard.check();
    guard.clearNow();
    REQUIRE(clipboard()->text() == QStringLiteral("a shopping list"));
    otherProgram.kill();
    otherProgram.waitForFinished();
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--copy") {
        // The other program: owns the clipboard until it is killed.
        QGuiApplication::clipboard()->setText(QString::fromUtf8(argv[2]));
        return QApplication::exec();
    }
    return Catch::Session().run(argc, argv);
}
