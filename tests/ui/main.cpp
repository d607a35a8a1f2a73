// Widgets need a QApplication, and CI has no display: the offscreen platform is forced before it exists.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Preferences a test does not set go to a test folder, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
