#pragma once

// Runs fieldcase-cli as a script would: a real process, secrets on standard input.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace fieldcase::test {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const {
        QJsonParseError error{};
        const auto document = QJsonDocument::fromJson(out, &error);
        INFO("stdout: " << out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document.object();
    }
    QJsonArray jsonArray() const {
        QJsonParseError error{};
        const auto document = QJsonDocument::fromJson(out, &error);
        INFO("stdout: " << out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document.array();
    }
};

inline Run cli(const QStringList& arguments, const QByteArray& input = {}) {
    QProcess process;
    process.start(QStringLiteral(FIELDCASE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

}  // namespace fieldcase::test
