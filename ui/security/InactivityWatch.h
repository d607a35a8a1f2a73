#pragma once

#include "ui/security/SteadyClock.h"

#include <QObject>
#include <QTimer>

namespace fieldcase::ui {

// Tells when nobody has used the app for a while, so an open vault does not stay open on an unattended laptop.
// Key presses, mouse clicks, wheel and touch in any of the app's windows count as use; a plain mouse move does not
// (a bumped table should not keep the vault open).
class InactivityWatch : public QObject {
    Q_OBJECT

public:
    using Clock = SteadyClock;

    explicit InactivityWatch(Clock clock = {}, QObject* parent = nullptr);
    ~InactivityWatch() override;

    // Starts watching with this much quiet allowed; restarting resets the count.
    void start(int minutes);
    void stop();
    bool isRunning() const { return m_running; }
    // Emits idle() if the quiet period has passed (the timer calls it every second; tests call it directly).
    void check();

Q_SIGNALS:
    // Emitted every check while the app stays idle, until stop() or new use.
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Clock m_clock;
    QTimer m_poll;
    qint64 m_allowedMs = 0;
    qint64 m_lastUse = 0;
    bool m_running = false;
};

}  // namespace fieldcase::ui
