// Three laptops driven by fieldcase-cli through one shared folder: the whole life of a team, as the sync issue's
// "done means" describes it.
#include "tests/cli/CliRunner.h"
#include "tests/support/TeamHarness.h"
#include "tests/support/TestSupport.h"
#include "tests/support/TestVaults.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <random>

using fieldcase::test::cli;
using fieldcase::test::Run;

namespace {

const QByteArray kPassphrase = "a long enough passphrase\n";

struct Laptop {
    QString vault;

    Run run(const QStringList& arguments) const {
        return cli(QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-stdin"),
                               QStringLiteral("--json")} +
                       arguments,
                   kPassphrase);
    }
    // A command that must end with this exit code.
    Run expect(int exitCode, const QStringList& arguments) const {
        const Run result = run(arguments);
        INFO(vault.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString() << "\nstderr: "
                                 << result.err.toStdString() << "\nstdout: " << result.out.toStdString());
        REQUIRE(result.exitCode == exitCode);
        return result;
    }
    Run ok(const QStringList& arguments) const { return expect(0, arguments); }

    QJsonObject show(const QString& id) const {
        return ok({QStringLiteral("case"), QStringLiteral("show"), id}).json();
    }
    QString title(const QString& id) const { return show(id).value(QStringLiteral("title")).toString(); }
    QJsonArray conflicts() const { return ok({QStringLiteral("sync"), QStringLiteral("conflicts")}).jsonArray(); }
    // Everything a person sees of the cases, and the open conflicts.
    QByteArray state() const {
        return ok({QStringLiteral("case"), QStringLiteral("list")}).out + QByteArray::number(conflicts().size());
    }
    QJsonObject sync(const QString& dir) const {
        return ok({QStringLiteral("sync"), QStringLiteral("run"), dir}).json();
    }
};

