// fieldcase-cli as scripts use it: real processes, secrets on standard input, exit codes.
#include "core/api/Services.h"
#include "core/api/VaultService.h"
#include "tests/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

using namespace fieldcase;
using fieldcase::test::cli;
using fieldcase::test::Run;

namespace {

struct Fixture {
    QTemporaryDir root;
    QString vault = root.filePath(QStringLiteral("vault"));

    QStringList args(QStringList more) const {
        return QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-stdin")} + more;
    }
    QJsonObject init(const QByteArray& passphrase = "first passphrase\n") const {
        const Run run =
            cli(args({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--device-name"),
                      QStringLiteral("Office laptop"), QStringLiteral("--kdf"), QStringLiteral("interactive")}),
                passphrase);
        INFO("stderr: " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json();
    }
};

// A --json command that must succeed (the passphrase of Fixture::init on stdin).
Run succeed(const Fixture& fx, const QStringList& arguments) {
    const Run result = cli(fx.args(QStringList{QStringLiteral("--json")} + arguments), "first passphrase\n");
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

// One error line on stderr, prefixed with the program's name.
void requireOneErrorLine(const Run& run) {
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.err.startsWith("fieldcase-cli: "));
    REQUIRE(run.err.count('\n') == 1);
}

}  // namespace

TEST_CASE("init - info - passwd - recover and verify work from a script", "[cli]") {
    Fixture fx;
    const QJsonObject created = fx.init();
    const QString deviceId = created.value(QStringLiteral("device_id")).toString();
    const QString recoveryCode = created.value(QStringLiteral("recovery_code")).toString();
    REQUIRE(deviceId.size() == 32);
    REQUIRE(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")).match(recoveryCode).hasMatch());

    Run info = cli(fx.args({QStringLiteral("info"), QStringLiteral("--json")}), "first passphrase\n");
    REQUIRE(info.exitCode == 0);
    const QJsonObject facts = info.json();
    REQUIRE(facts.value(QStringLiteral("device_id")).toString() == deviceId);
    REQUIRE(facts.value(QStringLiteral("device_name")).toString() == QStringLiteral("Office laptop"));
    REQUIRE(facts.value(QStringLiteral("role")).toString() == QStringLiteral("coordinator"));
    REQUIRE(facts.value(QStringLiteral("team_id")).toString().size() == 32);
    REQUIRE(facts.value(QStringLiteral("schema_version")).toInt() >= 1);
    REQUIRE(facts.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("name")).toString() ==
            QStringLiteral("interactive"));
    REQUIRE(facts.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("memory_bytes")).toInteger() ==
            64 * 1024 * 1024);

    const Run wrong = cli(fx.args({QStringLiteral("info")}), "not the passphrase\n");
    REQUIRE(wrong.exitCode == 3);
    requireOneErrorLine(wrong);
    REQUIRE(wrong.out.isEmpty());

    const Run passwd = cli(fx.args({QStringLiteral("passwd")}), "first passphrase\nsecond passphrase\n");
    INFO("stderr: " << passwd.err.toStdString());
    REQUIRE(passwd.exitCode == 0);
    REQUIRE(cli(fx.args({QStringLiteral("info")}), "first passphrase\n").exitCode == 3);
    REQUIRE(cli(fx.args({QStringLiteral("info")}), "second passphrase\n").exitCode == 0);

    const Run wrongCode =
        cli(fx.args({QStringLiteral("recover")}), "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\nthird passphrase\n");
    REQUIRE(wrongCode.exitCode == 3);
    requireOneErrorLine(wrongCode);

    const Run recover =
        cli(fx.args({QStringLiteral("recover")}), recoveryCode.toLower().toUtf8() + "\nthird passphrase\n");
    INFO("stderr: " << recover.err.toStdString());
    REQUIRE(recover.exitCode == 0);
    REQUIRE(cli(fx.args({QStringLiteral("info")}), "second passphrase\n").exitCode == 3);

