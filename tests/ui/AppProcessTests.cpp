// The desktop app as a process: training mode leaves nothing behind when the session ends it with a signal.
#include "tests/ui/UiTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <csignal>

#include <signal.h>

TEST_CASE("a training vault is deleted when the app is ended by a signal", "[ui][training][process]") {
    QTemporaryDir temp;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The app's temporary folder goes here, where the test can watch it.
    environment.insert(QStringLiteral("TMPDIR"), temp.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(FIELDCASE_GUI_PATH),
              {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(app.waitForStarted());

    const QDir tempDir(temp.path());
    const auto trainingVaults = [&tempDir] {
        return tempDir.entryList({QStringLiteral("fieldcase-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    };
    REQUIRE(fieldcase::test::waitFor([&] {
        const QStringList found = trainingVaults();
        return !found.isEmpty() &&
               QFileInfo::exists(tempDir.filePath(found.front() + QStringLiteral("/vault/vault.db")));
    }));

    // As a logout does.
    ::kill(static_cast<pid_t>(app.processId()), SIGTERM);
    REQUIRE(app.waitForFinished(fieldcase::test::kWorkerTimeoutMs));
    INFO(app.readAllStandardError().toStdString());
    REQUIRE(app.exitStatus() == QProcess::NormalExit);
    REQUIRE(app.exitCode() == 0);
    REQUIRE(trainingVaults().isEmpty());
}
