// The coordinator's commands from a script: a training vault, the statistics export, PDFs.
#include "tests/cli/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using fieldcase::test::cli;
using fieldcase::test::Run;

namespace {

const QByteArray kPassphrase = "training passphrase\n";

struct TrainingVault {
    QTemporaryDir root;
    QString vault = root.filePath(QStringLiteral("vault"));

    QStringList args(const QStringList& more) const {
        return QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-stdin"),
                           QStringLiteral("--json")} +
               more;
    }
    Run make(int cases) const {
        return cli(args({QStringLiteral("training"), QStringLiteral("--cases"), QString::number(cases),
                         QStringLiteral("--kdf"), QStringLiteral("interactive")}),
                   kPassphrase + kPassphrase);
    }
    Run run(const QStringList& arguments) const { return cli(args(arguments), kPassphrase); }
};

}  // namespace

TEST_CASE("training makes a vault of made-up cases that opens with the new passphrase", "[cli][training]") {
    TrainingVault fx;
    const Run made = fx.make(40);
    INFO("stderr: " << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QJsonObject created = made.json();
    REQUIRE(created.value(QStringLiteral("cases")).toInt() == 40);
    REQUIRE(created.value(QStringLiteral("device_id")).toString().size() == 32);
    REQUIRE(created.value(QStringLiteral("recovery_code")).toString().size() == 39);

    const Run info = fx.run({QStringLiteral("info")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject records = info.json().value(QStringLiteral("records")).toObject();
    REQUIRE(records.value(QStringLiteral("case")).toInt() == 40);
    REQUIRE(records.value(QStringLiteral("person")).toInt() == 60);
    REQUIRE(records.value(QStringLiteral("encounter")).toInt() == 120);
    REQUIRE(records.value(QStringLiteral("organisation")).toInt() > 0);
    REQUIRE(fx.run({QStringLiteral("verify")}).json().value(QStringLiteral("ok")).toBool());

    SECTION("a second training run into the same folder is refused and changes nothing") {
        const Run again = fx.make(5);
        REQUIRE(again.exitCode == 1);
        REQUIRE(again.err.startsWith("fieldcase-cli: "));
        REQUIRE(fx.run({QStringLiteral("info")})
                    .json()
                    .value(QStringLiteral("records"))
                    .toObject()
                    .value(QStringLiteral("case")) == 40);
    }
    SECTION("a case count out of range is a usage error") {
        TrainingVault other;
        for (const char* bad : {"0", "-3", "many", "1000001"}) {
            INFO(bad);
            const Run refused =
                cli(other.args({QStringLiteral("training"), QStringLiteral("--cases"), QString::fromLatin1(bad)}),
                    kPassphrase + kPassphrase);
            REQUIRE(refused.exitCode == 2);
        }
    }
}

TEST_CASE("export stats writes the record file, the count tables and the report, and refuses a k below 11",
          "[cli][statistics]") {
    TrainingVault fx;
    REQUIRE(fx.make(120).exitCode == 0);
    const QString out = fx.root.filePath(QStringLiteral("stats"));

    const Run small = fx.run({QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--k"),
                              QStringLiteral("5"), QStringLiteral("--out"), out});
    REQUIRE(small.exitCode == 2);
    REQUIRE(small.err.startsWith("fieldcase-cli: "));
    REQUIRE(!QFileInfo::exists(out));
    REQUIRE(fx.run({QStringLiteral("export"), QStringLiteral("stats")}).exitCode == 2);

    const Run run = fx.run({QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--out"), out});
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = run.json();
    REQUIRE(report.value(QStringLiteral("k")).toInt() == 11);
    REQUIRE(report.value(QStringLiteral("people")).toInt() == 120);
    REQUIRE(report.value(QStringLiteral("released_rows")).toInt() +
                report.value(QStringLiteral("suppressed_rows")).toInt() ==
            120);
    REQUIRE(report.value(QStringLiteral("suppressed_cells")).isDouble());
    const QJsonObject columns = report.value(QStringLiteral("columns")).toObject();
    REQUIRE(columns.size() == 8);
    REQUIRE(columns.contains(QStringLiteral("CountryOfExploitation")));
    const QStringList levels{"as_recorded", "five_year_periods", "under_18_or_not",
                             "continents",  "broad_types",       "withheld"};
    for (const QJsonValue& level : columns)
        REQUIRE(levels.contains(level.toString()));
    const QJsonArray files = report.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 11);  // the record file, eight count tables, the report twice
    for (const QJsonValue& file : files)
        REQUIRE(QFileInfo(file.toString()).size() > 0);
    REQUIRE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("ctdc-records.csv"))));
    REQUIRE(QFileInfo::exists(QDir(out).filePath(QStringLiteral("report.txt"))));

    const Run larger = fx.run({QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--k"),
                               QStringLiteral("25"), QStringLiteral("--out"), out});
    REQUIRE(larger.exitCode == 0);
    REQUIRE(larger.json().value(QStringLiteral("k")).toInt() == 25);
}
