// Several real laptops (full core stacks in temporary folders) exchanging bundles through a fake folder that drops,
// duplicates, reorders, truncates, corrupts and replays files; a clock each test moves. SYNC.md's guarantees, each
// as a test.
#include "core/api/Changes.h"
#include "core/api/RecordService.h"
#include "core/client/AutoSync.h"
#include "core/client/SyncFolders.h"
#include "core/services/LocalRecords.h"
#include "core/services/LocalSync.h"
#include "core/services/LocalVault.h"
#include "core/store/ChangeFeed.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/bundle/BundleFormat.h"
#include "tests/support/TeamHarness.h"
#include "tests/support/TestSupport.h"
#include "tests/support/TestVaults.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <random>

using namespace fieldcase;
using fieldcase::test::FakeFolder;
using fieldcase::test::Laptop;
using fieldcase::test::requireClean;
using fieldcase::test::Team;

namespace {

constexpr qint64 kDayMs = qint64{24} * 60 * 60 * 1000;

QString deviceIdOf(Laptop& laptop) {
    return laptop.vault.info()->deviceId;
}

QString onlyFileIn(const QString& dir) {
    const QStringList files = QDir(dir).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    return QDir(dir).filePath(files.front());
}

}  // namespace

TEST_CASE("random histories converge whatever the folder does to the files", "[sync][convergence]") {
    // Hundreds in the normal suite; the sanitizer run takes a few (FIELDCASE_SYNC_SEEDS, CMakePresets.json).
    const int seeds =
        qEnvironmentVariableIsSet("FIELDCASE_SYNC_SEEDS") ? qEnvironmentVariableIntValue("FIELDCASE_SYNC_SEEDS") : 200;
    for (int seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed << " (rerun with FIELDCASE_SYNC_SEEDS to try more)");
        std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
        auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
        // Every third history is cut into bundles of a few changesets each, as a large team's history is.
        const auto restore = qScopeGuard([] { sync::SyncEngine::setChangesetBudget(sync::kChangesetBudget); });
        sync::SyncEngine::setChangesetBudget(seed % 3 == 0 ? 2 * 1024 : sync::kChangesetBudget);
        Team team;
        // Skewed clocks: one far ahead, one behind.
        team[1].clock.setSkew(pick(2) == 0 ? 0 : 3 * 60 * 60 * 1000);
        team[2].clock.setSkew(-pick(5) * 60 * 1000);
        FakeFolder folder(team);
        std::vector<QString> cases;
        std::map<QString, Laptop*> creatorOf;  // a field worker purges only what it made; the founder (coordinator) any
        for (int step = 0; step < 24; ++step) {
            Laptop& laptop = team[pick(4)];
            const int action = pick(10);
            if (action < 3 || cases.empty()) {
                cases.push_back(laptop.add(QStringLiteral("Case %1").arg(step)));
                creatorOf[cases.back()] = &laptop;
            } else if (action < 6) {
                const QString& id = cases[static_cast<std::size_t>(pick(static_cast<int>(cases.size())))];
                if (laptop.records.get(QStringLiteral("case"), id).ok()) {
                    const char* fields[] = {"title", "summary", "risk"};
                    const char* risks[] = {"low", "medium", "high"};
                    const int field = pick(3);
                    laptop.set(id, QLatin1String(fields[field]),
                               field == 2 ? QString::fromLatin1(risks[pick(3)]) : QStringLiteral("v%1").arg(step));
                }
            } else if (action < 7) {
                const QString& id = cases[static_cast<std::size_t>(pick(static_cast<int>(cases.size())))];
                if (laptop.records.get(QStringLiteral("case"), id).ok()) {
                    laptop.clock.advance(10);
                    REQUIRE((pick(2) == 0 ? laptop.records.archive(QStringLiteral("case"), id)
                                          : laptop.records.restore(QStringLiteral("case"), id))
                                .ok());
                }
            } else if (action < 8 && pick(3) == 0) {
                const QString& id = cases[static_cast<std::size_t>(pick(static_cast<int>(cases.size())))];
                if (laptop.records.get(QStringLiteral("case"), id).ok() &&
                    (&laptop == &team[0] || creatorOf[id] == &laptop)) {
                    laptop.clock.advance(10);
                    REQUIRE(laptop.records.purge(QStringLiteral("case"), id).ok());
                }
            } else {
                // An exchange through a faulty folder: from one laptop's outbox into another's inbox.
                const int from = pick(4);
                const int to = (from + 1 + pick(3)) % 4;
                folder.carry(from, to, static_cast<FakeFolder::Fault>(pick(FakeFolder::kFaults)), rng);
            }
        }
        team.settle();
        const QString expected = team[0].digest();
        for (auto& laptop : team.laptops) {
            REQUIRE(laptop->digest() == expected);
            REQUIRE(laptop->vault.verify()->ok());
        }
    }
}

// Every value this laptop's vault shows or keeps in an open conflict for the title of a case.
QStringList titlesKept(Laptop& laptop, const QString& caseId) {
    QStringList kept{laptop.field(caseId, QStringLiteral("title"))};
    auto conflicts = laptop.sync.conflicts();
    REQUIRE(conflicts.ok());
    for (const FieldConflict& conflict : *conflicts) {
        if (conflict.recordId.compare(caseId, Qt::CaseInsensitive) != 0 || conflict.field != QStringLiteral("title"))
            continue;
        for (const ConflictVersion& version : conflict.versions)
            kept << version.value;
    }
    return kept;
}

