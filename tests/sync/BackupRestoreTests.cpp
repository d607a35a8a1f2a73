// A laptop lost after a backup, restored on another: docs/backup.md's promises, tried on real laptops of a team and
// in every order in which the bundles can arrive.
#include "core/api/SyncService.h"
#include "core/api/VaultService.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"
#include "core/services/LocalVault.h"
#include "tests/support/TeamHarness.h"
#include "tests/support/TestSupport.h"
#include "tests/support/TestVaults.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <memory>

using namespace fieldcase;
using fieldcase::test::Laptop;
using fieldcase::test::requireClean;
using fieldcase::test::Team;

namespace {

QString deviceIdOf(Laptop& laptop) {
    return laptop.vault.info()->deviceId;
}

// Restores the backup into dir with the laptops' passphrase, as a new laptop would, and opens it as one.
std::unique_ptr<Laptop> restoreInto(const QString& file, const QString& dir, RestoredVault* restored = nullptr) {
    {
        test::SkewedClock clock;
        LocalVault vault(dir, {}, &clock);
        RestoreRequest request;
        request.backupFile = file;
        request.secret = test::secret(test::kLaptopPassphrase);
        auto result = vault.restore(std::move(request));
        INFO((result ? std::string() : result.error().message.toStdString()));
        REQUIRE(result.ok());
        if (restored != nullptr) *restored = std::move(*result);
    }
    return std::make_unique<Laptop>(dir);
}

bool anyForked(Laptop& laptop) {
    auto devices = laptop.sync.team();
    REQUIRE(devices.ok());
    return std::any_of(devices->begin(), devices->end(),
                       [](const TeamDevice& device) { return device.forkedChange != 0 || device.forkedTeamChange; });
}

// What a person sees of the case with this title, whatever its id: its reference and summary ("<none>", or
// "<twice>" when two cases have it).
QString caseTitled(Laptop& laptop, const QString& title) {
    auto select = laptop.db().prepare("SELECT reference, coalesce(summary, '') FROM cases WHERE title = ?");
    REQUIRE(select.ok());
    select->bind(1, title);
    auto row = select->step();
    REQUIRE(row.ok());
    if (!*row) return QStringLiteral("<none>");
    const QString seen = select->columnText(0) + QLatin1Char('|') + select->columnText(1);
    auto second = select->step();
    REQUIRE(second.ok());
    return *second ? QStringLiteral("<twice>") : seen;
}

// The kept case's encounter text and attachment name as this laptop has them, and, with content, the attachment's
// content ("|" between). Attachment content does not travel between laptops yet (docs/records.md): it is on the
// laptop that added it, or the laptop restored from its backup.
QString belongingTo(Laptop& laptop, const QString& title, bool content) {
    auto select = laptop.db().prepare(
        "SELECT (SELECT group_concat(e.text) FROM encounters e WHERE e.case_id = c.id), "
        "(SELECT a.name FROM attachments a WHERE a.case_id = c.id), "
        "(SELECT hex(a.id) FROM attachments a WHERE a.case_id = c.id) FROM cases c WHERE c.title = ?");
    REQUIRE(select.ok());
    select->bind(1, title);
    auto row = select->step();
    REQUIRE(row.ok());
    if (!*row) return QStringLiteral("<none>");
    QString seen = select->columnText(0) + QLatin1Char('|') + select->columnText(1);
    if (content) {
        auto bytes = laptop.records.attachmentContent(select->columnText(2));
        seen += QLatin1Char('|') + (bytes ? QString::fromUtf8(*bytes) : bytes.error().message);
    }
    return seen;
}

// Laptop 1 works, is backed up, maybe exports once more, and is lost; it is restored and rejoins; the thief signs on
// its old identity; laptop 2 gets the coordinator's, the restored laptop's and the thief's bundles in this order.
// revokedFirst: the coordinator removes the lost laptop before the restored one asks to join.
void loseRestoreAndRejoin(const std::array<int, 3>& order, bool exportedAfterBackup, bool revokedFirst) {
    INFO("arrival order at the third laptop: " << order[0] << order[1] << order[2]);
    INFO("the old laptop exported after the backup: " << exportedAfterBackup);
    INFO("the old laptop was removed before the restored one asked to join: " << revokedFirst);
    Team team(3);
    QTemporaryDir sticks;
    // Laptop 1 works: one case reaches everyone; one case and an edit of the first stay on the laptop; then the
    // backup is written.
    const QString shared = team[1].add(QStringLiteral("Exported before the backup"));
    team.settle();
    const QString kept = team[1].add(QStringLiteral("Only on the laptop and in the backup"));
    team[1].set(shared, QStringLiteral("summary"), QStringLiteral("Edited on the laptop, in the backup"));
    {
        QFile photo(sticks.filePath(QStringLiteral("photo.jpg")));
        REQUIRE(photo.open(QIODevice::WriteOnly));
        photo.write("the photo of a passport taken from its owner");
    }
    REQUIRE(team[1].records.addAttachment(QStringLiteral("case"), kept, sticks.filePath(QStringLiteral("photo.jpg"))));
    team[1].add("encounter", {{QStringLiteral("case_id"), kept},
                              {QStringLiteral("at"), QStringLiteral("2026-12-01T10:00")},
                              {QStringLiteral("text"), QStringLiteral("Met at the market")}});
    const QString keptSeen = caseTitled(team[1], QStringLiteral("Only on the laptop and in the backup"));
    auto file = team[1].vault.backup(sticks.path());
    INFO((file ? std::string() : file.error().message.toStdString()));
    REQUIRE(file.ok());
    // It keeps working and exports one more change to the coordinator, then is lost (seized).
    const QString after = exportedAfterBackup ? team[1].add(QStringLiteral("Exported after the backup")) : QString();
    if (exportedAfterBackup) requireClean(team[0].receive(team[1]));
    if (revokedFirst) {
        REQUIRE(team[0].sync.revoke(deviceIdOf(team[1])).ok());
        requireClean(team[2].receive(team[0]));
    }

    RestoredVault restored;
    auto fresh = restoreInto(*file, team.root.filePath(QStringLiteral("restored")), &restored);
    CHECK(restored.joinsTeam);
    CHECK(restored.oldDeviceId == deviceIdOf(team[1]));
    CHECK(restored.deviceId != restored.oldDeviceId);
    CHECK(fresh->field(kept, QStringLiteral("title")) == QStringLiteral("Only on the laptop and in the backup"));
    CHECK(fresh->vault.verify()->ok());

    // The coordinator reads the request: it names the old laptop and what the backup holds of it.
    const QString request = sticks.filePath(QStringLiteral("restored.request"));
    REQUIRE(fresh->sync.writeEnrolmentRequest(request).ok());
    auto candidate = team[0].sync.readEnrolmentRequest(request);
    REQUIRE(candidate.ok());
    CHECK(candidate->restoredFrom == restored.oldDeviceId);
    CHECK(candidate->restoredFromName == QStringLiteral("Laptop B"));
    CHECK(candidate->restoredUpTo == restored.oldDeviceUpTo);
    if (exportedAfterBackup) {
        CHECK(candidate->heldUpTo > candidate->restoredUpTo);
    } else {
        CHECK(candidate->heldUpTo < candidate->restoredUpTo);  // the work kept on the laptop
    }
    // The removal must be confirmed: without it, or naming another device, nothing is admitted or removed.
    CHECK(team[0].sync.approve(request, sticks.path(), false, {}).error().code == ErrorCode::Usage);
    CHECK(team[0].sync.approve(request, sticks.path(), false, deviceIdOf(team[2])).error().code == ErrorCode::Usage);
    test::enrol(team[0], *fresh, sticks.filePath(QStringLiteral("welcome")), restored.oldDeviceId);

    // Whoever holds the old laptop signs on, and its bundle reaches the third laptop too.
    team[1].add(QStringLiteral("Signed by the thief"));
    const QByteArray fromThief = team[1].exportBundle();
    const QByteArray fromCoordinator = team[0].exportBundle();
    const QByteArray fromRestored = fresh->exportBundle();
    const std::array<QByteArray, 3> bundles{fromCoordinator, fromRestored, fromThief};
    for (int index : order)
        team[2].importFiles({bundles[static_cast<std::size_t>(index)]});
    requireClean(team[0].receive(*fresh));
    requireClean(fresh->receive(team[0]));
    requireClean(team[2].receive(team[0]));
    requireClean(team[2].receive(*fresh));
    requireClean(team[0].receive(team[2]));
    requireClean(fresh->receive(team[2]));

    // Removed before the restored laptop was admitted, the old laptop's work past its cut-off was refused: the
    // restored laptop signed it again as its own, so the kept case has a new id (and its old reference).
    const bool adopted = revokedFirst && !exportedAfterBackup;
    for (Laptop* laptop : {&team[0], &team[2], fresh.get()}) {
        INFO("the laptop: " << (laptop == fresh.get() ? "restored" : laptop == &team[0] ? "coordinator" : "third"));
        CHECK(laptop->field(shared, QStringLiteral("title")) == QStringLiteral("Exported before the backup"));
        CHECK(laptop->field(shared, QStringLiteral("summary")) ==
              QStringLiteral("Edited on the laptop, in the backup"));
        CHECK(caseTitled(*laptop, QStringLiteral("Only on the laptop and in the backup")) == keptSeen);
        // What belongs to the kept case follows it: its encounter and its attachment's content.
        CHECK(belongingTo(*laptop, QStringLiteral("Only on the laptop and in the backup"), false) ==
              QStringLiteral("Met at the market|photo.jpg"));
        CHECK((laptop->field(kept, QStringLiteral("title")) == QStringLiteral("<gone>")) == adopted);
        if (exportedAfterBackup)
            CHECK(laptop->field(after, QStringLiteral("title")) == QStringLiteral("Exported after the backup"));
        // Not the thief's.
        CHECK(caseTitled(*laptop, QStringLiteral("Signed by the thief")) == QStringLiteral("<none>"));
        CHECK(laptop->records.counts()->value(QStringLiteral("case")).toInt() == (exportedAfterBackup ? 3 : 2));
        CHECK_FALSE(anyForked(*laptop));
        CHECK(laptop->vault.verify()->ok());
    }
    CHECK(belongingTo(*fresh, QStringLiteral("Only on the laptop and in the backup"), true) ==
          QStringLiteral("Met at the market|photo.jpg|the photo of a passport taken from its owner"));
    CHECK(team[0].digest() == team[2].digest());
    CHECK(fresh->digest() == team[0].digest());
}

}  // namespace

