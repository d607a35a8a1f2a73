// The team's retention rules (docs/threat-model.md, "Retention rules"): a case closed longer ago than the team's
// period goes from every laptop, whichever laptop runs the rules first, and from a laptop that joins later; one laptop
// cannot use the rules to purge what they do not call for (an open case, one closed recently, one marked to keep, one
// it closed or backdated itself).
#include "core/api/SyncService.h"
#include "core/db/Connection.h"
#include "tests/support/TeamHarness.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

using namespace fieldcase;
using fieldcase::test::Laptop;
using fieldcase::test::requireClean;
using fieldcase::test::Team;

namespace {

QDate todayOf(Laptop& laptop) {
    return QDateTime::fromMSecsSinceEpoch(laptop.clock.nowMs()).date();
}

QString monthsAgo(Laptop& laptop, int months) {
    return todayOf(laptop).addMonths(-months).toString(Qt::ISODate);
}

QString closedCase(Laptop& laptop, const QString& title, int closedMonthsAgo) {
    return laptop.add("case", {{QStringLiteral("title"), title},
                               {QStringLiteral("status"), QStringLiteral("Closed")},
                               {QStringLiteral("closed_on"), monthsAgo(laptop, closedMonthsAgo)}});
}

QString personIn(Laptop& laptop, const QString& caseId, const QString& name) {
    const QString person = laptop.add("person", {{QStringLiteral("given_name"), name}});
    laptop.add("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), person},
                               {QStringLiteral("role"), QStringLiteral("Survivor")}});
    return person;
}

QString encounterIn(Laptop& laptop, const QString& caseId) {
    return laptop.add("encounter", {{QStringLiteral("case_id"), caseId},
                                    {QStringLiteral("at"), QStringLiteral("2025-03-01T10:00")},
                                    {QStringLiteral("text"), QStringLiteral("Met at the market")}});
}

bool has(Laptop& laptop, const char* kind, const QString& id) {
    return laptop.records.get(QLatin1String(kind), id).ok();
}

std::size_t heldOn(Laptop& laptop) {
    auto held = laptop.sync.heldPurges();
    REQUIRE(held.ok());
    return held->size();
}

qint64 unconfirmedBlanksOn(Laptop& laptop) {
    auto count = laptop.db().queryText("SELECT count(*) FROM unconfirmed_blank");
    REQUIRE(count.ok());
    return count->toLongLong();
}

std::vector<DueForRetention> dueOn(Laptop& laptop) {
    auto due = laptop.sync.retentionDue();
    INFO((due ? QString() : due.error().message).toStdString());
    REQUIRE(due.ok());
    return *due;
}

std::vector<DueForRetention> runOn(Laptop& laptop) {
    auto ran = laptop.sync.runRetention();
    INFO((ran ? QString() : ran.error().message).toStdString());
    REQUIRE(ran.ok());
    return *ran;
}

std::unique_ptr<Laptop> joinNew(Laptop& coordinator, const QString& dir) {
    auto laptop = std::make_unique<Laptop>(test::createVault(dir, QStringLiteral("Joined later"), true));
    test::enrol(coordinator, *laptop, dir + QStringLiteral(".welcome"));
    return laptop;
}

}  // namespace

TEST_CASE("a case closed past the retention period goes from every laptop, whichever runs the rules first",
          "[sync][retention]") {
    for (const int runner : {0, 1, 2}) {
        for (const bool rulesTravelWithThePurge : {false, true}) {
            INFO("laptop " << runner << " runs the rules; the others "
                           << (rulesTravelWithThePurge ? "learn the rules with the purge" : "had the rules before"));
            Team team(3);
            Laptop& coordinator = team[0];
            Laptop& author = team[1];
            const QString old = closedCase(author, QStringLiteral("Closed long ago"), 13);
            const QString person = personIn(author, old, QStringLiteral("Aigerim"));
            const QString encounter = encounterIn(author, old);
            const QString recent = closedCase(author, QStringLiteral("Closed last month"), 1);
            const QString open = author.add(QStringLiteral("Still open"));
            team.settle();

            REQUIRE(dueOn(author).empty());  // no rules yet: nothing is due
            REQUIRE(coordinator.sync.setRetention(12, 0).ok());
            if (rulesTravelWithThePurge) {
                if (runner != 0) requireClean(team[runner].receive(coordinator));
            } else {
                team.settle();
            }
            Laptop& running = team[runner];
            const auto due = dueOn(running);
            REQUIRE(due.size() == 2);
            CHECK(due[0].entity == QStringLiteral("person"));
            CHECK(due[0].recordId == person);
            CHECK(due[0].reason == QStringLiteral("person"));
            CHECK(due[1].entity == QStringLiteral("case"));
            CHECK(due[1].recordId == old);
            CHECK(due[1].reason == QStringLiteral("closed_case"));
            CHECK(due[1].closedOn == monthsAgo(running, 13));
            CHECK_FALSE(due[1].caseReference.isEmpty());
            REQUIRE(runOn(running).size() == 2);
            REQUIRE(dueOn(running).empty());

            for (int other = 0; other < 3; ++other) {
                if (other == runner) continue;
                INFO("at laptop " << other);
                requireClean(team[other].receive(running));
                CHECK_FALSE(has(team[other], "case", old));
                CHECK_FALSE(has(team[other], "person", person));
                CHECK_FALSE(has(team[other], "encounter", encounter));
                CHECK(has(team[other], "case", recent));
                CHECK(has(team[other], "case", open));
                CHECK(heldOn(team[other]) == 0);
            }

            // A laptop that joins afterwards sees the case only with its content removed: it takes the purge too.
            QTemporaryDir scratch;
            auto later = joinNew(coordinator, scratch.filePath(QStringLiteral("later")));
            CHECK_FALSE(has(*later, "case", old));
            CHECK(has(*later, "case", recent));
            CHECK(heldOn(*later) == 0);
            CHECK(unconfirmedBlanksOn(*later) == 0);
        }
    }
}