Laptop makeLaptop(const QTemporaryDir& root, const QString& name, bool join) {
    Laptop laptop{root.filePath(name)};
    QStringList arguments{QStringLiteral("--vault"),
                          laptop.vault,
                          QStringLiteral("--passphrase-stdin"),
                          QStringLiteral("init"),
                          QStringLiteral("--device-name"),
                          name,
                          QStringLiteral("--kdf"),
                          QStringLiteral("interactive")};
    if (join) arguments << QStringLiteral("--join");
    const Run created = cli(arguments, kPassphrase);
    INFO("stderr: " << created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    return laptop;
}

// The joining laptop asks, the coordinator checks the safety number and approves, the laptop imports its welcome:
// both screens show the same number.
void enrol(const Laptop& coordinator, const Laptop& joining, const QTemporaryDir& root, const QString& name) {
    const QString request = root.filePath(name + QStringLiteral(".request"));
    const QString handover = root.filePath(name + QStringLiteral("-welcome"));
    QDir().mkpath(handover);
    const QJsonObject asked =
        joining.ok({QStringLiteral("team"), QStringLiteral("request"), QStringLiteral("--out"), request}).json();
    const QString half = asked.value(QStringLiteral("safety_number_half")).toString();
    REQUIRE(half.size() == 30);
    const QJsonObject checked = coordinator.ok({QStringLiteral("team"), QStringLiteral("check"), request}).json();
    const QJsonObject approved =
        coordinator.ok({QStringLiteral("team"), QStringLiteral("approve"), request, QStringLiteral("--to"), handover})
            .json();
    const QString number = approved.value(QStringLiteral("safety_number")).toString();
    REQUIRE(number == checked.value(QStringLiteral("safety_number")).toString());
    REQUIRE(QString(number).remove(QLatin1Char(' ')).size() == 60);
    REQUIRE(QString(number).remove(QLatin1Char(' ')).contains(half));
    // Reading the welcome only keeps it: the worker compares the number, then confirms.
    const QJsonObject staged =
        joining.ok({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), handover}).json();
    REQUIRE(staged.value(QStringLiteral("pending_join")).toObject().value(QStringLiteral("safety_number")).toString() ==
            number);
    REQUIRE(joining.ok({QStringLiteral("info")}).json().value(QStringLiteral("team_id")).toString().isEmpty());
    joining.expect(4, {QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--confirm"),
                       QStringLiteral("00000 00000")});
    joining.expect(2, {QStringLiteral("team"), QStringLiteral("join")});
    REQUIRE(joining.ok({QStringLiteral("info")}).json().value(QStringLiteral("team_id")).toString().isEmpty());
    const QJsonObject joined =
        joining.ok({QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--confirm"), number}).json();
    REQUIRE(joined.value(QStringLiteral("safety_number")).toString() == number);
    REQUIRE(!joining.ok({QStringLiteral("info")}).json().value(QStringLiteral("team_id")).toString().isEmpty());
}

// Everyone exchanges with the folder until nothing new moves (two rounds reach every laptop through the folder).
void exchangeAll(const std::vector<const Laptop*>& laptops, const QString& share) {
    for (int round = 0; round < 2; ++round) {
        for (const Laptop* laptop : laptops)
            laptop->sync(share);
    }
}

// A coordinator's laptop "office" and a field worker's "field" it enrolled, and the folder they share.
struct TwoLaptops {
    Laptop office;
    Laptop field;
    QString share;
};

TwoLaptops twoLaptops(const QTemporaryDir& root) {
    TwoLaptops two{makeLaptop(root, QStringLiteral("office"), false), makeLaptop(root, QStringLiteral("field"), true),
                   root.filePath(QStringLiteral("share"))};
    enrol(two.office, two.field, root, QStringLiteral("field"));
    QDir().mkpath(two.share);
    return two;
}

QString bundleIn(const QString& dir) {
    const QStringList files = QDir(dir).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    return QDir(dir).filePath(files.front());
}

}  // namespace

TEST_CASE("Three laptops share cases - conflicts - revocation and purge through one folder", "[cli][sync]") {
    QTemporaryDir root;
    const Laptop a = makeLaptop(root, QStringLiteral("A"), false);
    const Laptop b = makeLaptop(root, QStringLiteral("B"), true);
    const Laptop c = makeLaptop(root, QStringLiteral("C"), true);
    enrol(a, b, root, QStringLiteral("B"));
    enrol(a, c, root, QStringLiteral("C"));
    const QString share = root.filePath(QStringLiteral("share"));
    QDir().mkpath(share);

    const QJsonArray team = a.ok({QStringLiteral("team"), QStringLiteral("list")}).jsonArray();
    REQUIRE(team.size() == 3);
    for (const auto& device : team)
        REQUIRE(device.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("active"));

    // A case made on A reaches B and C.
    const QString id = a.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
                             QStringLiteral("Market outreach")})
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    const QString second =
        a.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Hotline call")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    exchangeAll({&a, &b, &c}, share);
    REQUIRE(b.title(id) == QStringLiteral("Market outreach"));
    REQUIRE(c.title(id) == QStringLiteral("Market outreach"));

    // B and C edit the same field offline: after exchanging, one value and one open conflict everywhere.
    b.ok({QStringLiteral("case"), QStringLiteral("set"), id, QStringLiteral("title=Seen by B")});
    c.ok({QStringLiteral("case"), QStringLiteral("set"), id, QStringLiteral("title=Seen by C")});
    b.ok({QStringLiteral("case"), QStringLiteral("set"), second, QStringLiteral("summary=B's late note")});
    exchangeAll({&b, &c, &a}, share);
    const QString shown = a.title(id);
    REQUIRE((shown == QStringLiteral("Seen by B") || shown == QStringLiteral("Seen by C")));
    REQUIRE(b.title(id) == shown);
    REQUIRE(c.title(id) == shown);
    const QJsonArray conflicts = a.conflicts();
    REQUIRE(conflicts.size() == 1);
    REQUIRE(b.conflicts() == conflicts);
    REQUIRE(c.conflicts() == conflicts);
    const QJsonObject conflict = conflicts.first().toObject();
    REQUIRE(conflict.value(QStringLiteral("entity")).toString() == QStringLiteral("case"));
    REQUIRE(conflict.value(QStringLiteral("field")).toString() == QStringLiteral("title"));
    REQUIRE(conflict.value(QStringLiteral("versions")).toArray().size() == 2);

    // An old copy of B's bundle, carrying its edit of the second case, as a stick left in a drawer would.
    const QString drawer = root.filePath(QStringLiteral("drawer"));
    QDir().mkpath(drawer);
    const QString bBundle = b.ok({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"), drawer})
                                .json()
                                .value(QStringLiteral("file"))
                                .toString();
    REQUIRE(!bBundle.isEmpty());

    // Resolving on C clears the conflict everywhere.
    const QString kept =
        conflict.value(QStringLiteral("versions")).toArray().at(1).toObject().value(QStringLiteral("value")).toString();
    c.ok({QStringLiteral("sync"), QStringLiteral("resolve"), conflict.value(QStringLiteral("id")).toString(),
          QStringLiteral("--keep"), QStringLiteral("2")});
    exchangeAll({&c, &a, &b}, share);
    for (const Laptop* laptop : {&a, &b, &c}) {
        REQUIRE(laptop->conflicts().isEmpty());
        REQUIRE(laptop->title(id) == kept);
    }

    // Hostile bundles are rejected with exit 4 and change nothing: one flipped byte, a truncated one, another team's.
    const QByteArray before = b.state();
    const QString sharedBundle =
        QDir(share).filePath(a.ok({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"), share})
                                 .json()
                                 .value(QStringLiteral("file"))
                                 .toString());
    QByteArray bytes = fieldcase::test::readAll(sharedBundle);
    const auto hostile = [&](const QString& name, const QByteArray& content) {
        const QString dir = root.filePath(name);
        QDir().mkpath(dir);
        fieldcase::test::writeAll(QDir(dir).filePath(QStringLiteral("abcdefghijklmnopqrstuvwxyz")), content);
        const Run rejected =
            b.expect(4, {QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), dir});
        REQUIRE(rejected.json().value(QStringLiteral("rejected")).toArray().size() == 1);
        REQUIRE(b.state() == before);
    };
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x01);
    hostile(QStringLiteral("flipped"), flipped);
    // bundle inspect says who sent a good bundle, and why a damaged one does not verify (exit 4).
    const QJsonObject inspected = b.ok({QStringLiteral("bundle"), QStringLiteral("inspect"), sharedBundle}).json();
    REQUIRE(inspected.value(QStringLiteral("verified")).toBool());
    REQUIRE(inspected.value(QStringLiteral("sender_name")).toString() == QStringLiteral("A"));
    REQUIRE(inspected.value(QStringLiteral("format_version")).toInt() == 2);
    const QJsonObject unverified =
        b.expect(
             4, {QStringLiteral("bundle"), QStringLiteral("inspect"),
                 QDir(root.filePath(QStringLiteral("flipped"))).filePath(QStringLiteral("abcdefghijklmnopqrstuvwxyz"))})
            .json();
    REQUIRE(!unverified.value(QStringLiteral("verified")).toBool());
    REQUIRE(!unverified.value(QStringLiteral("problem")).toString().isEmpty());
    // A file over the size limit (sparse: nothing is written but its head) is refused with the refusal table's
    // message, unread, and bundle inspect still describes it in JSON.
    const QString oversizedDir = root.filePath(QStringLiteral("oversized"));
    QDir().mkpath(oversizedDir);
    const QString oversizedFile = QDir(oversizedDir).filePath(QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
    {
        QFile oversized(oversizedFile);
        REQUIRE(oversized.open(QIODevice::WriteOnly));
        REQUIRE(oversized.write(bytes.left(30)) == 30);
        REQUIRE(oversized.resize(qint64{256} * 1024 * 1024 + 1));
    }
    const QString tooLarge = QStringLiteral("This file is too large to be a bundle.");
    const QJsonArray oversizedRejected =
        b.expect(4, {QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), oversizedDir})
            .json()
            .value(QStringLiteral("rejected"))
            .toArray();
    REQUIRE(oversizedRejected.size() == 1);
    REQUIRE(oversizedRejected.at(0).toObject().value(QStringLiteral("reason")).toString() == tooLarge);
    const QJsonObject oversizedInspected =
        b.expect(4, {QStringLiteral("bundle"), QStringLiteral("inspect"), oversizedFile}).json();
    REQUIRE(oversizedInspected.value(QStringLiteral("size")).toDouble() == 256.0 * 1024 * 1024 + 1);
    REQUIRE(oversizedInspected.value(QStringLiteral("format_version")).toInt() == 2);
    REQUIRE(!oversizedInspected.value(QStringLiteral("verified")).toBool());
    REQUIRE(oversizedInspected.value(QStringLiteral("problem")).toString() == tooLarge);
    REQUIRE(b.state() == before);
    // No stick is plugged in here: an empty list, not an error.
    REQUIRE(b.ok({QStringLiteral("sync"), QStringLiteral("drives")}).jsonArray().isEmpty());
    hostile(QStringLiteral("truncated"), bytes.left(bytes.size() - 100));
    const Laptop stranger = makeLaptop(root, QStringLiteral("Stranger"), false);
    const QString strangerDir = root.filePath(QStringLiteral("stranger-out"));
    QDir().mkpath(strangerDir);
    stranger.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Theirs")});
    stranger.ok({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"), strangerDir});
    hostile(QStringLiteral("other-team"), fieldcase::test::readAll(bundleIn(strangerDir)));

    // Re-importing changes nothing.
    const QJsonObject again =
        b.ok({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), share}).json();
    REQUIRE(again.value(QStringLiteral("applied")).toInt() == 0);
    REQUIRE(b.state() == before);

    // A purge on A never comes back from the old copy of B's bundle.
    a.ok({QStringLiteral("case"), QStringLiteral("purge"), second});
    a.expect(0, {QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), drawer});
    a.expect(1, {QStringLiteral("case"), QStringLiteral("show"), second});
    exchangeAll({&a, &b, &c}, share);
    b.expect(1, {QStringLiteral("case"), QStringLiteral("show"), second});
    b.expect(0, {QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), drawer});
    b.expect(1, {QStringLiteral("case"), QStringLiteral("show"), second});

    QString bId;
    QString cId;
    for (const auto& device : team) {
        const QString name = device.toObject().value(QStringLiteral("name")).toString();
        if (name == QStringLiteral("B")) bId = device.toObject().value(QStringLiteral("device_id")).toString();
        if (name == QStringLiteral("C")) cId = device.toObject().value(QStringLiteral("device_id")).toString();
    }

    // B, a field worker, purges a case A made: it goes from B only, and waits on A and C for a coordinator.
    const QString shelter = a.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
                                  QStringLiteral("Shelter referral")})
                                .json()
                                .value(QStringLiteral("id"))
                                .toString();
    exchangeAll({&a, &b, &c}, share);
    REQUIRE(b.ok({QStringLiteral("case"), QStringLiteral("purge"), shelter})
                .json()
                .value(QStringLiteral("held_elsewhere"))
                .toString() == QStringLiteral("not_creator"));
    b.sync(share);
    const QJsonArray warned = a.sync(share).value(QStringLiteral("warnings")).toArray();
    REQUIRE(warned.size() == 1);
    REQUIRE(warned.at(0).toString().contains(QStringLiteral("did not create")));
    c.sync(share);
    for (const Laptop* laptop : {&a, &c}) {
        REQUIRE(laptop->title(shelter) == QStringLiteral("Shelter referral"));
        const QJsonArray held = laptop->ok({QStringLiteral("sync"), QStringLiteral("held-purges")}).jsonArray();
        REQUIRE(held.size() == 1);
        const QJsonObject purge = held.at(0).toObject();
        REQUIRE(purge.value(QStringLiteral("device")).toString() == bId);
        REQUIRE(purge.value(QStringLiteral("device_name")).toString() == QStringLiteral("B"));
        REQUIRE(purge.value(QStringLiteral("entity")).toString() == QStringLiteral("case"));
        REQUIRE(purge.value(QStringLiteral("record_id")).toString() == shelter);
        REQUIRE(purge.value(QStringLiteral("label")).toString().endsWith(QStringLiteral("Shelter referral")));
        REQUIRE(purge.value(QStringLiteral("reason")).toString() == QStringLiteral("not_creator"));
    }
    // Only a coordinator confirms, and only a device whose purge is held.
    c.expect(2, {QStringLiteral("sync"), QStringLiteral("confirm-purges"), bId});
    a.expect(2, {QStringLiteral("sync"), QStringLiteral("confirm-purges"), QStringLiteral("not-a-device")});
    a.expect(1, {QStringLiteral("sync"), QStringLiteral("confirm-purges"), cId});
    REQUIRE(a.ok({QStringLiteral("sync"), QStringLiteral("confirm-purges"), bId})
                .json()
                .value(QStringLiteral("purged"))
                .toInt() == 1);
    exchangeAll({&a, &b, &c}, share);
    for (const Laptop* laptop : {&a, &b, &c}) {
        laptop->expect(1, {QStringLiteral("case"), QStringLiteral("show"), shelter});
        REQUIRE(laptop->ok({QStringLiteral("sync"), QStringLiteral("held-purges")}).jsonArray().isEmpty());
    }

    // After A revokes C, C's new edits are refused by A and B, and C cannot read new bundles.
    // C writes once more before its removal reaches anyone; A has not read that bundle when it revokes C.
    c.ok({QStringLiteral("case"), QStringLiteral("set"), id, QStringLiteral("title=Written by C before its removal")});
    c.sync(share);
    a.ok({QStringLiteral("team"), QStringLiteral("revoke"), cId});
    // C's last bundle is in the folder: from now on it is refused (exit 4), and C's older changes stay. B may apply
    // it before it reads the removal; it then forgets it (the titles are checked below).
    a.expect(4, {QStringLiteral("sync"), QStringLiteral("run"), share});
    b.run({QStringLiteral("sync"), QStringLiteral("run"), share});
    b.run({QStringLiteral("sync"), QStringLiteral("run"), share});
    c.ok({QStringLiteral("case"), QStringLiteral("set"), id, QStringLiteral("title=Changed after removal")});
    const Run cRun = c.expect(4, {QStringLiteral("sync"), QStringLiteral("run"), share});
    REQUIRE(!cRun.json().value(QStringLiteral("rejected")).toArray().isEmpty());  // A's and B's new bundles
    for (const Laptop* laptop : {&a, &b}) {
        const Run refused = laptop->expect(4, {QStringLiteral("sync"), QStringLiteral("run"), share});
        REQUIRE(refused.json().value(QStringLiteral("rejected")).toArray().size() == 1);
        REQUIRE(laptop->title(id) == kept);
    }
    const QJsonArray after = b.ok({QStringLiteral("team"), QStringLiteral("list")}).jsonArray();
    QString aId;
    for (const auto& device : team) {
        if (device.toObject().value(QStringLiteral("this_device")).toBool())
            aId = device.toObject().value(QStringLiteral("device_id")).toString();
    }
    bool cRemoved = false;
    for (const auto& entry : after) {
        const QJsonObject device = entry.toObject();
        // Who admitted each device and who removed C, as B's log says.
        REQUIRE(device.value(QStringLiteral("admitted_by")).toString() == aId);
        REQUIRE(!device.value(QStringLiteral("admitted_at")).toString().isEmpty());
        if (device.value(QStringLiteral("device_id")).toString() != cId) {
            REQUIRE(device.value(QStringLiteral("removed_by")).toString().isEmpty());
            continue;
        }
        cRemoved = device.value(QStringLiteral("status")).toString() == QStringLiteral("removed");
        REQUIRE(device.value(QStringLiteral("removed_by")).toString() == aId);
        REQUIRE(!device.value(QStringLiteral("removed_at")).toString().isEmpty());
    }
    REQUIRE(cRemoved);
}