TEST_CASE("a laptop restored from a backup rejoins the team - nothing lost, no alarm, the old laptop cut off",
          "[sync][backup]") {
    // Bundles to laptop 2 arrive in every order. The old laptop exported work after the backup (the coordinator
    // holds more of it than the backup) or did not (the backup holds more than the coordinator: only its cut-off
    // keeps that work).
    std::array<int, 3> order{0, 1, 2};
    for (const bool exportedAfterBackup : {true, false})
        do {
            loseRestoreAndRejoin(order, exportedAfterBackup, false);
        } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("a laptop removed before its restored successor asked to join loses nothing - the successor signs it again",
          "[sync][backup]") {
    std::array<int, 3> order{0, 1, 2};
    for (const bool exportedAfterBackup : {true, false})
        do {
            loseRestoreAndRejoin(order, exportedAfterBackup, true);
        } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("a laptop with no team mates restores into a team of its own with everything at once", "[sync][backup]") {
    QTemporaryDir root;
    test::createVault(root.filePath(QStringLiteral("alone")), QStringLiteral("Only laptop"), false);
    auto alone = std::make_unique<Laptop>(root.filePath(QStringLiteral("alone")));
    const QString id = alone->add(QStringLiteral("A case of the only laptop"));
    alone->set(id, QStringLiteral("summary"), QStringLiteral("edited once"));
    auto file = alone->vault.backup(root.path());
    REQUIRE(file.ok());
    const QString digest = alone->digest();
    alone.reset();
    RestoredVault restored;
    auto fresh = restoreInto(*file, root.filePath(QStringLiteral("restored")), &restored);
    CHECK_FALSE(restored.joinsTeam);
    CHECK(fresh->digest() == digest);
    CHECK(fresh->vault.info()->role == QStringLiteral("coordinator"));
    // It works on as any laptop: a new change, signed by the new device.
    fresh->set(id, QStringLiteral("summary"), QStringLiteral("edited after the restore"));
    CHECK(fresh->field(id, QStringLiteral("summary")) == QStringLiteral("edited after the restore"));
    CHECK(fresh->vault.verify()->ok());
}

TEST_CASE("a backup restores a change made on top of a removed laptop's change that the team took back",
          "[sync][backup]") {
    Team team(3);
    QTemporaryDir sticks;
    const QString id = team[0].add(QStringLiteral("A case everyone has"));
    team.settle();
    // Laptop 1 edits it; laptop 2 receives the edit and edits the same field again, on top of it.
    team[1].set(id, QStringLiteral("summary"), QStringLiteral("Edited by the laptop about to be removed"));
    requireClean(team[2].receive(team[1]));
    team[2].set(id, QStringLiteral("summary"), QStringLiteral("Edited on top of that"));
    // The coordinator, who never received laptop 1's edit, removes it: its edit is taken back on laptop 2, whose own
    // edit stays.
    REQUIRE(team[0].sync.revoke(deviceIdOf(team[1])).ok());
    requireClean(team[2].receive(team[0]));
    REQUIRE(team[2].field(id, QStringLiteral("summary")) == QStringLiteral("Edited on top of that"));

    auto file = team[2].vault.backup(sticks.path());
    REQUIRE(file.ok());
    auto fresh = restoreInto(*file, team.root.filePath(QStringLiteral("restored")));
    CHECK(fresh->field(id, QStringLiteral("summary")) == QStringLiteral("Edited on top of that"));
    CHECK(fresh->digest() == team[2].digest());
    CHECK(fresh->vault.verify()->ok());
}