    const Run verify = cli(fx.args({QStringLiteral("--json"), QStringLiteral("verify")}), "third passphrase\n");
    REQUIRE(verify.exitCode == 0);
    REQUIRE(verify.json().value(QStringLiteral("ok")).toBool());
    REQUIRE(cli(fx.args({QStringLiteral("verify")}), "wrong passphrase\n").exitCode == 3);
}

TEST_CASE("the recovery code is printed once and the secrets never appear in errors", "[cli][security]") {
    Fixture fx;
    const Run created = cli(fx.args({QStringLiteral("init"), QStringLiteral("--device-name"), QStringLiteral("Laptop"),
                                     QStringLiteral("--kdf"), QStringLiteral("interactive")}),
                            "my secret passphrase\n");
    REQUIRE(created.exitCode == 0);
    const QRegularExpressionMatch code =
        QRegularExpression(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}")).match(QString::fromUtf8(created.out));
    REQUIRE(code.hasMatch());

    const Run again = cli(fx.args({QStringLiteral("init"), QStringLiteral("--device-name"), QStringLiteral("Laptop")}),
                          "my secret passphrase\n");
    REQUIRE(again.exitCode == 1);
    requireOneErrorLine(again);

    const Run wrong = cli(fx.args({QStringLiteral("passwd")}), "my wrong passphrase\nmy new passphrase\n");
    REQUIRE(wrong.exitCode == 3);
    for (const Run* run : {&again, &wrong}) {
        for (const char* secretText : {"my secret passphrase", "my wrong passphrase", "my new passphrase"}) {
            REQUIRE_FALSE(run->err.contains(secretText));
            REQUIRE_FALSE(run->out.contains(secretText));
        }
        REQUIRE_FALSE(run->out.contains(code.captured(0).toUtf8()));
    }
    const Run info = cli(fx.args({QStringLiteral("info")}), "my secret passphrase\n");
    REQUIRE_FALSE(info.out.contains(code.captured(0).toUtf8()));
    REQUIRE_FALSE(info.out.contains("my secret passphrase"));
}