TEST_CASE("a member in hostile hands cannot make the honest laptops lose an edit, disagree or stop syncing",
          "[sync][hostile][convergence]") {
    // Laptop D (index 3) is in other hands. Besides the honest laptops' work it signs edits that claim to have
    // seen everything, relays honest changes with their content removed, purges records it did not make, and
    // leaves an oversized file, a pipe, a link to an endless device and random bytes, all named as bundles, in
    // every folder anyone reads; the folder itself loses, repeats, replays, cuts and damages files.
    const int seeds =
        qEnvironmentVariableIsSet("FIELDCASE_SYNC_SEEDS") ? qEnvironmentVariableIntValue("FIELDCASE_SYNC_SEEDS") : 100;
    for (int seed = 1; seed <= seeds; ++seed) {
        INFO("seed " << seed << " (rerun with FIELDCASE_SYNC_SEEDS to try more)");
        std::mt19937_64 rng(static_cast<std::uint64_t>(seed) * 7919);
        auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); };
        Team team;
        constexpr int kHostile = 3;
        Laptop& hostile = team[kHostile];
        team.inOtherHands.insert(kHostile);
        FakeFolder folder(team);
        const Laptop::Plant hostileFiles = [&](const QString& inbox) { return test::plantHostileFiles(inbox, rng); };
        store::Context claimsEverything;
        for (auto& laptop : team.laptops)
            claimsEverything.emplace_back(laptop->deviceId(), qint64{1} << 62);
        const QString target = team[pick(3)].add(QStringLiteral("Target"));
        std::vector<QString> cases{target};
        const auto anyCase = [&] { return cases[static_cast<std::size_t>(pick(static_cast<int>(cases.size())))]; };
        for (int step = 0; step < 20; ++step) {
            const int action = pick(10);
            Laptop& honest = team[pick(3)];
            if (action < 2) {
                cases.push_back(honest.add(QStringLiteral("Case %1").arg(step)));
            } else if (action < 4) {
                const QString id = anyCase();
                if (honest.records.get(QStringLiteral("case"), id).ok())
                    honest.set(id, pick(2) == 0 ? QStringLiteral("title") : QStringLiteral("summary"),
                               QStringLiteral("honest %1").arg(step));
            } else if (action < 7) {
                const QString id = anyCase();
                switch (pick(3)) {
                    case 0:
                        test::forge(hostile,
                                    {test::setTitle(id, QStringLiteral("frozen %1").arg(step), claimsEverything)});
                        break;
                    case 1: {
                        auto held = store::changesetsSince(hostile.db(), {});
                        REQUIRE(held.ok());
                        std::vector<store::StoredChangeset> honestChanges;
                        for (auto& changeset : *held) {
                            if (changeset.origin != hostile.deviceId()) honestChanges.push_back(std::move(changeset));
                        }
                        if (!honestChanges.empty()) {
                            const auto& victim =
                                honestChanges[static_cast<std::size_t>(pick(static_cast<int>(honestChanges.size())))];
                            test::relayInstead(hostile, test::blanked(victim, 0));
                        }
                        break;
                    }
                    default:
                        if (hostile.records.get(QStringLiteral("case"), id).ok()) {
                            hostile.clock.advance(10);
                            REQUIRE(hostile.records.purge(QStringLiteral("case"), id).ok());
                        }
                        break;
                }
            } else {
                const int from = pick(4);
                const int to = (from + 1 + pick(3)) % 4;
                folder.carry(from, to, static_cast<FakeFolder::Fault>(pick(FakeFolder::kFaults)), rng, hostileFiles);
            }
        }
        // The field the hostile laptop claims to have frozen: each honest laptop edits it without seeing the others.
        test::forge(hostile, {test::setTitle(target, QStringLiteral("frozen"), claimsEverything)});
        team.settle({}, hostileFiles);
        QStringList finalEdits;
        for (int i = 0; i < 3; ++i) {
            finalEdits << QStringLiteral("final %1 from %2").arg(seed).arg(i);
            team[i].set(target, QStringLiteral("title"), finalEdits.back());
        }
        team.settle({}, hostileFiles);
        const QString expected = team[0].digest();
        for (int i = 0; i < 3; ++i) {
            INFO("honest laptop " << i);
            REQUIRE(team[i].digest() == expected);
            REQUIRE(team[i].vault.verify()->ok());
            const QStringList kept = titlesKept(team[i], target);
            for (const QString& edit : finalEdits)
                REQUIRE(kept.contains(edit));
        }
    }
}

TEST_CASE("re-importing and replaying old bundles changes nothing", "[sync]") {
    Team team(2);
    const QString id = team[0].add(QStringLiteral("Первый"));
    const QByteArray first = team[0].exportBundle();
    team[0].set(id, QStringLiteral("title"), QStringLiteral("Второй"));
    const QByteArray second = team[0].exportBundle();
    SyncReport report = team[1].importFiles({second});
    REQUIRE(report.read == 1);
    REQUIRE(report.applied == 2);
    const QString after = team[1].digest();
    report = team[1].importFiles({second, first, second});
    requireClean(report);
    REQUIRE(report.applied == 0);
    REQUIRE(report.skipped == 2);  // the same file again: not even opened
    REQUIRE(report.read == 1);     // the older one: opened, verified, nothing new in it
    REQUIRE(team[1].digest() == after);
    REQUIRE(team[1].field(id, QStringLiteral("title")) == QStringLiteral("Второй"));
}

TEST_CASE("a damaged bundle in the folder is refused with a reason and the good ones still apply", "[sync]") {
    Team team(2);
    team[0].add(QStringLiteral("Hotline call"));
    const QByteArray bundle = team[0].exportBundle();
    const QString before = team[1].digest();
    std::vector<std::pair<const char*, QByteArray>> damaged{
        {"empty", QByteArray()},
        {"half", bundle.left(bundle.size() / 2)},
        {"trailing byte", bundle + '\0'},
        {"header bit", QByteArray(bundle).replace(3, 1, QByteArray(1, static_cast<char>(bundle[3] ^ 0x10)))},
        {"last byte", QByteArray(bundle).replace(bundle.size() - 1, 1,
                                                 QByteArray(1, static_cast<char>(bundle[bundle.size() - 1] ^ 1)))},
    };
    for (const auto& [what, bytes] : damaged) {
        INFO(what);
        const SyncReport report = team[1].importFiles({bytes});
        REQUIRE(report.rejected.size() == 1);
        REQUIRE(!report.rejected.front().reason.isEmpty());
        REQUIRE(team[1].digest() == before);
    }
    const SyncReport mixed = team[1].importFiles({bundle.left(100), bundle});
    REQUIRE(mixed.rejected.size() == 1);
    REQUIRE(mixed.rejected.front().retry);  // incomplete: perhaps still being copied
    REQUIRE(mixed.read == 1);
    REQUIRE(team[1].digest() == team[0].digest());
}

TEST_CASE("a file refused for good is not read again while it stays, and forgotten once it goes", "[sync]") {
    Team team(2);
    team[0].add(QStringLiteral("Hotline call"));
    const QByteArray bundle = team[0].exportBundle();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaa"));
    const QByteArray flipped =
        QByteArray(bundle).replace(bundle.size() - 1, 1, QByteArray(1, static_cast<char>(bundle.back() ^ 1)));
    test::writeAll(path, flipped);
    SyncReport report = *team[1].sync.importFrom(folder.path(), {});
    REQUIRE(report.rejected.size() == 1);
    REQUIRE_FALSE(report.rejected.front().retry);
    const QString reason = report.rejected.front().reason;
    // The same name and size again: refused with the same reason, unread — shown by putting the good bundle of the
    // same size in its place (writers never reuse a name, so this never happens to an honest file).
    REQUIRE(bundle.size() == flipped.size());
    test::writeAll(path, bundle);
    report = *team[1].sync.importFrom(folder.path(), {});
    REQUIRE(report.rejected.size() == 1);
    REQUIRE(report.rejected.front().reason == reason);
    REQUIRE(report.read == 0);
    // Gone from the folder, it is forgotten: the same name later is read like any other file.
    REQUIRE(QFile::remove(path));
    REQUIRE(team[1].sync.importFrom(folder.path(), {}).ok());
    test::writeAll(path, bundle);
    report = *team[1].sync.importFrom(folder.path(), {});
    requireClean(report);
    REQUIRE(report.read == 1);
    REQUIRE(team[1].digest() == team[0].digest());
}