TEST_CASE("SIGKILL while joining leaves the vault as before - and the join then succeeds", "[cli][sync][crash]") {
    QTemporaryDir root;
    const Laptop a = makeLaptop(root, QStringLiteral("A"), false);
    // A thousand cases or more on A, in whole batches, so that applying its welcome takes a moment.
    QProcess writer;
    writer.start(QStringLiteral(FIELDCASE_BULK_WRITER_PATH), {a.vault});
    REQUIRE(writer.waitForStarted());
    writer.write(kPassphrase);
    QByteArray output;
    while (output.count('\n') < 10) {
        REQUIRE(writer.waitForReadyRead(60000));
        output += writer.readAllStandardOutput();
    }
    writer.kill();
    REQUIRE(writer.waitForFinished(10000));
    const qint64 cases = a.ok({QStringLiteral("info")})
                             .json()
                             .value(QStringLiteral("records"))
                             .toObject()
                             .value(QStringLiteral("case"))
                             .toInteger();
    REQUIRE(cases >= 1000);

    const Laptop pristine = makeLaptop(root, QStringLiteral("B"), true);
    const QString request = root.filePath(QStringLiteral("b.request"));
    const QString welcome = root.filePath(QStringLiteral("welcome"));
    QDir().mkpath(welcome);
    pristine.ok({QStringLiteral("team"), QStringLiteral("request"), QStringLiteral("--out"), request});
    const QString number =
        a.ok({QStringLiteral("team"), QStringLiteral("approve"), request, QStringLiteral("--to"), welcome})
            .json()
            .value(QStringLiteral("safety_number"))
            .toString();
    // The welcome waits in the vault until its number is confirmed; the confirmation applies it.
    pristine.ok({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), welcome});
    const QStringList confirm{QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--confirm"), number};

    // How long an uninterrupted join takes here (sanitizers and a busy machine make it vary), then kills at six
    // points spread over that time.
    QElapsedTimer timer;
    {
        const Laptop measured{root.filePath(QStringLiteral("B-measured"))};
        fieldcase::test::copyFolder(pristine.vault, measured.vault);
        timer.start();
        measured.ok(confirm);
    }
    const qint64 fullMs = timer.elapsed();
    for (int point = 1; point <= 6; ++point) {
        const int delayMs = static_cast<int>(fullMs * point / 7);
        INFO("killed after " << delayMs << " of " << fullMs << " ms");
        const Laptop b{root.filePath(QStringLiteral("B-%1").arg(point))};
        fieldcase::test::copyFolder(pristine.vault, b.vault);
        QProcess join;
        join.start(QStringLiteral(FIELDCASE_CLI_PATH),
                   QStringList{QStringLiteral("--vault"), b.vault, QStringLiteral("--passphrase-stdin")} + confirm);
        REQUIRE(join.waitForStarted());
        join.write(kPassphrase);
        join.closeWriteChannel();
        if (!join.waitForFinished(delayMs)) {
            join.kill();
            REQUIRE(join.waitForFinished(10000));
        }
        // All of the welcome or none of it, and a vault that verifies; then the join (again) succeeds.
        b.ok({QStringLiteral("verify")});
        const QJsonObject info = b.ok({QStringLiteral("info")}).json();
        const qint64 held = info.value(QStringLiteral("records")).toObject().value(QStringLiteral("case")).toInteger();
        const bool joined = !info.value(QStringLiteral("team_id")).toString().isEmpty();
        REQUIRE(held == (joined ? cases : 0));
        if (!joined) b.ok(confirm);
        REQUIRE(b.ok({QStringLiteral("info")})
                    .json()
                    .value(QStringLiteral("records"))
                    .toObject()
                    .value(QStringLiteral("case"))
                    .toInteger() == cases);
    }
}

