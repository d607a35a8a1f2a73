#include "ui/security/WindowIdentity.h"

#include <QtGui/qguiapplication_platform.h>
#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QStyle>
#include <QWidget>

#include <xcb/xcb.h>

#include <cstring>

namespace fieldcase::ui {

namespace {

// The name every desktop file, package and WM_CLASS of the app uses.
constexpr char kAppName[] = "fieldcase";
constexpr char kNeutralClass[] = "documents";

xcb_atom_t atomNamed(xcb_connection_t* connection, const char* name) {
    const xcb_intern_atom_cookie_t cookie =
        xcb_intern_atom(connection, 0, static_cast<std::uint16_t>(std::strlen(name)), name);
    xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(connection, cookie, nullptr);
    if (reply == nullptr) return XCB_ATOM_NONE;
    const xcb_atom_t atom = reply->atom;
    std::free(reply);
    return atom;
}

void setText(xcb_connection_t* connection, xcb_window_t window, xcb_atom_t property, xcb_atom_t type,
             const QByteArray& value) {
    xcb_change_property(connection, XCB_PROP_MODE_REPLACE, window, property, type, 8,
                        static_cast<std::uint32_t>(value.size()), value.constData());
}

// Qt sets the window class once per process from the program's name, and the desktop-file hints from
// QGuiApplication::desktopFileName(); on X11 they are replaced here, on the window itself.
void applyX11Identity(const QWidget* window, bool neutral) {
    auto* x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    if (x11 == nullptr || x11->connection() == nullptr) return;
    xcb_connection_t* connection = x11->connection();
    const auto id = static_cast<xcb_window_t>(window->winId());
    const QByteArray name = neutral ? QByteArray(kNeutralClass) : QByteArray(kAppName);
    // WM_CLASS: instance name and class name, each ended by a zero byte.
    setText(connection, id, XCB_ATOM_WM_CLASS, XCB_ATOM_STRING, name + '\0' + name + '\0');
    const xcb_atom_t utf8 = atomNamed(connection, "UTF8_STRING");
    for (const char* hint : {"_GTK_APPLICATION_ID", "_KDE_NET_WM_DESKTOP_FILE"}) {
        const xcb_atom_t property = atomNamed(connection, hint);
        if (property == XCB_ATOM_NONE) continue;
        if (neutral) {
            xcb_delete_property(connection, id, property);
        } else {
            setText(connection, id, property, utf8, QByteArray(kAppName));
        }
    }
    xcb_flush(connection);
}

}  // namespace

WindowIdentity::WindowIdentity(QObject* parent) : QObject(parent) {
    QCoreApplication::instance()->installEventFilter(this);
}

QString WindowIdentity::title() const {
    return m_neutral ? tr("Documents") : tr("Fieldcase");
}

void WindowIdentity::setNeutral(bool neutral) {
    m_neutral = neutral;
    // Qt adds the display name to every window's title, dialogs included; a window without a title of its own shows
    // the application name instead, which the windows here always have.
    QGuiApplication::setApplicationDisplayName(title());
    // Read when a window is created: the desktop-file hints on X11, the app id on Wayland.
    QGuiApplication::setDesktopFileName(m_neutral ? QString() : QString::fromLatin1(kAppName));
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible()) applyTo(window);
    }
}

QIcon WindowIdentity::icon() const {
    return m_neutral ? QApplication::style()->standardIcon(QStyle::SP_FileIcon)
                     : QIcon(QStringLiteral(":/icons/fieldcase.svg"));
}

void WindowIdentity::applyTo(QWidget* window) const {
    // Each window's own icon, not the application's: nothing of it outlives the windows (an application-wide icon
    // would stay until QGuiApplication's destructor).
    window->setWindowIcon(icon());
    // Titles Qt formats again with the new display name.
    const QString title = window->windowTitle();
    window->setWindowTitle(QString());
    window->setWindowTitle(title);
    if (window->testAttribute(Qt::WA_WState_Created)) applyX11Identity(window, m_neutral);
}

bool WindowIdentity::eventFilter(QObject* watched, QEvent* event) {
    // Shown: created on the screen, not yet mapped, so nothing reads it before it carries the identity.
    if (event->type() == QEvent::Show) {
        auto* widget = qobject_cast<QWidget*>(watched);
        // Windows and dialogs only: popups, menus and tooltips never reach a task bar or a window list.
        const Qt::WindowType type = widget != nullptr ? widget->windowType() : Qt::Widget;
        if (type == Qt::Window || type == Qt::Dialog) {
            widget->setWindowIcon(icon());
            applyX11Identity(widget, m_neutral);
        }
    }
    return false;
}

}  // namespace fieldcase::ui
