#include "ui/security/SessionWatch.h"

namespace fieldcase::ui {

SessionWatch::SessionWatch(QObject* parent)
    : SessionWatch(QDBusConnection::systemBus(), QDBusConnection::sessionBus(), parent) {}

SessionWatch::SessionWatch(const QDBusConnection& systemBus, const QDBusConnection& sessionBus, QObject* parent)
    : QObject(parent) {
    // Any sender: a process that fakes one of these signals can only make the vault lock, which is safe.
    listen(systemBus, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
           SLOT(prepareForSleep(bool)));
    // Every session object sends Lock to its own path; any path is listened to, as the session's path differs.
    listen(systemBus, "", "org.freedesktop.login1.Session", "Lock", SLOT(sessionLocked()));
    listen(sessionBus, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
           SLOT(screenSaverActiveChanged(bool)));
    listen(sessionBus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
           SLOT(screenSaverActiveChanged(bool)));
    listen(sessionBus, "/org/mate/ScreenSaver", "org.mate.ScreenSaver", "ActiveChanged",
           SLOT(screenSaverActiveChanged(bool)));
    listen(sessionBus, "/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver", "ActiveChanged",
           SLOT(screenSaverActiveChanged(bool)));
}

void SessionWatch::listen(QDBusConnection bus, const char* path, const char* interface, const char* signal,
                          const char* slot) {
    if (!bus.isConnected()) return;
    bus.connect(QString(), QString::fromLatin1(path), QString::fromLatin1(interface), QString::fromLatin1(signal), this,
                slot);
}

void SessionWatch::prepareForSleep(bool starting) {
    if (starting) Q_EMIT sessionLocking();
}

void SessionWatch::screenSaverActiveChanged(bool active) {
    if (active) Q_EMIT sessionLocking();
}

void SessionWatch::sessionLocked() {
    Q_EMIT sessionLocking();
}

}  // namespace fieldcase::ui
