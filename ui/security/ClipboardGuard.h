#pragma once

#include "ui/security/SteadyClock.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace fieldcase::ui {

// Personal data copied out of the app does not linger on the clipboard: whatever the app puts there is marked for
// clipboard managers as a secret (so they keep no history of it) and cleared 30 seconds later, unless something
// else has been copied since. Locking clears it at once.
class ClipboardGuard : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kClearAfterMs = 30 * 1000;
    // The MIME type KDE's Klipper and other clipboard managers read to leave an entry out of their history.
    static constexpr char kPasswordManagerHint[] = "x-kde-passwordManagerHint";

    using Clock = SteadyClock;

    explicit ClipboardGuard(Clock clock = {}, QObject* parent = nullptr);

    // Clears the clipboard now if it still holds what the app copied.
    void clearNow();
    // Clears it if what the app copied has been there for 30 seconds (the timer calls it; tests call it directly).
    void check();

private:
    void clipboardChanged();

    Clock m_clock;
    QTimer m_poll;
    QByteArray m_copiedDigest;  // of the text the app copied last; empty when there is nothing to clear
    qint64 m_copiedAt = 0;
};

}  // namespace fieldcase::ui