TEST_CASE("what a laptop exchanges with by itself is kept in its vault", "[cli][sync]") {
    QTemporaryDir root;
    const Laptop a = makeLaptop(root, QStringLiteral("A"), false);
    const QJsonObject defaults = a.ok({QStringLiteral("sync"), QStringLiteral("settings")}).json();
    REQUIRE(defaults.value(QStringLiteral("folders")).toArray().isEmpty());
    REQUIRE(defaults.value(QStringLiteral("stick_folder")).toString() == QStringLiteral("backup"));
    a.ok({QStringLiteral("sync"), QStringLiteral("settings"), QStringLiteral("--add-folder"), root.path(),
          QStringLiteral("--use-sticks"), QStringLiteral("off"), QStringLiteral("--interval"), QStringLiteral("60")});
    const QJsonObject saved = a.ok({QStringLiteral("sync"), QStringLiteral("settings")}).json();
    REQUIRE(saved.value(QStringLiteral("folders")).toArray() == QJsonArray{root.path()});
    REQUIRE(!saved.value(QStringLiteral("use_sticks")).toBool());
    REQUIRE(saved.value(QStringLiteral("interval_seconds")).toInt() == 60);
    a.expect(2,
             {QStringLiteral("sync"), QStringLiteral("settings"), QStringLiteral("--folder"), QStringLiteral("../x")});
    a.expect(2, {QStringLiteral("sync"), QStringLiteral("settings"), QStringLiteral("--use-sticks"),
                 QStringLiteral("maybe")});
    REQUIRE(a.ok({QStringLiteral("sync"), QStringLiteral("settings")}).json() == saved);
}

