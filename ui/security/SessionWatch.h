#pragma once

#include <QDBusConnection>
#include <QObject>

namespace fieldcase::ui {

// Tells when the desktop session is being locked or the machine is about to sleep, so the vault can lock with it:
// a laptop closed in a hurry or left at a locked screen must not wake up with the vault open. Listens on D-Bus to
// systemd-logind (PrepareForSleep, the session's Lock) and to the screen savers of the common desktops
// (ActiveChanged). Where none of them runs, nothing is reported and the idle timer remains the guard.
class SessionWatch : public QObject {
    Q_OBJECT

public:
    // The real system and session buses; tests pass a private bus for both.
    explicit SessionWatch(QObject* parent = nullptr);
    SessionWatch(const QDBusConnection& systemBus, const QDBusConnection& sessionBus, QObject* parent = nullptr);

Q_SIGNALS:
    void sessionLocking();

private Q_SLOTS:
    void prepareForSleep(bool starting);
    void screenSaverActiveChanged(bool active);
    void sessionLocked();

private:
    void listen(QDBusConnection bus, const char* path, const char* interface, const char* signal, const char* slot);
};

}  // namespace fieldcase::ui
