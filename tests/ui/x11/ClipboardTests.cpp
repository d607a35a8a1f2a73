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
#include <QTextStream>
#include <QTimer>

namespace {

constexpr int kWaitMs = 10000;

QClipboard* clipboard() {
    return QGuiApplication::clipboard();
}

bool markedSecret(QClipboard::Mode mode = QClipboard::Clipboard) {
    const QMimeData* data = clipboard()->mimeData(mode);
    return data != nullptr && data->hasFormat(QString::fromLatin1(fieldcase::ui::ClipboardGuard::kPasswordManagerHint));
}

// This test program started again in another role (see main()).
struct OtherProgram {
    QProcess process;
    QByteArray output;

    explicit OtherProgram(const QStringList& arguments) {
        process.start(QCoreApplication::applicationFilePath(), arguments);
        REQUIRE(process.waitForStarted(kWaitMs));
    }
    ~OtherProgram() {
        process.kill();
        process.waitForFinished();
    }
    bool printed(const QByteArray& text) {
        output += process.readAllStandardOutput();
        return output.contains(text);
    }
};

}  // namespace

TEST_CASE("what the app copies is marked secret and cleared after 30 seconds unless replaced", "[x11][clipboard]") {
    qint64 now = 0;
    fieldcase::ui::ClipboardGuard guard([&] { return now; });

    clipboard()->setText(QStringLiteral("+7 900 123-45-67"));
    REQUIRE(QTest::qWaitFor([] { return markedSecret(); }, kWaitMs));
    REQUIRE(clipboard()->text() == QStringLiteral("+7 900 123-45-67"));
    now += fieldcase::ui::ClipboardGuard::kClearAfterMs - 1;
    guard.check();
    REQUIRE(clipboard()->text() == QStringLiteral("+7 900 123-45-67"));
    now += 1;
    guard.check();
    REQUIRE(clipboard()->text().isEmpty());

    // A newer copy gets its own 30 seconds.
    clipboard()->setText(QStringLiteral("first"));
    REQUIRE(QTest::qWaitFor([] { return markedSecret(); }, kWaitMs));
    now += 20 * 1000;
    clipboard()->setText(QStringLiteral("second"));
    REQUIRE(QTest::qWaitFor([] { return markedSecret(); }, kWaitMs));
    now += 15 * 1000;
    guard.check();
    REQUIRE(clipboard()->text() == QStringLiteral("second"));
    now += 15 * 1000;
    guard.check();
    REQUIRE(clipboard()->text().isEmpty());

    // Locking clears at once.
    clipboard()->setText(QStringLiteral("Мария Иванова"));
    REQUIRE(QTest::qWaitFor([] { return markedSecret(); }, kWaitMs));
    guard.clearNow();
    REQUIRE(clipboard()->text().isEmpty());
}

TEST_CASE("what another program copies afterwards is left alone", "[x11][clipboard]") {
    qint64 now = 0;
    fieldcase::ui::ClipboardGuard guard([&] { return now; });
    clipboard()->setText(QStringLiteral("Мария Иванова"));
    REQUIRE(QTest::qWaitFor([] { return markedSecret(); }, kWaitMs));

    OtherProgram otherProgram({QStringLiteral("--copy"), QStringLiteral("a shopping list")});
    REQUIRE(QTest::qWaitFor([] { return clipboard()->text() == QStringLiteral("a shopping list"); }, kWaitMs));
    REQUIRE_FALSE(markedSecret());
    now += fieldcase::ui::ClipboardGuard::kClearAfterMs;
    guard.check();
    guard.clearNow();
    REQUIRE(clipboard()->text() == QStringLiteral("a shopping list"));
}