TEST_CASE("A team's work crosses a folder where a hostile member left files named as bundles", "[cli][sync][hostile]") {
    // A founder and a field worker of a team made by the shared harness, driven through the CLI.
    QTemporaryDir root;
    const Laptop a{root.filePath(QStringLiteral("a"))};
    const Laptop b{root.filePath(QStringLiteral("b"))};
    fieldcase::test::copyFolder(fieldcase::test::templateDir(0), a.vault);
    fieldcase::test::copyFolder(fieldcase::test::templateDir(1), b.vault);
    const QString share = root.filePath(QStringLiteral("share"));
    QDir().mkpath(share);
    std::mt19937_64 rng(2026);
    QStringList planted = fieldcase::test::plantHostileFiles(share, rng);
    planted.sort();
    const QString id =
        a.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Через папку")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    // Every exchange refuses each hostile file with a reason (exit 4, as for any refused bundle) and moves the rest.
    for (const Laptop* laptop : {&a, &b, &a, &b}) {
        const QJsonArray rejected = laptop->expect(4, {QStringLiteral("sync"), QStringLiteral("run"), share})
                                        .json()
                                        .value(QStringLiteral("rejected"))
                                        .toArray();
        QStringList refused;
        for (const auto& rejection : rejected) {
            refused << rejection.toObject().value(QStringLiteral("file")).toString();
            REQUIRE(!rejection.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        }
        refused.sort();
        REQUIRE(refused == planted);
    }
    REQUIRE(b.title(id) == QStringLiteral("Через папку"));
    b.ok({QStringLiteral("case"), QStringLiteral("set"), id, QStringLiteral("title=Исправлено")});
    b.expect(4, {QStringLiteral("sync"), QStringLiteral("run"), share});
    a.expect(4, {QStringLiteral("sync"), QStringLiteral("run"), share});
    REQUIRE(a.title(id) == QStringLiteral("Исправлено"));
}

TEST_CASE("travel lock, release and unlock through the command line - neither the passphrase nor the file alone",
          "[cli][travel]") {
    QTemporaryDir root;
    const auto [office, field, share] = twoLaptops(root);
    const QString caseId =
        field.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Маршрут")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const QString fieldId = field.ok({QStringLiteral("info")}).json().value(QStringLiteral("device_id")).toString();
    field.expect(2, {QStringLiteral("travel"), QStringLiteral("lock")});  // no coordinator holds the key yet
    exchangeAll({&field, &office}, share);

    CHECK(field.ok({QStringLiteral("travel"), QStringLiteral("lock")}).json() ==
          QJsonObject{{QStringLiteral("travel_locked"), true}});
    field.expect(3, {QStringLiteral("info")});

    const QString stick = root.filePath(QStringLiteral("stick"));
    office.expect(2, {QStringLiteral("travel"), QStringLiteral("release"), fieldId});
    const QString file =
        office.ok({QStringLiteral("travel"), QStringLiteral("release"), fieldId, QStringLiteral("--to"), stick})
            .json()
            .value(QStringLiteral("file"))
            .toString();
    REQUIRE(QFileInfo::exists(file));
    const Run wrong = cli({QStringLiteral("--vault"), field.vault, QStringLiteral("--passphrase-stdin"),
                           QStringLiteral("travel"), QStringLiteral("unlock"), QStringLiteral("--from"), stick},
                          "not the passphrase\n");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.count('\n') == 1);
    field.expect(1, {QStringLiteral("travel"), QStringLiteral("unlock"), QStringLiteral("--from"),
                     share});  // no release file there
    CHECK(field.ok({QStringLiteral("travel"), QStringLiteral("unlock"), QStringLiteral("--from"), stick}).json() ==
          QJsonObject{{QStringLiteral("travel_locked"), false}});
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK(field.title(caseId) == QStringLiteral("Маршрут"));
}

