// What the window tells an X11 desktop (task bar, window switcher, screen sharing, xprop) after quick-hide: every
// text property of the window, read back from the X server, and the icon it carries.
#include "tests/ui/AppWindowFixture.h"

#include <QtGui/qguiapplication_platform.h>
#include <QAction>
#include <QGuiApplication>
#include <QIcon>

#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>

namespace {

xcb_connection_t* connection() {
    auto* x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    REQUIRE(x11 != nullptr);
    return x11->connection();
}

QByteArray atomName(xcb_atom_t atom) {
    xcb_get_atom_name_reply_t* reply =
        xcb_get_atom_name_reply(connection(), xcb_get_atom_name(connection(), atom), nullptr);
    if (reply == nullptr) return {};
    QByteArray name(xcb_get_atom_name_name(reply), xcb_get_atom_name_name_length(reply));
    std::free(reply);
    return name;
}

// Every property of the window as the X server holds it: name, then the raw bytes.
QList<QPair<QByteArray, QByteArray>> properties(const QWidget* window) {
    xcb_flush(connection());
    const auto id = static_cast<xcb_window_t>(window->winId());
    QList<QPair<QByteArray, QByteArray>> result;
    xcb_list_properties_reply_t* list =
        xcb_list_properties_reply(connection(), xcb_list_properties(connection(), id), nullptr);
    REQUIRE(list != nullptr);
    const xcb_atom_t* atoms = xcb_list_properties_atoms(list);
    for (int i = 0; i < xcb_list_properties_atoms_length(list); ++i) {
        xcb_get_property_reply_t* value = xcb_get_property_reply(
            connection(), xcb_get_property(connection(), 0, id, atoms[i], XCB_GET_PROPERTY_TYPE_ANY, 0, 1 << 20),
            nullptr);
        if (value == nullptr) continue;
        const auto length = xcb_get_property_value_length(value);
        result.append(
            {atomName(atoms[i]), QByteArray(static_cast<const char*>(xcb_get_property_value(value)), length)});
        std::free(value);
    }
    std::free(list);
    return result;
}

QByteArray property(const QWidget* window, const QByteArray& name) {
    for (const auto& [key, value] : properties(window)) {
        if (key == name) return value;
    }
    return {};
}

}  // namespace

TEST_CASE("after quick-hide no title, class, desktop hint or icon of the window names the app or a case",
          "[x11][safety]") {
    fieldcase::test::AppWindowFixture app;
    app.unlock();
    const QByteArray appIcon = property(app.window.get(), "_NET_WM_ICON");
    REQUIRE(property(app.window.get(), "WM_CLASS").contains("fieldcase"));
    REQUIRE_FALSE(appIcon.isEmpty());

    fieldcase::test::child<QAction>(app.window.get(), "hideAction")->trigger();
    REQUIRE(fieldcase::test::waitFor([&] { return !app.services->vault().isUnlocked(); }));
    // What the window manager reads, once the X server has the changes.
    QTest::qWait(100);
    for (const auto& [name, value] : properties(app.window.get())) {
        INFO(name.toStdString() << " = " << value.left(200).toStdString());
        CHECK_FALSE(value.toLower().contains("fieldcase"));
    }
    CHECK(property(app.window.get(), "_NET_WM_NAME") == QByteArray("Documents"));
    CHECK(property(app.window.get(), "WM_CLASS") == QByteArray("documents\0documents\0", 20));
    CHECK(property(app.window.get(), "_NET_WM_ICON") != appIcon);

    // Leaving the neutral page brings the app's own identity back (the neutral-title preference is off).
    QTest::keyClick(fieldcase::test::child<QWidget>(app.window.get(), "neutralPage"), Qt::Key_Space);
    INFO(property(app.window.get(), "_NET_WM_NAME").toStdString());
    REQUIRE(fieldcase::test::waitFor([&] { return property(app.window.get(), "_NET_WM_NAME") == "Fieldcase"; }));
    CHECK(property(app.window.get(), "WM_CLASS").contains("fieldcase"));
    CHECK(property(app.window.get(), "_NET_WM_ICON") == appIcon);
}

TEST_CASE("with the neutral-title preference on, the window never names the app, from its first frame to unlocked",
          "[x11][safety]") {
    fieldcase::test::AppWindowFixture app(
        [](fieldcase::ui::Preferences& preferences) { preferences.setNeutralTitle(true); });
    auto namesNothing = [&] {
        QTest::qWait(100);
        for (const auto& [name, value] : properties(app.window.get())) {
            INFO(name.toStdString() << " = " << value.left(200).toStdString());
            CHECK_FALSE(value.toLower().contains("fieldcase"));
        }
        CHECK(property(app.window.get(), "WM_CLASS") == QByteArray("documents\0documents\0", 20));
    };
    namesNothing();
    app.unlock();
    namesNothing();
}