TEST_CASE("text selected in a field (X11's primary selection) is marked and cleared like a copy", "[x11][clipboard]") {
    qint64 now = 0;
    fieldcase::ui::ClipboardGuard guard([&] { return now; });
    REQUIRE(clipboard()->supportsSelection());
    clipboard()->setText(QStringLiteral("+7 900 123-45-67"), QClipboard::Selection);
    REQUIRE(QTest::qWaitFor([] { return markedSecret(QClipboard::Selection); }, kWaitMs));
    now += fieldcase::ui::ClipboardGuard::kClearAfterMs;
    guard.check();
    CHECK(clipboard()->text(QClipboard::Selection).isEmpty());

    clipboard()->setText(QStringLiteral("Мария Иванова"), QClipboard::Selection);
    REQUIRE(QTest::qWaitFor([] { return markedSecret(QClipboard::Selection); }, kWaitMs));
    guard.clearNow();
    CHECK(clipboard()->text(QClipboard::Selection).isEmpty());
}

TEST_CASE("a clipboard manager never sees the app's text without the secret mark - not even the first copy",
          "[x11][clipboard]") {
    fieldcase::ui::ClipboardGuard guard([] { return qint64{0}; });
    OtherProgram manager({QStringLiteral("--watch")});
    REQUIRE(QTest::qWaitFor([&] { return manager.printed("ready\n"); }, kWaitMs));

    clipboard()->setText(QStringLiteral("first copy"));
    clipboard()->setText(QStringLiteral("selected text"), QClipboard::Selection);
    REQUIRE(QTest::qWaitFor([&] { return manager.printed("clipboard:") && manager.printed("selection:"); }, kWaitMs));
    QTest::qWait(500);  // whatever else the manager saw
    manager.printed({});
    // One line per change the manager saw: where it was, then the formats it was offered.
    for (const QByteArray& line : manager.output.split('\n')) {
        if (!line.contains("text/plain")) continue;
        INFO(line.toStdString());
        CHECK(line.contains(fieldcase::ui::ClipboardGuard::kPasswordManagerHint));
    }
}

TEST_CASE("quitting clears what the app copied - X11 would hand it to the clipboard manager", "[x11][clipboard]") {
    OtherProgram app({QStringLiteral("--copy-and-quit"), QStringLiteral("Мария Иванова")});
    REQUIRE(app.process.waitForFinished(kWaitMs));
    app.printed({});
    // What the clipboard held once the app had quit, as it would reach a clipboard manager.
    CHECK(app.output.contains("copied\n"));
    CHECK(app.output.contains("left on quit: []\n"));
}

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--copy") {
        // Another program: owns the clipboard until it is killed.
        QGuiApplication::clipboard()->setText(QString::fromUtf8(argv[2]));
        return QApplication::exec();
    }
    if (argc == 2 && QByteArray(argv[1]) == "--watch") {
        // A clipboard manager: asks for what is offered as soon as another program copies or selects something.
        QTextStream out(stdout);
        const auto report = [&](QClipboard::Mode mode) {
            if (mode == QClipboard::Clipboard ? clipboard()->ownsClipboard() : clipboard()->ownsSelection()) return;
            const QMimeData* data = clipboard()->mimeData(mode);
            out << (mode == QClipboard::Clipboard ? "clipboard: " : "selection: ")
                << (data != nullptr ? data->formats().join(QLatin1Char(' ')) : QString()) << '\n';
            out.flush();
        };
        QObject::connect(clipboard(), &QClipboard::dataChanged, [&] { report(QClipboard::Clipboard); });
        QObject::connect(clipboard(), &QClipboard::selectionChanged, [&] { report(QClipboard::Selection); });
        out << "ready\n";
        out.flush();
        return QApplication::exec();
    }
    if (argc == 3 && QByteArray(argv[1]) == "--copy-and-quit") {
        // The app: copies, quits, and says what the clipboard held once it had quit.
        fieldcase::ui::ClipboardGuard guard;
        clipboard()->setText(QString::fromUtf8(argv[2]));
        QTextStream out(stdout);
        if (QTest::qWaitFor([] { return markedSecret(); }, kWaitMs)) out << "copied\n";
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
        QApplication::exec();
        out << "left on quit: [" << clipboard()->text() << "]\n";
        return 0;
    }
    return Catch::Session().run(argc, argv);
}
