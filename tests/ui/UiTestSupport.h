#pragma once

#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace fieldcase::test {

// The KDF takes about a second per call; this leaves room for a loaded CI machine.
inline constexpr int kWorkerTimeoutMs = 30000;

// The child of parent with that object name; the test fails if there is none.
template <typename T>
T* child(const QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("no child named " << name);
    REQUIRE(found != nullptr);
    return found;
}

// Types text into widget key by key; unlike QTest::keyClicks it accepts any character, not only ASCII.
inline void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Runs the event loop until condition holds or the worker timeout passes.
template <typename Condition>
bool waitFor(Condition condition) {
    return QTest::qWaitFor(condition, kWorkerTimeoutMs);
}

// With FIELDCASE_SCREENSHOT_DIR set (the screenshot script), saves what widget shows as NAME.png there.
inline void saveScreenshot(QWidget* widget, const char* name) {
    const QString dir = qEnvironmentVariable("FIELDCASE_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    widget->resize(1000, 700);
    REQUIRE(widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
}

}  // namespace fieldcase::test