TEST_CASE(
    "a laptop restored from an old backup is named, its other history set aside, and its removal reunites "
    "the team",
    "[sync][hostile]") {
    Team team(3);
    const QString id = team[1].add(QStringLiteral("Shelter referral"));
    requireClean(team[0].receive(team[1]));
    // B's vault goes back to a copy made before the case existed and makes a different change with the same number.
    QTemporaryDir backupRoot;
    const QString backup = backupRoot.filePath(QStringLiteral("b"));
    const QString bDir = team[1].vault.vaultDir();
    team.laptops[1].reset();
    test::copyFolder(test::templateDir(1), backup);
    QDir(bDir).removeRecursively();
    test::copyFolder(backup, bDir);
    team.laptops[1] = std::make_unique<Laptop>(bDir);
    const QString other = team[1].add(QStringLiteral("Something else"));
    const QString fromC = team[2].add(QStringLiteral("From C"));
    requireClean(team[2].receive(team[1]));  // C takes the restored laptop's version

    // C's bundle carries C's work and B's other version: the work applies, the version is set aside, B is named.
    SyncReport report = team[0].receive(team[2]);
    requireClean(report);
    REQUIRE(team[0].field(fromC, QStringLiteral("title")) == QStringLiteral("From C"));
    REQUIRE(team[0].field(id, QStringLiteral("title")) == QStringLiteral("Shelter referral"));
    REQUIRE(team[0].field(other, QStringLiteral("title")) == QStringLiteral("<gone>"));
    REQUIRE(report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Laptop B")));
    auto devices = team[0].sync.team();
    REQUIRE(devices.ok());
    const auto b = std::find_if(devices->begin(), devices->end(),
                                [&](const TeamDevice& device) { return device.deviceId == deviceIdOf(team[1]); });
    REQUIRE(b != devices->end());
    REQUIRE(b->forkedChange > 0);

    // The restored laptop learns it too, from its own number coming back in another version, and still takes A's work.
    const QString fromA = team[0].add(QStringLiteral("From A"));
    report = team[1].receive(team[0]);
    requireClean(report);
    REQUIRE(report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Laptop B")));
    REQUIRE(team[1].field(fromA, QStringLiteral("title")) == QStringLiteral("From A"));

    // Removing B cuts it off before the fork: neither version stays anywhere, and A and C agree again.
    REQUIRE(team[0].sync.revoke(deviceIdOf(team[1])).ok());
    requireClean(team[2].receive(team[0]));
    requireClean(team[0].receive(team[2]));
    for (int i : {0, 2}) {
        REQUIRE(team[i].field(id, QStringLiteral("title")) == QStringLiteral("<gone>"));
        REQUIRE(team[i].field(other, QStringLiteral("title")) == QStringLiteral("<gone>"));
    }
    REQUIRE(team[0].digest() == team[2].digest());
}

TEST_CASE("a revoked laptop's later changes are refused in either arrival order", "[sync][revocation]") {
    for (const bool revocationFirst : {true, false}) {
        INFO("revocation arrives " << (revocationFirst ? "first" : "last"));
        Team team(3);
        const QString id = team[0].add(QStringLiteral("Market outreach"));
        team.settle();
        team[2].set(id, QStringLiteral("summary"), QStringLiteral("before removal"));
        requireClean(team[0].receive(team[2]));
        REQUIRE(team[0].sync.revoke(deviceIdOf(team[2])).ok());
        team[2].set(id, QStringLiteral("title"), QStringLiteral("after removal"));
        team[2].add(QStringLiteral("Made after removal"));
        const QByteArray fromC = team[2].exportBundle();
        const QByteArray fromA = team[0].exportBundle();
        const SyncReport report =
            revocationFirst ? team[1].importFiles({fromA, fromC}) : team[1].importFiles({fromC, fromA});
        if (revocationFirst) REQUIRE(report.rejected.size() == 1);
        // Whatever the order: what C did after its cut-off is gone, what it did before stays.
        REQUIRE(team[1].field(id, QStringLiteral("title")) == QStringLiteral("Market outreach"));
        REQUIRE(team[1].field(id, QStringLiteral("summary")) == QStringLiteral("before removal"));
        REQUIRE(team[1].digest() == team[0].digest());
        REQUIRE(team[1].records.counts()->value(QStringLiteral("case")).toInt() == 1);
        // B counts C's later changes that reached it and were taken back; a bundle of C's refused unopened
        // brings none.
        const auto devices = team[1].sync.team();
        REQUIRE(devices.ok());
        for (const TeamDevice& device : *devices) {
            if (device.deviceId == deviceIdOf(team[2])) REQUIRE(device.refusedChanges == (revocationFirst ? 0 : 2));
        }
        // A refuses C's bundle outright, and C can no longer read what A writes.
        REQUIRE(team[0].importFiles({fromC}).rejected.size() == 1);
        const SyncReport atC = team[2].importFiles({team[0].exportBundle()});
        REQUIRE(atC.rejected.size() == 1);
        REQUIRE(atC.read == 0);
        // B, told by A, now relays nothing of C's later work either.
        requireClean(team[0].receive(team[1]));
        REQUIRE(team[0].digest() == team[1].digest());
        REQUIRE(team[1].vault.verify()->ok());
    }
}

TEST_CASE("clocks far off neither win by being ahead nor stop later edits", "[sync][clock]") {
    Team team(2);
    const QString id = team[0].add(QStringLiteral("Original"));
    requireClean(team[1].receive(team[0]));
    team[1].clock.setSkew(10 * 365 * kDayMs);  // ten years ahead
    team[1].set(id, QStringLiteral("title"), QStringLiteral("From the future"));
    const SyncReport report = team[0].receive(team[1]);
    requireClean(report);
    REQUIRE(report.warnings.size() == 1);
    REQUIRE(report.warnings.front().contains(QStringLiteral("Laptop B")));
    // A saw B's edit, so A's next edit wins although A's clock is ten years behind B's stamp.
    team[0].set(id, QStringLiteral("title"), QStringLiteral("Corrected"));
    requireClean(team[1].receive(team[0]));
    REQUIRE(team[1].field(id, QStringLiteral("title")) == QStringLiteral("Corrected"));
    REQUIRE(team[1].sync.conflicts()->empty());

    // The Team screen shows it too: when B was last heard from and how far ahead its clock was.
    const auto devices = team[0].sync.team();
    REQUIRE(devices.ok());
    const auto laptopB = std::find_if(devices->begin(), devices->end(), [](const TeamDevice& device) {
        return device.name == QStringLiteral("Laptop B");
    });
    REQUIRE(laptopB != devices->end());
    REQUIRE(laptopB->lastHeardMs > 0);
    REQUIRE(laptopB->clockAheadMs > 9 * 365 * kDayMs);
    // A's own bundles were dated by a clock in step with B's reading of it.
    const auto seenByB = team[1].sync.team();
    REQUIRE(seenByB.ok());
    for (const TeamDevice& device : *seenByB)
        REQUIRE(device.clockAheadMs == 0);

    team[0].clock.setSkew(-365 * kDayMs);  // and then a year behind, jumping back
    team[0].set(id, QStringLiteral("summary"), QStringLiteral("after the jump"));
    team[0].set(id, QStringLiteral("summary"), QStringLiteral("later still"));
    requireClean(team[1].receive(team[0]));
    REQUIRE(team[1].field(id, QStringLiteral("summary")) == QStringLiteral("later still"));
    REQUIRE(team[1].digest() == team[0].digest());
}

TEST_CASE("archive on one laptop and edit on another show as a conflict", "[sync]") {
    Team team(2);
    const QString id = team[0].add(QStringLiteral("Closed case"));
    requireClean(team[1].receive(team[0]));
    team[0].clock.advance(10);
    REQUIRE(team[0].records.archive(QStringLiteral("case"), id).ok());
    team[1].set(id, QStringLiteral("title"), QStringLiteral("Still working on it"));
    team.settle();
    REQUIRE(team[0].digest() == team[1].digest());
    // Different fields: the edit and the archive both hold; nothing is silently lost.
    REQUIRE(team[0].field(id, QStringLiteral("title")) == QStringLiteral("Still working on it"));
    REQUIRE(team[0].records.get(QStringLiteral("case"), id)->archived);
}

TEST_CASE(
    "a coordinator that signs two team changes under one number stops nobody's exchange and every laptop "
    "counts the same one",
    "[sync][team][hostile]") {
    Team team;
    // A's vault is copied as it is now (a backup); A promotes C, the copy — another laptop with A's key — promotes D.
    QTemporaryDir copyRoot;
    const QString copyDir = copyRoot.filePath(QStringLiteral("a"));
    test::copyFolder(test::templateDir(0), copyDir);
    Laptop copy(copyDir);
    REQUIRE(team[0].sync.setRole(deviceIdOf(team[2]), true).ok());
    REQUIRE(copy.sync.setRole(deviceIdOf(team[3]), true).ok());
    requireClean(team[2].receive(team[0]));
    requireClean(team[3].receive(copy));

    const auto rolesOn = [&](Laptop& laptop) {
        QStringList roles;
        const auto devices = laptop.sync.team();
        REQUIRE(devices.ok());
        for (const TeamDevice& device : *devices)
            roles << device.name + QLatin1Char('=') + device.role + (device.forkedTeamChange ? "!" : "");
        roles.sort();
        return roles;
    };
    const bool cFirst = GENERATE(true, false);
    Laptop& first = cFirst ? team[2] : team[3];
    Laptop& second = cFirst ? team[3] : team[2];
    for (auto [reader, writer] : {std::pair(&first, &second), std::pair(&second, &first)}) {
        const SyncReport report = reader->receive(*writer);
        requireClean(report);  // both versions kept, nothing refused
        REQUIRE(report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Laptop A")));
    }
    REQUIRE(rolesOn(team[2]) == rolesOn(team[3]));
    REQUIRE(rolesOn(team[2]).join(QLatin1Char(' ')).contains(QStringLiteral("Laptop A=coordinator!")));
    // Exactly one of the two promotions counts, the same on both laptops.
    const QStringList roles = rolesOn(team[2]);
    REQUIRE(roles.contains(QStringLiteral("Laptop C=coordinator")) !=
            roles.contains(QStringLiteral("Laptop D=coordinator")));
    // The others follow, and everyone keeps exchanging.
    team.settle();
    REQUIRE(rolesOn(team[1]) == rolesOn(team[2]));
}

TEST_CASE("cleaning a folder removes only bundles every active laptop already has", "[sync]") {
    Team team;
    team[0].add(QStringLiteral("Shared"));
    QTemporaryDir stick;
    REQUIRE(team[0].sync.exportTo(stick.path()).ok());
    REQUIRE(*team[0].sync.cleanFolder(stick.path()) == 0);  // nobody has acknowledged it
    for (int i = 1; i < 3; ++i)
        requireClean(team[i].receive(team[0]));
    requireClean(team[0].importFiles({team[1].exportBundle(), team[2].exportBundle()}));
    REQUIRE(*team[0].sync.cleanFolder(stick.path()) == 0);  // D has not
    requireClean(team[3].receive(team[0]));
    requireClean(team[0].receive(team[3]));
    REQUIRE(*team[0].sync.cleanFolder(stick.path()) == 1);
    REQUIRE(QDir(stick.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("cleaning a folder keeps a bundle that carries only a team change until everyone has it", "[sync][team]") {
    Team team;
    team.settle();
    QTemporaryDir stick;
    // A coordinator promotes C: the bundle carries a membership event and no changes.
    REQUIRE(team[0].sync.setRole(deviceIdOf(team[2]), true).ok());
    REQUIRE(team[0].sync.exportTo(stick.path()).ok());
    for (int reader = 1; reader < 4; ++reader) {
        REQUIRE(*team[0].sync.cleanFolder(stick.path()) == 0);  // someone has not seen the promotion
        requireClean(team[reader].importFiles({test::readAll(onlyFileIn(stick.path()))}));
        requireClean(team[0].receive(team[reader]));
    }
    REQUIRE(*team[0].sync.cleanFolder(stick.path()) == 1);
}

TEST_CASE("a rotated bundle key reads new bundles and old keys go", "[sync]") {
    Team team(2);
    REQUIRE(team[1].sync.rotateKey().ok());
    team[0].add(QStringLiteral("Before B's rotation reached A"));
    const QByteArray toOldKey = team[0].exportBundle();
    requireClean(team[1].importFiles({toOldKey}));  // the previous key is kept for this
    requireClean(team[0].receive(team[1]));
    team[0].add(QStringLiteral("After"));
    requireClean(team[1].receive(team[0]));
    REQUIRE(team[1].sync.rotateKey().ok());  // the key before the previous one is now deleted
    REQUIRE(!team[1].importFiles({toOldKey}).rejected.empty());
    REQUIRE(team[1].digest() == team[0].digest());
}

TEST_CASE("an exchange imports then writes the outbox - and a cancelled one stops between bundles", "[sync]") {
    Team team;
    QTemporaryDir shared;
    for (int i = 1; i < 4; ++i) {
        team[i].add(QStringLiteral("From laptop %1").arg(i));
        REQUIRE(team[i].sync.exportTo(shared.path()).ok());
    }
    const QString sharedKey = QFileInfo(shared.path()).canonicalFilePath();
    const auto exchangedWithShared = [&team, &sharedKey]() -> std::optional<qint64> {
        const auto exchanges = team[0].sync.lastExchanges();
        REQUIRE(exchanges.ok());
        for (const FolderExchange& exchange : *exchanges) {
            if (exchange.folder == sharedKey) return exchange.exchangedMs;
        }
        return std::nullopt;
    };
    REQUIRE_FALSE(exchangedWithShared());

    // Stopped before the second bundle: the first is applied whole, nothing is written.
    int calls = 0;
    auto stopped = team[0].sync.exchange(shared.path(), [&calls](int done, int total) {
        REQUIRE(total == 3);
        REQUIRE(done == calls++);
        return done < 1;
    });
    REQUIRE(stopped.ok());
    REQUIRE(stopped->received.cancelled);
    REQUIRE(stopped->received.read == 1);
    REQUIRE(stopped->written.isEmpty());
    REQUIRE(QDir(shared.path()).entryList(QDir::Files).size() == 3);
    REQUIRE_FALSE(exchangedWithShared());

    // The whole exchange: the rest is read, and the outbox (relaying what came in) lands in the folder.
    team[0].clock.advance(1000);
    auto exchanged = team[0].sync.exchange(shared.path(), {});
    REQUIRE(exchanged.ok());
    REQUIRE_FALSE(exchanged->received.cancelled);
    requireClean(exchanged->received);
    REQUIRE(exchanged->received.read == 2);
    REQUIRE(QDir(shared.path()).exists(exchanged->written));
    REQUIRE(exchangedWithShared() == team[0].clock.nowMs());
    // Newest first: the Sync screen lists the folder just used at the top.
    REQUIRE(team[0].sync.lastExchanges()->front().folder == sharedKey);
}

TEST_CASE("an exchange with nothing new leaves the outbox in the folder as it is", "[sync]") {
    Team team(2);
    QTemporaryDir shared;
    team[0].add(QStringLiteral("Shared"));
    const auto exportNow = [&]() {
        team[0].clock.advance(60 * 1000);
        auto name = team[0].sync.exportTo(shared.path());
        REQUIRE(name.ok());
        return *name;
    };
    const auto only = [&]() {
        const QStringList files = QDir(shared.path()).entryList(QDir::Files);
        REQUIRE(files.size() == 1);
        return std::pair(files.front(), test::readAll(QDir(shared.path()).filePath(files.front())));
    };
    const QString first = exportNow();
    const auto [firstName, firstBytes] = only();
    REQUIRE(firstName == first);

    // Again with nothing new: the same file, untouched, and the folder counts as exchanged with now.
    REQUIRE(exportNow() == first);
    REQUIRE(only() == std::pair(firstName, firstBytes));
    REQUIRE(team[0].sync.lastExchanges()->front().exchangedMs == team[0].clock.nowMs());

    // Anything new in it - an edit, or what came in from a peer (the outbox acknowledges it) - writes a new one.
    team[0].set(team[0].add(QStringLiteral("Second")), QStringLiteral("title"), QStringLiteral("Second, renamed"));
    const QString afterEdit = exportNow();
    REQUIRE(afterEdit != first);
    REQUIRE(only().first == afterEdit);
    team[1].add(QStringLiteral("From B"));
    requireClean(team[0].receive(team[1]));
    const QString afterImport = exportNow();
    REQUIRE(afterImport != afterEdit);
    REQUIRE(exportNow() == afterImport);

    // A file that is gone or not whole (a copy cut short, someone's clean-up) is written again.
    REQUIRE(QFile::remove(QDir(shared.path()).filePath(afterImport)));
    const QString afterRemoval = exportNow();
    REQUIRE(afterRemoval != afterImport);
    {
        QFile cut(QDir(shared.path()).filePath(afterRemoval));
        REQUIRE(cut.open(QIODevice::ReadWrite));
        REQUIRE(cut.resize(cut.size() - 1));
    }
    const QString afterCut = exportNow();
    REQUIRE(afterCut != afterRemoval);
    REQUIRE(only().first == afterCut);

    // Once a day it is written again all the same, so that peers hear this laptop is alive.
    team[0].clock.advance(qint64{23} * 60 * 60 * 1000);
    REQUIRE(exportNow() == afterCut);
    team[0].clock.advance(qint64{60} * 60 * 1000);
    const QString nextDay = exportNow();
    REQUIRE(nextDay != afterCut);
    requireClean(team[1].importFiles({only().second}));
}

TEST_CASE("a shared folder's temporary and conflict copies are ignored without complaint", "[sync]") {
    Team team(2);
    team[0].add(QStringLiteral("Via Syncthing"));
    QTemporaryDir shared;
    auto name = team[0].sync.exportTo(shared.path());
    REQUIRE(name.ok());
    const QByteArray bundle = test::readAll(QDir(shared.path()).filePath(*name));
    test::writeAll(QDir(shared.path()).filePath(QStringLiteral(".syncthing.%1.tmp").arg(*name)), bundle.left(500));
    test::writeAll(QDir(shared.path()).filePath(*name + QStringLiteral(".sync-conflict-20261127-101010-ABCDEF")),
                   bundle);
    test::writeAll(QDir(shared.path()).filePath(QStringLiteral("~%1.partial").arg(*name)), bundle.left(10));
    auto report = team[1].sync.importFrom(shared.path(), {});
    REQUIRE(report.ok());
    requireClean(*report);
    REQUIRE(report->read == 1);
    REQUIRE(team[1].digest() == team[0].digest());
}

TEST_CASE("export to a read-only or full medium fails cleanly and keeps the previous bundle", "[sync][io]") {
    if (::geteuid() != 0) {
        // Without root a read-only folder is a permission; a full disk needs a small file system (root only, as CI).
        Team team(1);
        QTemporaryDir folder;
        REQUIRE(team[0].sync.exportTo(folder.path()).ok());
        REQUIRE(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        REQUIRE(test::errorCode(team[0].sync.exportTo(folder.path())) == ErrorCode::Io);
        REQUIRE(QDir(folder.path()).entryList(QDir::Files).size() == 1);
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return;
    }
    Team team(2);
    QTemporaryDir mountPoint;
    // A small file system of its own, unmounted however the test ends.
    struct Mounted {
        QString path;
        Mounted(const QString& where, const QString& options) : path(where) {
            REQUIRE(QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                       QStringLiteral("tmpfs"), path}) == 0);
        }
        ~Mounted() { QProcess::execute(QStringLiteral("umount"), {path}); }
    };

    // A stick with room for one small bundle: the next, bigger one does not fit.
    QString first;
    QByteArray previous;
    {
        const Mounted stick(mountPoint.path(), QStringLiteral("size=48k"));
        auto written = team[0].sync.exportTo(mountPoint.path());
        REQUIRE(written.ok());
        first = *written;
        QString big;
        for (int i = 0; i < 400; ++i)
            big += QStringLiteral("слово%1 ").arg(i);
        const QString id = team[0].add(QStringLiteral("Long notes"));
        for (int i = 0; i < 12; ++i)
            team[0].set(id, QStringLiteral("summary"), big + QString::number(i));
        const auto full = team[0].sync.exportTo(mountPoint.path());
        REQUIRE(test::errorCode(full) == ErrorCode::Io);
        REQUIRE(QDir(mountPoint.path()).entryList(QDir::Files) == QStringList{first});
        previous = test::readAll(QDir(mountPoint.path()).filePath(first));
    }
    // A read-only medium: nothing written, and the laptop still works.
    {
        const Mounted readOnly(mountPoint.path(), QStringLiteral("ro,size=1m"));
        REQUIRE(test::errorCode(team[0].sync.exportTo(mountPoint.path())) == ErrorCode::Io);
    }
    requireClean(team[1].importFiles({previous}));
    requireClean(team[1].receive(team[0]));
    REQUIRE(team[1].digest() == team[0].digest());
}

namespace {

// The event loop AutoSync's watcher and timers need.
void ensureApplication() {
    static int argc = 1;
    static char name[] = "fieldcase_sync_engine_tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

// Runs the event loop until done() holds; false if it does not within a minute (a generous bound, not a timing).
bool processEventsUntil(const std::function<bool()>& done) {
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > 60000) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        QThread::msleep(20);
    }
    return true;
}

bool hasCaseTitled(Laptop& laptop, const QString& title) {
    auto page = laptop.records.listCases({});
    if (!page) return false;
    return std::any_of(page->rows.begin(), page->rows.end(), [&](const auto& row) { return row.title == title; });
}

}  // namespace

TEST_CASE("AutoSync exchanges with a folder when it becomes reachable and when a bundle lands in it", "[sync][auto]") {
    ensureApplication();
    Team team(2);
    QTemporaryDir root;
    const QString share = root.filePath(QStringLiteral("share"));
    AutoSync autoSync(team[1].sync);
    int exchanges = 0;
    QObject::connect(&autoSync, &AutoSync::exchanged, [&](const QString&, const SyncReport& report) {
        requireClean(report);
        ++exchanges;
    });
    SyncSettings settings;
    settings.folders = {share};
    settings.useSticks = false;
    settings.intervalSeconds = 3600;
    autoSync.start(settings);
    REQUIRE(exchanges == 0);  // the share is not there (offline)

    QDir().mkpath(share);  // back online
    REQUIRE(processEventsUntil([&] { return exchanges == 1; }));
    REQUIRE(QDir(share).entryList(QDir::Files).size() == 1);  // B's outbox

    team[0].add(QStringLiteral("Arrived by itself"));
    REQUIRE(team[0].sync.exportTo(share).ok());
    REQUIRE(processEventsUntil([&] { return hasCaseTitled(team[1], QStringLiteral("Arrived by itself")); }));
    autoSync.stop();
    REQUIRE(!autoSync.isRunning());
}

TEST_CASE("AutoSync exchanges with a team stick when it is plugged in", "[sync][auto]") {
    ensureApplication();
    Team team(2);
    team[0].add(QStringLiteral("Carried on a stick"));
    AutoSync autoSync(team[1].sync);
    int exchanges = 0;
    QObject::connect(&autoSync, &AutoSync::exchanged, [&](const QString&, const SyncReport&) { ++exchanges; });
    SyncSettings settings;
    settings.watchFolders = false;
    settings.stickFolder = QStringLiteral("backup");
    autoSync.start(settings);
    if (::geteuid() != 0) {
        // Plugging a stick in needs a mount (root, as in CI); without it, only that nothing happens unasked.
        REQUIRE(exchanges == 0);
        return;
    }
    // A small file system mounted under /media, as the desktop mounts a USB stick, with the team's folder on it.
    const QString mountPoint = QStringLiteral("/media/fieldcase-test-%1").arg(QCoreApplication::applicationPid());
    REQUIRE(QDir().mkpath(mountPoint));
    REQUIRE(QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=4m"), QStringLiteral("tmpfs"), mountPoint}) == 0);
    struct Unplug {
        QString path;
        ~Unplug() {
            // Lazily: another process looking at the drives (a second test run) must not keep the mount behind.
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("--lazy"), path});
            QDir().rmdir(path);
        }
    } unplug{mountPoint};
    const QString folder = QDir(mountPoint).filePath(QStringLiteral("backup"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(team[0].sync.exportTo(folder).ok());
    REQUIRE(processEventsUntil([&] { return exchanges == 1; }));
    REQUIRE(hasCaseTitled(team[1], QStringLiteral("Carried on a stick")));
}

TEST_CASE("a laptop's views learn what an import brought - records, team and the exchange itself", "[sync][changes]") {
    Team team(2);
    std::vector<VaultChange> seen;
    const Subscription subscription =
        team[1].vault.changes().subscribe([&](const VaultChange& change) { seen.push_back(change); });
    team[0].add(QStringLiteral("Brought by the exchange"));
    REQUIRE(seen.empty());  // another laptop's edit
    requireClean(team[1].receive(team[0]));
    REQUIRE(seen.size() == 1);
    REQUIRE(seen.back().touches(QStringLiteral("case")));
    REQUIRE(seen.back().syncFinished);
    REQUIRE(seen.back().team);
}

TEST_CASE("Exchange now reaches every folder there is - automatic exchange only those switched on", "[sync][auto]") {
    Team team(1);
    QTemporaryDir root;
    const QString share = root.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    SyncSettings settings;
    settings.folders = {share + QLatin1Char('/'), root.filePath(QStringLiteral("offline")), share};
    settings.watchFolders = false;
    settings.useSticks = false;
    settings.stickFolder = QStringLiteral("no-such-team-folder-%1").arg(QCoreApplication::applicationPid());
    REQUIRE(reachableFolders(team[0].sync, settings, ExchangeTrigger::Manual) == QStringList{share});
    REQUIRE(reachableFolders(team[0].sync, settings, ExchangeTrigger::Automatic).isEmpty());
    settings.watchFolders = true;
    REQUIRE(reachableFolders(team[0].sync, settings, ExchangeTrigger::Automatic) == QStringList{share});
}

TEST_CASE("a laptop silent for weeks stops holding the outbox back and catches up when it returns", "[sync]") {
    Team team;
    team.settle();
    team[0].add(QStringLiteral("While D was away"));
    for (int i = 1; i < 3; ++i)
        requireClean(team[i].receive(team[0]));
    requireClean(team[0].importFiles({team[1].exportBundle(), team[2].exportBundle()}));
    QTemporaryDir outbox;
    const auto changesetsInOutbox = [&] {
        auto name = team[0].sync.exportTo(outbox.path());
        REQUIRE(name.ok());
        auto inspection = team[0].sync.inspect(QDir(outbox.path()).filePath(*name));
        REQUIRE(inspection.ok());
        REQUIRE(inspection->opened);
        return inspection->changesets;
    };
    REQUIRE(changesetsInOutbox() > 0);  // D has not acknowledged: held for it
    for (auto& laptop : team.laptops)
        laptop->clock.advance(46 * kDayMs);
    REQUIRE(changesetsInOutbox() > 0);  // nobody heard from for weeks: that is this laptop's silence, not D's
    requireClean(team[0].importFiles({team[1].exportBundle(), team[2].exportBundle()}));
    REQUIRE(changesetsInOutbox() == 0);      // B and C are back; D, silent 46 days longer, holds nothing back
    requireClean(team[0].receive(team[3]));  // D is back
    REQUIRE(changesetsInOutbox() > 0);
    requireClean(team[3].receive(team[0]));
    REQUIRE(hasCaseTitled(team[3], QStringLiteral("While D was away")));
}

TEST_CASE("only coordinators change the team - and a promoted laptop can", "[sync][team]") {
    Team team;
    team.settle();
    REQUIRE(test::errorCode(team[1].sync.revoke(deviceIdOf(team[3]))) == ErrorCode::Usage);
    REQUIRE(test::errorCode(team[1].sync.setRole(deviceIdOf(team[2]), true)) == ErrorCode::Usage);
    REQUIRE(test::errorCode(team[0].sync.revoke(deviceIdOf(team[0]))) == ErrorCode::Usage);
    REQUIRE(team[0].sync.setRole(deviceIdOf(team[1]), true).ok());
    requireClean(team[1].receive(team[0]));
    REQUIRE(team[1].vault.info()->role == QStringLiteral("coordinator"));
    REQUIRE(team[1].sync.revoke(deviceIdOf(team[3])).ok());
    team.laptops.pop_back();  // D is gone
    team.settle();
    for (auto& laptop : team.laptops) {
        const auto devices = laptop->sync.team();
        REQUIRE(devices.ok());
        REQUIRE(devices->size() == 4);
        REQUIRE(std::count_if(devices->begin(), devices->end(), [](const TeamDevice& device) {
                    return device.status == QStringLiteral("removed");
                }) == 1);
        REQUIRE(std::count_if(devices->begin(), devices->end(), [](const TeamDevice& device) {
                    return device.role == QStringLiteral("coordinator");
                }) == 2);
    }
}

namespace {

// A laptop made now that joins the team through `coordinator`, its welcome read and confirmed at once.
std::unique_ptr<Laptop> joinNew(Laptop& coordinator, const QString& dir, const QString& name) {
    auto laptop = std::make_unique<Laptop>(test::createVault(dir, name, true));
    test::enrol(coordinator, *laptop, dir + QStringLiteral(".welcome"));
    return laptop;
}

QString statusOf(Laptop& laptop, Laptop& device) {
    const auto devices = laptop.sync.team();
    REQUIRE(devices.ok());
    for (const TeamDevice& entry : *devices) {
        if (entry.deviceId == deviceIdOf(device)) return entry.status;
    }
    return QStringLiteral("<unknown>");
}

}  // namespace

TEST_CASE("a laptop one coordinator admitted is removed by either, whichever exchanges first", "[sync][team]") {
    // The report: A founds, makes B a coordinator, B admits C, all exchange; A revokes C and A and B exchange.
    for (const bool founderAdmits : {false, true}) {
        for (const bool founderRemoves : {true, false}) {
            for (const bool removerSendsFirst : {true, false}) {
                INFO("admitted by " << (founderAdmits ? "A" : "B") << ", removed by " << (founderRemoves ? "A" : "B")
                                    << ", " << (removerSendsFirst ? "remover" : "other") << " sends first");
                Team team(2);
                Laptop& a = team[0];
                Laptop& b = team[1];
                REQUIRE(a.sync.setRole(deviceIdOf(b), true).ok());
                requireClean(b.receive(a));
                QTemporaryDir scratch;
                auto c = joinNew(founderAdmits ? a : b, scratch.filePath(QStringLiteral("c")), QStringLiteral("C"));
                team.settle();
                requireClean(c->importFiles({a.exportBundle(), b.exportBundle()}));
                requireClean(a.receive(*c));
                requireClean(b.receive(*c));
                REQUIRE(statusOf(a, *c) == QStringLiteral("active"));
                REQUIRE(statusOf(b, *c) == QStringLiteral("active"));

                Laptop& remover = founderRemoves ? a : b;
                Laptop& other = founderRemoves ? b : a;
                REQUIRE(remover.sync.revoke(deviceIdOf(*c)).ok());
                if (removerSendsFirst) {
                    requireClean(other.receive(remover));
                    requireClean(remover.receive(other));
                } else {
                    requireClean(remover.receive(other));
                    requireClean(other.receive(remover));
                }
                REQUIRE(statusOf(a, *c) == QStringLiteral("removed"));
                REQUIRE(statusOf(b, *c) == QStringLiteral("removed"));
                for (Laptop* laptop : {&a, &b}) {
                    const auto devices = laptop->sync.team();
                    REQUIRE(devices.ok());
                    const auto entry = std::find_if(devices->begin(), devices->end(), [&](const TeamDevice& device) {
                        return device.deviceId == deviceIdOf(*c);
                    });
                    REQUIRE(entry != devices->end());
                    REQUIRE(entry->admittedBy == deviceIdOf(founderAdmits ? a : b));
                    REQUIRE(entry->removedBy == deviceIdOf(remover));
                    REQUIRE(entry->removedAtMs > 0);
                }
                // What A writes now does not reach C: C is no longer among the recipients.
                a.add(QStringLiteral("Written after the removal"));
                const SyncReport atC = c->importFiles({a.exportBundle(), b.exportBundle()});
                REQUIRE(atC.read == 0);
                REQUIRE(atC.rejected.size() == 2);
                REQUIRE(c->records.counts()->value(QStringLiteral("case")).toInt() == 0);
            }
        }
    }
}

TEST_CASE("a newly admitted laptop is heard at once, before its coordinator's bundle arrives", "[sync][team]") {
    Team team(2);
    Laptop& a = team[0];
    Laptop& b = team[1];
    REQUIRE(a.sync.setRole(deviceIdOf(b), true).ok());
    team.settle();
    QTemporaryDir scratch;
    auto c = joinNew(b, scratch.filePath(QStringLiteral("c")), QStringLiteral("C"));
    c->add(QStringLiteral("First case of the new laptop"));
    // A has not read B's bundle: C's own bundle carries its admission.
    const SyncReport atA = a.importFiles({c->exportBundle()});
    requireClean(atA);
    REQUIRE(atA.read == 1);
    REQUIRE(atA.applied == 1);
    REQUIRE(statusOf(a, *c) == QStringLiteral("active"));
    // A bundle whose log admits its sender with a coordinator that is not in the team is still refused.
    QTemporaryDir elsewhere;
    Laptop otherFounder(test::createVault(elsewhere.filePath(QStringLiteral("f")), QStringLiteral("F"), false));
    auto stranger = joinNew(otherFounder, elsewhere.filePath(QStringLiteral("s")), QStringLiteral("S"));
    const SyncReport refused = a.importFiles({stranger->exportBundle()});
    REQUIRE(refused.rejected.size() == 1);
    REQUIRE(refused.read == 0);
}

TEST_CASE("a joining laptop takes no welcome until its worker confirms the number - a fake one on the stick included",
          "[sync][team][join]") {
    Team team(1);
    Laptop& coordinator = team[0];
    QTemporaryDir scratch;
    const QString dir = scratch.filePath(QStringLiteral("new"));
    Laptop joining(test::createVault(dir, QStringLiteral("New"), true));
    const QString request = scratch.filePath(QStringLiteral("request"));
    REQUIRE(joining.sync.writeEnrolmentRequest(request).ok());

    // The request holds no secret: whoever copies it can write a welcome of another "team" for this laptop.
    Laptop attacker(test::createVault(scratch.filePath(QStringLiteral("attacker")), QStringLiteral("Office"), false));
    const QString fakeDir = scratch.filePath(QStringLiteral("fake"));
    auto fake = attacker.sync.approve(request, fakeDir, true, {});
    REQUIRE(fake.ok());
    const QString realDir = scratch.filePath(QStringLiteral("real"));
    auto real = coordinator.sync.approve(request, realDir, false, {});
    REQUIRE(real.ok());
    REQUIRE(fake->device.safetyNumber != real->device.safetyNumber);

    // Automatic exchange with a stick that carries the fake: nothing is taken, nothing is written.
    const QString stick = scratch.filePath(QStringLiteral("stick"));
    QDir().mkpath(stick);
    QFile::copy(fake->welcomeFile, QDir(stick).filePath(QFileInfo(fake->welcomeFile).fileName()));
    REQUIRE(test::errorCode(joining.sync.exchange(stick, {})) == ErrorCode::Usage);
    REQUIRE(joining.vault.info()->teamId.isEmpty());
    REQUIRE(*joining.sync.pendingJoin() == QString());

    // Both welcomes on one stick, in either order: both wait, the vault joins neither.
    QFile::copy(real->welcomeFile, QDir(stick).filePath(QFileInfo(real->welcomeFile).fileName()));
    const SyncReport staged = joining.importFiles({test::readAll(fake->welcomeFile), test::readAll(real->welcomeFile)});
    requireClean(staged);
    REQUIRE(staged.read == 0);
    REQUIRE(staged.joinedSafetyNumber.isEmpty());
    REQUIRE(joining.vault.info()->teamId.isEmpty());
    REQUIRE(joining.records.counts()->value(QStringLiteral("case")).toInt() == 0);
    REQUIRE(!joining.sync.pendingJoin()->isEmpty());

    // The worker discards the one the screen showed (the forged one, here): the real one still waits.
    REQUIRE(joining.sync.discardJoin(fake->device.safetyNumber).ok());
    REQUIRE(*joining.sync.pendingJoin() == real->device.safetyNumber);
    // Digits that are no waiting welcome's: refused, nothing changes.
    REQUIRE(test::errorCode(joining.sync.confirmJoin(QStringLiteral("12345 67890"))) == ErrorCode::Rejected);
    REQUIRE(joining.vault.info()->teamId.isEmpty());
    // The coordinator's number, typed without spaces: the real team, not the attacker's.
    QString typed = real->device.safetyNumber;
    auto joined = joining.sync.confirmJoin(typed.remove(QLatin1Char(' ')));
    INFO((joined ? std::string() : joined.error().message.toStdString()));
    REQUIRE(joined.ok());
    REQUIRE(joined->joinedSafetyNumber == real->device.safetyNumber);
    REQUIRE(joining.vault.info()->teamId == coordinator.vault.info()->teamId);
    REQUIRE(*joining.sync.pendingJoin() == QString());
    REQUIRE(test::errorCode(joining.sync.confirmJoin(fake->device.safetyNumber)) == ErrorCode::Usage);
    // It now exchanges with its own team only.
    requireClean(coordinator.receive(joining));
    REQUIRE(statusOf(coordinator, joining) == QStringLiteral("active"));
}

TEST_CASE("a discarded welcome leaves nothing behind", "[sync][team][join]") {
    Team team(1);
    QTemporaryDir scratch;
    const QString dir = scratch.filePath(QStringLiteral("new"));
    Laptop joining(test::createVault(dir, QStringLiteral("New"), true));
    const QString request = scratch.filePath(QStringLiteral("request"));
    REQUIRE(joining.sync.writeEnrolmentRequest(request).ok());
    const QString before = joining.digest();
    auto welcome = team[0].sync.approve(request, scratch.filePath(QStringLiteral("welcome")), false, {});
    REQUIRE(welcome.ok());
    REQUIRE(joining.importFiles({test::readAll(welcome->welcomeFile)}).pendingJoinSafetyNumber ==
            welcome->device.safetyNumber);
    REQUIRE(joining.sync.discardJoin({}).ok());
    REQUIRE(*joining.sync.pendingJoin() == QString());
    REQUIRE(test::errorCode(joining.sync.confirmJoin(welcome->device.safetyNumber)) == ErrorCode::Usage);
    REQUIRE(joining.digest() == before);
}

TEST_CASE("a history larger than one bundle reaches a new laptop over several exchanges, and news goes first",
          "[sync][size]") {
    Team team(3);
    Laptop& a = team[0];
    Laptop& b = team[1];
    Laptop& c = team[2];
    team.settle();
    QStringList titles;
    for (int i = 0; i < 40; ++i) {
        titles << QStringLiteral("Case %1 of the history").arg(i);
        a.add(titles.back());
    }
    team.settle();
    // A bundle carries a few of these cases at most, as the 128 MiB budget does at the reference size.
    const auto restore = qScopeGuard([] { sync::SyncEngine::setChangesetBudget(sync::kChangesetBudget); });
    sync::SyncEngine::setChangesetBudget(6 * 1024);
    const auto casesOn = [&](Laptop& laptop) {
        int count = 0;
        for (const QString& title : titles)
            count += hasCaseTitled(laptop, title) ? 1 : 0;
        return count;
    };

    // The welcome carries the oldest of the history; export and approve never fail for its size.
    QTemporaryDir scratch;
    auto newcomer = joinNew(a, scratch.filePath(QStringLiteral("n")), QStringLiteral("N"));
    const int welcomed = casesOn(*newcomer);
    REQUIRE(welcomed > 0);
    REQUIRE(welcomed < titles.size());
    requireClean(b.receive(a));
    requireClean(c.receive(a));

    // The newcomer holds everyone's outbox back, yet news between the others still travels at once.
    c.add(QStringLiteral("News from C"));
    requireClean(b.receive(c));
    requireClean(a.importFiles({b.exportBundle()}));
    REQUIRE(hasCaseTitled(a, QStringLiteral("News from C")));

    // Exchange after exchange, the newcomer catches up, a bounded part each time (A learns from each of its bundles
    // what it has).
    int rounds = 0;
    while (casesOn(*newcomer) < titles.size()) {
        REQUIRE(++rounds <= titles.size());
        requireClean(a.receive(*newcomer));
        const QByteArray outbox = a.exportBundle();
        REQUIRE(outbox.size() < 6 * 1024 + 64 * 1024);
        const int before = casesOn(*newcomer);
        requireClean(newcomer->importFiles({outbox}));
        REQUIRE(casesOn(*newcomer) > before);
    }
    REQUIRE(rounds >= 2);
    team.laptops.push_back(std::move(newcomer));
    team.settle();
    for (auto& laptop : team.laptops)
        REQUIRE(laptop->digest() == a.digest());
}

TEST_CASE("a laptop opened under duress tells its coordinator at its first exchange after the office recovers it",
          "[sync][duress]") {
    Team team(2);
    Laptop& worker = team[1];
    const QString workerId = deviceIdOf(worker);
    auto recoveryCode = worker.vault.rekey(test::secret(test::kLaptopPassphrase));
    REQUIRE(recoveryCode.ok());
    REQUIRE(worker.vault
                .setDuressPassphrase(test::secret(test::kLaptopPassphrase), test::secret("the one they will hear"),
                                     DuressDecoyLanguage::English)
                .ok());
    const QString before = worker.add(QStringLiteral("Made before the checkpoint"));
    worker.vault.lock();
    worker.clock.advance(kDayMs);
    REQUIRE(worker.vault.unlock(test::secret("the one they will hear")).ok());
    const qint64 duressAt = worker.clock.nowMs();
    worker.vault.lock();
    REQUIRE(worker.vault.recover(*recoveryCode, test::secret("the office's new passphrase")).ok());
    CHECK(worker.field(before, QStringLiteral("title")) == QStringLiteral("Made before the checkpoint"));

    requireClean(team[0].receive(worker));
    auto devices = team[0].sync.team();
    REQUIRE(devices.ok());
    const auto reported = std::find_if(devices->begin(), devices->end(),
                                       [&](const TeamDevice& device) { return device.deviceId == workerId; });
    REQUIRE(reported != devices->end());
    CHECK(reported->duressAtMs == duressAt);
    CHECK(reported->status == QStringLiteral("active"));  // what to do about it is the coordinators' call
    CHECK(team[0].field(before, QStringLiteral("title")) == QStringLiteral("Made before the checkpoint"));
}

TEST_CASE("an import larger than a bundle's record reaches the other laptop whole", "[sync][import]") {
    Team team(2);
    // 250 cases, each with a summary and a note of 20 000 Cyrillic letters: about 20 MB of ops in one import, more
    // than the 16 MiB a bundle's record may hold.
    QByteArray sheet = "Название;Описание;Комментарий\n";
    for (int row = 0; row < 250; ++row) {
        const QString number = QString::number(row);
        const QString text = QString(20000 - number.size(), QChar(0x0416 + row % 20)) + number;
        sheet += (QStringLiteral("Дело %1;%2;%2\n").arg(number, text)).toUtf8();
    }
    QTemporaryDir files;
    ImportRequest request;
    request.path = files.filePath(QStringLiteral("large.csv"));
    {
        QFile file(request.path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(sheet) == sheet.size());
    }
    request.mapping.columns = {{QStringLiteral("Название"), QStringLiteral("case.title")},
                               {QStringLiteral("Описание"), QStringLiteral("case.summary")},
                               {QStringLiteral("Комментарий"), QStringLiteral("note.text")}};
    request.dryRun = false;
    auto report = team[0].records.importSpreadsheet(request);
    REQUIRE(report.ok());
    REQUIRE(report->rejected.isEmpty());
    CHECK(report->created.value(QStringLiteral("case")) == 250);
    CHECK(report->created.value(QStringLiteral("note")) == 250);

    // The one write was cut into consecutive changesets, each small enough for a bundle's record.
    const qint64 before = team[0].db().queryText("SELECT count(*) FROM changeset WHERE origin = 1")->toLongLong();
    CHECK(before >= 1);
    CHECK(team[0].db().queryText("SELECT max(length(body)) FROM changeset WHERE origin = 1")->toLongLong() <
          sync::kMaxRecordSize / 2);
    CHECK(team[0]
              .db()
              .queryText("SELECT count(*) FROM changeset WHERE origin = 1 AND length(body) > 4000000")
              ->toLongLong() >= 4);

    requireClean(team[1].receive(team[0]));
    CHECK(team[1].digest() == team[0].digest());
    auto notes = team[1].records.list(QStringLiteral("note"), 0, 1000);
    REQUIRE(notes.ok());
    CHECK(notes->size() == 250);
}