TEST_CASE("one laptop cannot purge by the rules what they do not call for", "[sync][retention][hostile]") {
    for (const bool authorArrivesFirst : {false, true}) {
        INFO("at the coordinator, the author's bundle arrives " << (authorArrivesFirst ? "first" : "last"));
        Team team(3);
        Laptop& coordinator = team[0];
        Laptop& author = team[1];
        Laptop& hostile = team[2];  // a field worker's laptop in other hands; it made none of these cases
        REQUIRE(coordinator.sync.setRetention(12, 0).ok());
        const QString open = author.add(QStringLiteral("Open"));
        const QString recent = closedCase(author, QStringLiteral("Closed last month"), 1);
        const QString kept = closedCase(author, QStringLiteral("Kept for the court"), 30);
        author.set(kept, QStringLiteral("retain"), true);
        const QString closedByItself = author.add(QStringLiteral("Open until the hostile laptop closed it"));
        team.settle();

        // It purges an open case, one closed last month and one marked to keep, as they are.
        for (const QString& id : {open, recent, kept})
            REQUIRE(hostile.records.purge(QStringLiteral("case"), id).ok());
        // It closes a case, backdates it and purges it in a later change; it clears the keep mark of another and
        // backdates the closing of a third before their purges.
        hostile.set(closedByItself, QStringLiteral("status"), QStringLiteral("Closed"));
        hostile.set(closedByItself, QStringLiteral("closed_on"), monthsAgo(hostile, 60));
        const QString unkept = closedCase(author, QStringLiteral("Kept until the mark was cleared"), 30);
        author.set(unkept, QStringLiteral("retain"), true);
        const QString backdated = closedCase(author, QStringLiteral("Closed last week"), 0);
        requireClean(hostile.receive(author));
        hostile.set(unkept, QStringLiteral("retain"), false);
        hostile.set(backdated, QStringLiteral("closed_on"), monthsAgo(hostile, 40));
        // Its edits reach the others before its purges do (a purge removes the purger's own edits of the record
        // from what it sends on).
        const QByteArray edits = hostile.exportBundle();
        requireClean(author.importFiles({edits}));
        for (const QString& id : {closedByItself, unkept, backdated})
            REQUIRE(hostile.records.purge(QStringLiteral("case"), id).ok());

        requireClean(author.receive(hostile));
        // The hostile laptop relays the author's changes with the content of what it purged removed: the
        // coordinator sees those cases once the author's own bundle brings them.
        if (authorArrivesFirst) requireClean(coordinator.receive(author));
        requireClean(coordinator.importFiles({edits}));
        requireClean(coordinator.receive(hostile));
        if (!authorArrivesFirst) requireClean(coordinator.receive(author));
        for (Laptop* honest : {&author, &coordinator}) {
            for (const QString& id : {open, recent, kept, closedByItself, unkept, backdated}) {
                INFO("case " << honest->field(id, QStringLiteral("title")).toStdString() << " at the "
                             << (honest == &author ? "author" : "coordinator"));
                CHECK(has(*honest, "case", id));
            }
            CHECK(heldOn(*honest) == 6);
        }
    }
}