TEST_CASE("retention set by a coordinator reaches every laptop - a field worker cannot set it", "[cli][retention]") {
    QTemporaryDir root;
    const auto [office, field, share] = twoLaptops(root);
    const QString officeId = office.ok({QStringLiteral("info")}).json().value(QStringLiteral("device_id")).toString();

    const QJsonObject none = office.ok({QStringLiteral("retention"), QStringLiteral("show")}).json();
    CHECK(none.value(QStringLiteral("closed_case_months")).isNull());
    CHECK(none.value(QStringLiteral("set_by")).isNull());
    const QStringList set{QStringLiteral("retention"),
                          QStringLiteral("set"),
                          QStringLiteral("--closed-cases-months"),
                          QStringLiteral("24"),
                          QStringLiteral("--attachments-months"),
                          QStringLiteral("6")};
    field.expect(2, set);  // only a coordinator sets the team's rules
    office.expect(2, {QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("--closed-cases-months"),
                      QStringLiteral("1201"), QStringLiteral("--attachments-months"), QStringLiteral("6")});
    office.expect(2, {QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("--closed-cases-months"),
                      QStringLiteral("two years"), QStringLiteral("--attachments-months"), QStringLiteral("6")});
    office.expect(2, {QStringLiteral("retention"), QStringLiteral("set")});
    const QJsonObject written = office.ok(set).json();
    CHECK(written.value(QStringLiteral("closed_case_months")).toInt() == 24);
    CHECK(written.value(QStringLiteral("attachment_months")).toInt() == 6);
    CHECK(written.value(QStringLiteral("set_by")).toString() == officeId);

    const auto closedCase = [&](const QString& title, int monthsAgo) {
        return field
            .ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), title,
                 QStringLiteral("--status"), QStringLiteral("Closed"), QStringLiteral("--set"),
                 QStringLiteral("closed_on=") + QDate::currentDate().addMonths(-monthsAgo).toString(Qt::ISODate)})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    };
    const QString due = closedCase(QStringLiteral("Closed three years ago"), 36);
    const QString notYet = closedCase(QStringLiteral("Closed last year"), 12);
    const QJsonObject nothingYet =
        field.ok({QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")}).json();
    CHECK(nothingYet.value(QStringLiteral("records")).toArray().isEmpty());  // no rules here yet

    exchangeAll({&office, &field}, share);
    const QJsonObject received = field.ok({QStringLiteral("retention"), QStringLiteral("show")}).json();
    CHECK(received == written);

    const QJsonObject listed =
        office.ok({QStringLiteral("retention"), QStringLiteral("run"), QStringLiteral("--dry-run")}).json();
    CHECK(listed.value(QStringLiteral("dry_run")).toBool());
    CHECK(listed.value(QStringLiteral("purged")).toInt() == 0);
    const QJsonArray records = listed.value(QStringLiteral("records")).toArray();
    REQUIRE(records.size() == 1);
    const QJsonObject record = records.first().toObject();
    CHECK(record.value(QStringLiteral("entity")).toString() == QStringLiteral("case"));
    CHECK(record.value(QStringLiteral("record_id")).toString() == due);
    CHECK(record.value(QStringLiteral("reason")).toString() == QStringLiteral("closed_case"));
    CHECK(record.value(QStringLiteral("closed_on")).toString() ==
          QDate::currentDate().addMonths(-36).toString(Qt::ISODate));
    CHECK(office.ok({QStringLiteral("case"), QStringLiteral("show"), due}).exitCode == 0);  // the dry run kept it

    const QJsonObject ran = office.ok({QStringLiteral("retention"), QStringLiteral("run")}).json();
    CHECK_FALSE(ran.value(QStringLiteral("dry_run")).toBool());
    CHECK(ran.value(QStringLiteral("purged")).toInt() == 1);
    office.expect(1, {QStringLiteral("case"), QStringLiteral("show"), due});
    exchangeAll({&office, &field}, share);
    field.expect(1, {QStringLiteral("case"), QStringLiteral("show"), due});
    CHECK(field.ok({QStringLiteral("case"), QStringLiteral("show"), notYet}).exitCode == 0);
    CHECK(field.ok({QStringLiteral("retention"), QStringLiteral("run")}).json().value(QStringLiteral("purged")) == 0);
}

TEST_CASE("consent withdraw from a field worker waits for a coordinator - who erases the person on every laptop",
          "[cli][erasure]") {
    QTemporaryDir root;
    const auto [office, field, share] = twoLaptops(root);
    const QString caseId =
        field.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Рынок")})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const QString person = field
                               .ok({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                                    QStringLiteral("Мария Иванова"), QStringLiteral("--case"), caseId,
                                    QStringLiteral("--role"), QStringLiteral("Survivor")})
                               .json()
                               .value(QStringLiteral("id"))
                               .toString();
    CHECK(field.ok({QStringLiteral("team"), QStringLiteral("erasures")}).jsonArray().isEmpty());
    field.expect(2, {QStringLiteral("consent"), QStringLiteral("withdraw")});
    field.expect(1, {QStringLiteral("consent"), QStringLiteral("withdraw"), QStringLiteral("not an id")});
    field.expect(1, {QStringLiteral("consent"), QStringLiteral("withdraw"), QString(32, QLatin1Char('0'))});

    const QJsonObject asked = field.ok({QStringLiteral("consent"), QStringLiteral("withdraw"), person}).json();
    CHECK(asked.value(QStringLiteral("status")).toString() == QStringLiteral("requested"));
    CHECK(asked.value(QStringLiteral("person_id")).toString() == person);
    CHECK(field.ok({QStringLiteral("person"), QStringLiteral("show"), person}).exitCode == 0);  // nothing erased yet
    exchangeAll({&office, &field}, share);
    CHECK(office.ok({QStringLiteral("person"), QStringLiteral("show"), person}).exitCode == 0);

    const QJsonObject confirmed = office.ok({QStringLiteral("consent"), QStringLiteral("withdraw"), person}).json();
    CHECK(confirmed.value(QStringLiteral("status")).toString() == QStringLiteral("erased"));
    CHECK(confirmed.value(QStringLiteral("records")).toInt() == 2);  // the person and the case only theirs
    CHECK(confirmed.value(QStringLiteral("waiting_for")).toArray().contains(QStringLiteral("field")));
    office.expect(1, {QStringLiteral("person"), QStringLiteral("show"), person});
    exchangeAll({&office, &field}, share);
    exchangeAll({&office, &field}, share);  // the field laptop's bundle shows the office it has erased
    field.expect(1, {QStringLiteral("person"), QStringLiteral("show"), person});
    field.expect(1, {QStringLiteral("case"), QStringLiteral("show"), caseId});
    const QJsonArray listed = office.ok({QStringLiteral("team"), QStringLiteral("erasures")}).jsonArray();
    REQUIRE(listed.size() == 1);
    const QJsonObject entry = listed.first().toObject();
    CHECK(entry.value(QStringLiteral("requested_by")).toString() == QStringLiteral("field"));
    CHECK(entry.value(QStringLiteral("applied_on")).toArray().contains(QStringLiteral("field")));
    CHECK(entry.value(QStringLiteral("waiting_for")).toArray().isEmpty());
}

TEST_CASE(
    "a laptop restored from a backup rejoins from a script - team check names the laptop it replaces - approve "
    "needs --replaces",
    "[cli][sync][backup]") {
    QTemporaryDir root;
    const TwoLaptops two = twoLaptops(root);
    const QString fieldId = two.field.ok({QStringLiteral("info")}).json().value(QStringLiteral("device_id")).toString();
    const QString officeId =
        two.office.ok({QStringLiteral("info")}).json().value(QStringLiteral("device_id")).toString();
    const QString kept = two.field
                             .ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--title"),
                                  QStringLiteral("Only in the backup")})
                             .json()
                             .value(QStringLiteral("id"))
                             .toString();
    const QString stick = root.filePath(QStringLiteral("stick"));
    QDir().mkpath(stick);
    const QString backup = two.field.ok({QStringLiteral("backup"), QStringLiteral("--to"), stick})
                               .json()
                               .value(QStringLiteral("file"))
                               .toString();

    const Laptop restored{root.filePath(QStringLiteral("restored"))};
    const Run made = cli({QStringLiteral("--vault"), restored.vault, QStringLiteral("--passphrase-stdin"),
                          QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--from"), backup},
                         kPassphrase);
    INFO("stderr: " << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const qint64 upTo = made.json().value(QStringLiteral("old_device_up_to")).toInteger();
    const QString request = root.filePath(QStringLiteral("restored.request"));
    restored.ok({QStringLiteral("team"), QStringLiteral("request"), QStringLiteral("--out"), request});

    // team check says which device approving it removes, and what of its work is kept.
    const QJsonObject checked = two.office.ok({QStringLiteral("team"), QStringLiteral("check"), request}).json();
    const QJsonObject from = checked.value(QStringLiteral("restored_from")).toObject();
    CHECK(from.value(QStringLiteral("device_id")).toString() == fieldId);
    CHECK(from.value(QStringLiteral("name")).toString() == QStringLiteral("field"));
    CHECK(from.value(QStringLiteral("up_to")).toInteger() == upTo);
    CHECK(from.value(QStringLiteral("held_up_to")).toInteger() < upTo);  // the case never left the laptop

    // Without --replaces, or naming another device, nothing is admitted and nobody removed.
    const QString welcome = root.filePath(QStringLiteral("restored-welcome"));
    QDir().mkpath(welcome);
    const QStringList approve{QStringLiteral("team"), QStringLiteral("approve"), request, QStringLiteral("--to"),
                              welcome};
    two.office.expect(2, approve);
    two.office.expect(2, approve + QStringList{QStringLiteral("--replaces"), officeId});
    const auto statuses = [&] {
        QStringList seen;
        for (const auto& device : two.office.ok({QStringLiteral("team"), QStringLiteral("list")}).jsonArray()) {
            const QJsonObject object = device.toObject();
            seen << object.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                        object.value(QStringLiteral("status")).toString();
        }
        seen.sort();
        return seen;
    };
    CHECK(statuses() == QStringList{QStringLiteral("field active"), QStringLiteral("office active")});

    const QJsonObject approved = two.office.ok(approve + QStringList{QStringLiteral("--replaces"), fieldId}).json();
    CHECK(approved.value(QStringLiteral("restored_from")).toObject().value(QStringLiteral("device_id")).toString() ==
          fieldId);
    CHECK(statuses() == QStringList{QStringLiteral("field active"), QStringLiteral("field removed"),
                                    QStringLiteral("office active")});

    // The restored laptop joins; the case only the backup held reaches the coordinator.
    const QString number = approved.value(QStringLiteral("safety_number")).toString();
    restored.ok({QStringLiteral("sync"), QStringLiteral("import"), QStringLiteral("--from"), welcome});
    restored.ok({QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--confirm"), number});
    exchangeAll({&two.office, &restored}, two.share);
    CHECK(two.office.title(kept) == QStringLiteral("Only in the backup"));
}