TEST_CASE("usage errors exit 2 - a missing vault exits 5 - a short passphrase is refused", "[cli]") {
    Fixture fx;
    REQUIRE(cli({}).exitCode == 2);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    REQUIRE(unknown.exitCode == 2);
    REQUIRE(unknown.err.contains("frobnicate"));
    REQUIRE(cli(fx.args({QStringLiteral("init")}), "first passphrase\n").exitCode == 2);  // no --device-name
    REQUIRE(cli(fx.args({QStringLiteral("init"), QStringLiteral("--device-name"), QStringLiteral("L"),
                         QStringLiteral("--kdf"), QStringLiteral("extreme")}),
                "first passphrase\n")
                .exitCode == 2);
    REQUIRE(cli(fx.args({QStringLiteral("info"), QStringLiteral("--no-such-option")}), "x\n").exitCode == 2);
    // No passphrase on standard input at all.
    REQUIRE(cli(fx.args({QStringLiteral("init"), QStringLiteral("--device-name"), QStringLiteral("L")})).exitCode == 2);
    REQUIRE(cli(fx.args({QStringLiteral("init"), QStringLiteral("--device-name"), QStringLiteral("L"),
                         QStringLiteral("--kdf"), QStringLiteral("interactive")}),
                "short\n")
                .exitCode == 2);
    REQUIRE_FALSE(QFileInfo::exists(fx.vault));

    const Run missing = cli(fx.args({QStringLiteral("info")}), "first passphrase\n");
    REQUIRE(missing.exitCode == 5);
    requireOneErrorLine(missing);

    const Run help = cli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    REQUIRE(help.out.contains("passwd"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--help")}).out.contains("--device-name"));
    REQUIRE(cli({QStringLiteral("--version")}).exitCode == 0);
}

TEST_CASE("a second process is refused while the vault is open", "[cli]") {
    Fixture fx;
    fx.init();
    auto services = makeServices(fx.vault);
    REQUIRE(services->vault().claim().ok());
    const Run second = cli(fx.args({QStringLiteral("info")}), "first passphrase\n");
    REQUIRE(second.exitCode == 3);
    requireOneErrorLine(second);
    REQUIRE(second.err.contains("open in another window"));
    services.reset();
    REQUIRE(cli(fx.args({QStringLiteral("info")}), "first passphrase\n").exitCode == 0);
}

TEST_CASE("init killed with SIGKILL mid-way leaves no vault - and the next init works", "[cli][crash]") {
    Fixture fx;
    QProcess process;
    // The sensitive preset keeps the key derivation busy for a second or more: time to kill it.
    process.start(QStringLiteral(FIELDCASE_CLI_PATH),
                  fx.args({QStringLiteral("init"), QStringLiteral("--device-name"), QStringLiteral("L"),
                           QStringLiteral("--kdf"), QStringLiteral("sensitive")}));
    REQUIRE(process.waitForStarted());
    process.write("first passphrase\n");
    REQUIRE(process.waitForBytesWritten());
    process.closeWriteChannel();
    // Wait until it has started building the vault in its hidden staging folder.
    const QDir parent(fx.root.path());
    for (int i = 0;
         i < 600 && parent.entryList({QStringLiteral(".vault.partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty(); ++i) {
        QThread::msleep(10);
    }
    REQUIRE_FALSE(parent.entryList({QStringLiteral(".vault.partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    process.kill();
    REQUIRE(process.waitForFinished(10000));
    REQUIRE(process.exitStatus() == QProcess::CrashExit);

    REQUIRE_FALSE(QFileInfo::exists(fx.vault));
    REQUIRE(cli(fx.args({QStringLiteral("info")}), "first passphrase\n").exitCode == 5);
    fx.init();
    REQUIRE(parent.entryList({QStringLiteral(".vault.partial-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    REQUIRE(cli(fx.args({QStringLiteral("verify")}), "first passphrase\n").exitCode == 0);
}

TEST_CASE("passwd killed with SIGKILL leaves a vault that opens with the old or the new passphrase", "[cli][crash]") {
    Fixture fx;
    fx.init();
    for (int delayMs : {50, 150, 300, 600}) {
        INFO("killed after " << delayMs << " ms");
        QProcess process;
        process.start(QStringLiteral(FIELDCASE_CLI_PATH), fx.args({QStringLiteral("passwd")}));
        REQUIRE(process.waitForStarted());
        process.write("first passphrase\nfirst passphrase\n");
        REQUIRE(process.waitForBytesWritten());
        process.closeWriteChannel();
        QThread::msleep(static_cast<unsigned long>(delayMs));
        process.kill();
        REQUIRE(process.waitForFinished(10000));
        // The passphrase is the same before and after, so either way it must open.
        REQUIRE(cli(fx.args({QStringLiteral("verify")}), "first passphrase\n").exitCode == 0);
    }
}

TEST_CASE(
    "destroy-keys overwrites the key file in place - afterwards neither the passphrase nor the recovery code "
    "opens the vault",
    "[cli][destroy]") {
    Fixture fx;
    const QString code = fx.init().value(QStringLiteral("recovery_code")).toString();
    succeed(fx, {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Рынок")});
    const QString keyFile = QDir(fx.vault).filePath(QStringLiteral("vault.keys"));
    const QByteArray keysBefore = test::readAll(keyFile);
    // In place: the same file (inode) on the disk, not a new one renamed over it, which would leave the old blocks.
    const auto inodeOf = [&] {
        struct stat status {};
        REQUIRE(::stat(QFile::encodeName(keyFile).constData(), &status) == 0);
        return status.st_ino;
    };
    const auto inodeBefore = inodeOf();

    // Without --yes, and with a wrong passphrase: nothing changes.
    const Run unconfirmed = cli(fx.args({QStringLiteral("destroy-keys")}), "first passphrase\n");
    CHECK(unconfirmed.exitCode == 2);
    requireOneErrorLine(unconfirmed);
    const Run wrong = cli(fx.args({QStringLiteral("destroy-keys"), QStringLiteral("--yes")}), "not the passphrase\n");
    CHECK(wrong.exitCode == 3);
    REQUIRE(test::readAll(keyFile) == keysBefore);

    const Run destroyed = succeed(fx, {QStringLiteral("destroy-keys"), QStringLiteral("--yes")});
    CHECK(destroyed.json() == QJsonObject{{QStringLiteral("destroyed"), true}});
    const QByteArray keysAfter = test::readAll(keyFile);
    CHECK(keysAfter.size() == keysBefore.size());
    CHECK(inodeOf() == inodeBefore);
    // Nothing of the old file is left in it: no header, no slot (random bytes match by chance one byte in 256).
    int same = 0;
    for (qsizetype i = 0; i < keysAfter.size(); ++i)
        same += keysAfter[i] == keysBefore[i] ? 1 : 0;
    CHECK(same < keysAfter.size() / 16);

    const Run info = cli(fx.args({QStringLiteral("info")}), "first passphrase\n");
    CHECK(info.exitCode == 1);
    requireOneErrorLine(info);
    const Run recover = cli(fx.args({QStringLiteral("recover")}), code.toUtf8() + "\nsecond passphrase\n");
    CHECK(recover.exitCode == 1);
    requireOneErrorLine(recover);
    CHECK(QFileInfo::exists(QDir(fx.vault).filePath(QStringLiteral("vault.db"))));  // the database is left alone
}

TEST_CASE("rekey from a script - a new recovery code, the old one and a wrong passphrase change nothing",
          "[cli][rekey]") {
    Fixture fx;
    const QString oldCode = fx.init().value(QStringLiteral("recovery_code")).toString();
    const QString caseId = succeed(fx, {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
                                        QStringLiteral("Рынок на Садовой")})
                               .json()
                               .value(QStringLiteral("id"))
                               .toString();
    const QString keyFile = QDir(fx.vault).filePath(QStringLiteral("vault.keys"));
    const QByteArray keysBefore = test::readAll(keyFile);

    const Run wrong = cli(fx.args({QStringLiteral("--json"), QStringLiteral("rekey")}), "not the passphrase\n");
    REQUIRE(wrong.exitCode == 3);
    requireOneErrorLine(wrong);
    REQUIRE(wrong.out.isEmpty());
    REQUIRE(test::readAll(keyFile) == keysBefore);

    const QRegularExpression codePattern(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$"));
    const Run rekey = succeed(fx, {QStringLiteral("rekey")});
    const QJsonObject answer = rekey.json();
    REQUIRE(answer.keys() == QStringList{QStringLiteral("recovery_code")});
    const QString jsonCode = answer.value(QStringLiteral("recovery_code")).toString();
    REQUIRE(codePattern.match(jsonCode).hasMatch());
    REQUIRE(jsonCode != oldCode);

    const Run plain = cli(fx.args({QStringLiteral("rekey")}), "first passphrase\n");
    REQUIRE(plain.exitCode == 0);
    const QString newCode = QRegularExpression(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"))
                                .match(QString::fromUtf8(plain.out))
                                .captured(0);
    REQUIRE_FALSE(newCode.isEmpty());
    REQUIRE(newCode != jsonCode);

    for (const QString& stale : {oldCode, jsonCode}) {
        const Run refused = cli(fx.args({QStringLiteral("recover")}), stale.toUtf8() + "\nsecond passphrase\n");
        REQUIRE(refused.exitCode == 3);
        requireOneErrorLine(refused);
    }
    const Run recovered = cli(fx.args({QStringLiteral("recover")}), newCode.toUtf8() + "\nsecond passphrase\n");
    INFO("stderr: " << recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    const Run shown = cli(fx.args({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), caseId}),
                          "second passphrase\n");
    REQUIRE(shown.exitCode == 0);
    REQUIRE(shown.json().value(QStringLiteral("title")).toString() == QStringLiteral("Рынок на Садовой"));
    // The search index came along with the tables.
    const Run found = cli(fx.args({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("рынок")}),
                          "second passphrase\n");
    REQUIRE(found.exitCode == 0);
    REQUIRE(found.jsonArray().size() == 1);
    REQUIRE(found.jsonArray().at(0).toObject().value(QStringLiteral("id")).toString() == caseId);
    REQUIRE(cli(fx.args({QStringLiteral("verify")}), "second passphrase\n").exitCode == 0);
}

TEST_CASE("rekey killed with SIGKILL leaves a vault that the passphrase opens - with its records", "[cli][crash]") {
    Fixture fx;
    fx.init();
    const QString caseId = succeed(fx, {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
                                        QStringLiteral("Рынок на Садовой")})
                               .json()
                               .value(QStringLiteral("id"))
                               .toString();
    // Every 50 ms across a rekey's run, so that some kills land while the copy is being written.
    for (int delayMs = 50; delayMs <= 750; delayMs += 50) {
        INFO("killed after " << delayMs << " ms");
        QProcess process;
        process.start(QStringLiteral(FIELDCASE_CLI_PATH), fx.args({QStringLiteral("rekey")}));
        REQUIRE(process.waitForStarted());
        process.write("first passphrase\n");
        REQUIRE(process.waitForBytesWritten());
        process.closeWriteChannel();
        QThread::msleep(static_cast<unsigned long>(delayMs));
        process.kill();
        REQUIRE(process.waitForFinished(10000));
        // Whether the old key or the new one is in force, the passphrase opens the vault and the case is there.
        const Run shown = succeed(fx, {QStringLiteral("case"), QStringLiteral("show"), caseId});
        REQUIRE(shown.json().value(QStringLiteral("title")).toString() == QStringLiteral("Рынок на Садовой"));
        REQUIRE(cli(fx.args({QStringLiteral("verify")}), "first passphrase\n").exitCode == 0);
    }
}

TEST_CASE("SIGKILL during a bulk insert leaves a consistent vault with whole batches only", "[cli][crash]") {
    Fixture fx;
    fx.init();
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        QProcess writer;
        writer.start(QStringLiteral(FIELDCASE_BULK_WRITER_PATH), {fx.vault});
        REQUIRE(writer.waitForStarted());
        writer.write("first passphrase\n");
        REQUIRE(writer.waitForBytesWritten());
        // Let it commit a few batches, then kill it in the middle of one (after 2 + round batches).
        QByteArray output;
        while (output.count('\n') < 2 + round) {
            REQUIRE(writer.waitForReadyRead(60000));
            output += writer.readAllStandardOutput();
        }
        QThread::msleep(static_cast<unsigned long>(7 * round));
        writer.kill();
        REQUIRE(writer.waitForFinished(10000));
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        const Run verify = cli(fx.args({QStringLiteral("--json"), QStringLiteral("verify")}), "first passphrase\n");
        INFO("stderr: " << verify.err.toStdString());
        REQUIRE(verify.exitCode == 0);
        const Run info = cli(fx.args({QStringLiteral("--json"), QStringLiteral("info")}), "first passphrase\n");
        const qint64 cases =
            info.json().value(QStringLiteral("records")).toObject().value(QStringLiteral("case")).toInteger();
        REQUIRE(cases >= 100 * (2 + round));
        REQUIRE(cases % 100 == 0);  // a batch is there whole or not at all
        REQUIRE(verify.json().value(QStringLiteral("changesets")).toInteger() == cases / 100);
        REQUIRE(verify.json().value(QStringLiteral("audit_entries")).toInteger() == cases);
    }
}

TEST_CASE("records from a script - add, find by word form and Latin spelling, show, purge, verify", "[cli][records]") {
    Fixture fx;
    fx.init();
    const QByteArray pass = "first passphrase\n";
    auto run = [&](const QStringList& arguments) { return succeed(fx, arguments); };
    const QString caseId =
        run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
             QStringLiteral("Рынок на Садовой"), QStringLiteral("--summary"),
             QStringLiteral("Девушки искали работу, паспорта забрал хозяин."), QStringLiteral("--exploitation"),
             QStringLiteral("ForcedLabour"), QStringLiteral("--risk"), QStringLiteral("high")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const QString personId =
        run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Мария Иванова"),
             QStringLiteral("--case"), caseId, QStringLiteral("--role"), QStringLiteral("Survivor")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    run({QStringLiteral("encounter"), QStringLiteral("add"), QStringLiteral("--case"), caseId, QStringLiteral("--text"),
         QStringLiteral("Встретились у рынка"), QStringLiteral("--channel"), QStringLiteral("FieldVisit")});

    auto searchIds = [&](const QString& query) {
        const Run result = cli(fx.args({QStringLiteral("--json"), QStringLiteral("search"), query}), pass);
        REQUIRE(result.exitCode == 0);
        QStringList ids;
        for (const auto& hit : QJsonDocument::fromJson(result.out).array()) {
            ids << hit.toObject().value(QStringLiteral("id")).toString();
        }
        return ids;
    };
    REQUIRE(searchIds(QStringLiteral("работа")).contains(caseId));
    REQUIRE(searchIds(QStringLiteral("Ivanova")).contains(personId));

    const QJsonObject shown = run({QStringLiteral("case"), QStringLiteral("show"), caseId}).json();
    for (const char* key : {"id", "reference", "title", "status", "summary", "exploitation", "people", "encounters",
                            "referrals", "followups", "consents", "attachments"}) {
        INFO(key);
        REQUIRE(shown.contains(QLatin1String(key)));
    }
    REQUIRE(shown.value(QStringLiteral("exploitation")).toArray().first().toString() == QStringLiteral("ForcedLabour"));
    REQUIRE(shown.value(QStringLiteral("status")).toString() == QStringLiteral("Active"));
    REQUIRE(shown.value(QStringLiteral("people")).toArray().size() == 1);
    REQUIRE(shown.value(QStringLiteral("encounters")).toArray().size() == 1);

    const Run invalid =
        cli(fx.args({QStringLiteral("case"), QStringLiteral("set"), caseId, QStringLiteral("status=Lost")}), pass);
    REQUIRE(invalid.exitCode == 4);
    requireOneErrorLine(invalid);
    REQUIRE(
        cli(fx.args({QStringLiteral("case"), QStringLiteral("show"), QString(32, QLatin1Char('0'))}), pass).exitCode ==
        1);

    run({QStringLiteral("case"), QStringLiteral("purge"), caseId});
    REQUIRE(searchIds(QStringLiteral("работа")).isEmpty());
    REQUIRE(cli(fx.args({QStringLiteral("case"), QStringLiteral("show"), caseId}), pass).exitCode == 1);
    REQUIRE(run({QStringLiteral("verify")}).json().value(QStringLiteral("ok")).toBool());
}

TEST_CASE("attachments and duplicate people from a script", "[cli][records]") {
    Fixture fx;
    fx.init();
    const QByteArray pass = "first passphrase\n";
    auto run = [&](const QStringList& arguments) { return succeed(fx, arguments); };
    const QString caseId =
        run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Дело")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const QString source = fx.root.filePath(QStringLiteral("consent-form.txt"));
    test::writeAll(source, "signed consent form");
    const QString attachment =
        run({QStringLiteral("attachment"), QStringLiteral("add"), QStringLiteral("--case"), caseId, source})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const QString out = fx.root.filePath(QStringLiteral("out.txt"));
    run({QStringLiteral("attachment"), QStringLiteral("export"), attachment, QStringLiteral("--out"), out});
    REQUIRE(test::readAll(out) == "signed consent form");
    // Usage mistakes exit 2; a file that does not exist exits 5.
    REQUIRE(cli(fx.args({QStringLiteral("attachment"), QStringLiteral("add"), source}), pass).exitCode == 2);
    REQUIRE(cli(fx.args({QStringLiteral("attachment"), QStringLiteral("add"), QStringLiteral("--case"), caseId,
                         fx.root.filePath(QStringLiteral("missing.txt"))}),
                pass)
                .exitCode == 5);

    const QString keep =
        run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Анна Иванова"),
             QStringLiteral("--set"), QStringLiteral("phones=+7 916 123-45-67")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const QString duplicate =
        run({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Anna Ivanova"),
             QStringLiteral("--set"), QStringLiteral("phones=8 (916) 1234567")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const Run candidates = run({QStringLiteral("person"), QStringLiteral("duplicates"), keep});
    const QJsonArray found = QJsonDocument::fromJson(candidates.out).array();
    REQUIRE(found.size() == 1);
    REQUIRE(found.first().toObject().value(QStringLiteral("id")).toString() == duplicate);
    run({QStringLiteral("person"), QStringLiteral("merge"), keep, duplicate});
    const QJsonObject merged = run({QStringLiteral("person"), QStringLiteral("show"), duplicate}).json();
    REQUIRE(merged.value(QStringLiteral("archived")).toBool());
    REQUIRE(merged.value(QStringLiteral("merged_into")).toString() == keep);
    REQUIRE(cli(fx.args({QStringLiteral("person"), QStringLiteral("merge"), keep}), pass).exitCode == 2);
}

TEST_CASE(
    "duress set: the duress passphrase given to any command opens the decoy, and then the passphrase opens "
    "nothing - the recovery code does",
    "[cli][duress]") {
    Fixture fx;
    const QString code = fx.init().value(QStringLiteral("recovery_code")).toString();
    succeed(fx, {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Рынок")});
    const QString realDevice =
        succeed(fx, {QStringLiteral("info")}).json().value(QStringLiteral("device_id")).toString();

    // The passphrase, then the duress passphrase twice; a mismatch or a wrong passphrase changes nothing.
    const Run mismatch = cli(fx.args({QStringLiteral("duress"), QStringLiteral("set")}),
                             "first passphrase\nunder pressure\nunder pressura\n");
    CHECK(mismatch.exitCode == 2);
    requireOneErrorLine(mismatch);
    const Run wrong = cli(fx.args({QStringLiteral("duress"), QStringLiteral("set")}),
                          "not the passphrase\nunder pressure\nunder pressure\n");
    CHECK(wrong.exitCode == 3);
    requireOneErrorLine(wrong);
    const Run set = cli(fx.args({QStringLiteral("--json"), QStringLiteral("duress"), QStringLiteral("set"),
                                 QStringLiteral("--decoy-language"), QStringLiteral("en")}),
                        "first passphrase\nunder pressure\nunder pressure\n");
    INFO("stderr: " << set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.json() == QJsonObject{{QStringLiteral("duress_passphrase_set"), true}});
    CHECK(succeed(fx, {QStringLiteral("info")}).json().value(QStringLiteral("duress_passphrase_set")).toBool());

    const Run decoyInfo = cli(fx.args({QStringLiteral("--json"), QStringLiteral("info")}), "under pressure\n");
    REQUIRE(decoyInfo.exitCode == 0);
    CHECK(decoyInfo.json().value(QStringLiteral("device_id")).toString() != realDevice);
    CHECK_FALSE(decoyInfo.json().value(QStringLiteral("duress_passphrase_set")).toBool());
    const Run decoySearch =
        cli(fx.args({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Рынок")}), "under pressure\n");
    REQUIRE(decoySearch.exitCode == 0);
    CHECK(QJsonDocument::fromJson(decoySearch.out).array().isEmpty());
    const Run decoyCases =
        cli(fx.args({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list")}), "under pressure\n");
    REQUIRE(decoyCases.exitCode == 0);
    CHECK(QJsonDocument::fromJson(decoyCases.out).array().size() == 5);  // the help desk's harmless advice
    CHECK_FALSE(decoyCases.out.contains("Рынок"));

    const Run locked = cli(fx.args({QStringLiteral("info")}), "first passphrase\n");
    CHECK(locked.exitCode == 3);
    requireOneErrorLine(locked);

    const Run recovered = cli(fx.args({QStringLiteral("--json"), QStringLiteral("recover")}),
                              code.toUtf8() + "\nthe office passphrase\nthe office passphrase\n");
    INFO("stderr: " << recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    const Run office = cli(fx.args({QStringLiteral("--json"), QStringLiteral("info")}), "the office passphrase\n");
    REQUIRE(office.exitCode == 0);
    CHECK(office.json().value(QStringLiteral("device_id")).toString() == realDevice);
    CHECK(office.json().value(QStringLiteral("duress_used_at")).isString());
    CHECK(cli(fx.args({QStringLiteral("info")}), "under pressure\n").exitCode == 3);
}