TEST_CASE("purges the rules call for do not count towards a laptop's weekly purge quota", "[sync][retention]") {
    Team team(3);
    Laptop& coordinator = team[0];
    Laptop& author = team[1];
    Laptop& other = team[2];
    std::vector<QString> cases;
    for (int i = 0; i < store::kPurgeQuotaRecords + 10; ++i)
        cases.push_back(closedCase(author, QStringLiteral("Closed case %1").arg(i), 13));
    REQUIRE(coordinator.sync.setRetention(12, 0).ok());
    team.settle();
    REQUIRE(runOn(other).size() == cases.size());
    for (Laptop* laptop : {&author, &coordinator}) {
        requireClean(laptop->receive(other));
        CHECK(heldOn(*laptop) == 0);
        CHECK(laptop->records.counts()->value(QStringLiteral("case")).toInt() == 0);
    }
}

TEST_CASE("a case reopened on a laptop before another laptop's purge by the rules arrives stays there, held",
          "[sync][retention]") {
    Team team(3);
    Laptop& coordinator = team[0];
    Laptop& author = team[1];
    Laptop& other = team[2];
    REQUIRE(coordinator.sync.setRetention(12, 0).ok());
    const QString old = closedCase(author, QStringLiteral("Closed long ago, then back"), 13);
    team.settle();
    author.set(old, QStringLiteral("status"), QStringLiteral("Active"));  // before the purge arrives
    REQUIRE(runOn(other).size() == 1);
    requireClean(author.receive(other));
    CHECK(author.field(old, QStringLiteral("status")) == QStringLiteral("Active"));
    CHECK(heldOn(author) == 1);
}

TEST_CASE("attachments go sooner than their case, and a person in a case still kept stays", "[sync][retention]") {
    Team team(2);
    Laptop& coordinator = team[0];
    Laptop& worker = team[1];
    REQUIRE(coordinator.sync.setRetention(24, 6).ok());
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("passport.jpg"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("a scan of a passport") > 0);
    }
    const auto attach = [&](const char* kind, const QString& owner) {
        auto id = coordinator.records.addAttachment(QLatin1String(kind), owner, path);
        REQUIRE(id.ok());
        return *id;
    };
    // Closed eight months ago: its attachments are due, the case and its person not yet.
    const QString closedRecently = closedCase(coordinator, QStringLiteral("Closed eight months ago"), 8);
    const QString caseScan = attach("case", closedRecently);
    const QString survivor = personIn(coordinator, closedRecently, QStringLiteral("Dana"));
    const QString personScan = attach("person", survivor);
    // Closed thirty months ago: the case is due; its person also in an open case stays, the other goes.
    const QString closedLongAgo = closedCase(coordinator, QStringLiteral("Closed thirty months ago"), 30);
    const QString inOpenCaseToo = personIn(coordinator, closedLongAgo, QStringLiteral("Ilya"));
    const QString openCase = coordinator.add(QStringLiteral("Open"));
    coordinator.add("case_person", {{QStringLiteral("case_id"), openCase},
                                    {QStringLiteral("person_id"), inOpenCaseToo},
                                    {QStringLiteral("role"), QStringLiteral("Survivor")}});
    const QString onlyThere = personIn(coordinator, closedLongAgo, QStringLiteral("Olga"));
    const QString oldScan = attach("case", closedLongAgo);
    team.settle();

    const auto due = dueOn(coordinator);
    std::vector<std::pair<QString, QString>> seen;
    for (const DueForRetention& item : due)
        seen.emplace_back(item.reason, item.recordId);
    const std::vector<std::pair<QString, QString>> expected = {{QStringLiteral("attachment"), caseScan},
                                                               {QStringLiteral("attachment"), personScan},
                                                               {QStringLiteral("person"), onlyThere},
                                                               {QStringLiteral("closed_case"), closedLongAgo}};
    CHECK(std::is_permutation(seen.begin(), seen.end(), expected.begin(), expected.end()));
    REQUIRE(seen.size() == expected.size());
    CHECK(seen[0].first == QStringLiteral("attachment"));  // attachments first, then people, then cases
    CHECK(seen[1].first == QStringLiteral("attachment"));
    CHECK(seen[2].first == QStringLiteral("person"));
    CHECK(seen[3].first == QStringLiteral("closed_case"));

    REQUIRE(runOn(coordinator).size() == 4);
    requireClean(worker.receive(coordinator));
    for (Laptop* laptop : {&coordinator, &worker}) {
        CHECK_FALSE(has(*laptop, "attachment", caseScan));
        CHECK_FALSE(has(*laptop, "attachment", personScan));
        CHECK_FALSE(has(*laptop, "attachment", oldScan));  // with its case
        CHECK_FALSE(has(*laptop, "case", closedLongAgo));
        CHECK_FALSE(has(*laptop, "person", onlyThere));
        CHECK(has(*laptop, "case", closedRecently));
        CHECK(has(*laptop, "person", survivor));
        CHECK(has(*laptop, "person", inOpenCaseToo));
        CHECK(has(*laptop, "case", openCase));
        CHECK(heldOn(*laptop) == 0);
    }
}
