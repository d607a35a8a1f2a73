#pragma once

#include "ui/security/SteadyClock.h"

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QTimer>

namespace fieldcase::ui {

// Personal data copied out of the app does not linger: whatever the app puts on the clipboard or, on X11, in the
// primary selection (any text selected in a field, pasted with the middle button) is marked for clipboard managers
// as a secret (so they keep no history of it) and cleared 30 seconds later, unless something else has been copied
// since. Locking clears it at once, and so does quitting (X11 would otherwise hand it to the clipboard manager).
class ClipboardGuard : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kClearAfterMs = 30 * 1000;
    // The MIME type KDE's Klipper and other clipboard managers read to leave an entry out of their history.
    static constexpr char kPasswordManagerHint[] = "x-kde-passwordManagerHint";

    using Clock = SteadyClock;

    explicit ClipboardGuard(Clock clock = {}, QObject* parent = nullptr);

    // Clears the clipboard and the selection now where they still hold what the app put there.
    void clearNow();
    // Clears what the app put there 30 seconds ago or more (the timer calls it; tests call it directly).
    void check();

private:
    // What the app put in one of the two places, as a digest: the guard keeps no copy of what it protects.
    struct Copied {
        QByteArray digest;  // empty when there is nothing to clear
        qint64 at = 0;
    };

    void changed(QClipboard::Mode mode);
    void clear(QClipboard::Mode mode);
    Copied& copiedIn(QClipboard::Mode mode) { return mode == QClipboard::Selection ? m_selection : m_clipboard; }

    Clock m_clock;
    QTimer m_poll;
    Copied m_clipboard;
    Copied m_selection;
};

}  // namespace fieldcase::ui
