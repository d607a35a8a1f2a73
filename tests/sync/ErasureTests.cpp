// Consent withdrawal (docs/threat-model.md, "Consent withdrawal"): a coordinator's signed erasure takes a person and
// the cases only theirs from every laptop, whatever arrives in whatever order, and from a laptop that joins later; a
// field worker's only asks; a laptop in other hands cannot erase what the erasure does not name, nor more than three
// people a week alone; the coordinator sees which laptops have applied it.
#include "core/api/SyncService.h"
#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/sync/team/Membership.h"
#include "core/sync/team/Team.h"
#include "core/vault/VaultSession.h"
#include "tests/support/TeamHarness.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace fieldcase;
using fieldcase::test::Laptop;
using fieldcase::test::requireClean;
using fieldcase::test::Team;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

bool has(Laptop& laptop, const char* kind, const QString& id) {
    return laptop.records.get(QLatin1String(kind), id).ok();
}

QString personIn(Laptop& laptop, const QString& caseId, const QString& name) {
    const QString person = laptop.add("person", {{QStringLiteral("given_name"), name}});
    laptop.add("case_person", {{QStringLiteral("case_id"), caseId},
                               {QStringLiteral("person_id"), person},
                               {QStringLiteral("role"), QStringLiteral("Survivor")}});
    return person;
}

Erasure withdraw(Laptop& laptop, const QString& personId) {
    auto erasure = laptop.sync.withdrawConsent(personId);
    INFO((erasure ? QString() : erasure.error().message).toStdString());
    REQUIRE(erasure.ok());
    return *erasure;
}

Erasure erasureOf(Laptop& laptop, const QString& personId) {
    auto all = laptop.sync.erasures();
    REQUIRE(all.ok());
    const auto found = std::find_if(all->begin(), all->end(), [&](const Erasure& e) { return e.personId == personId; });
    REQUIRE(found != all->end());
    return *found;
}

QString nameOf(Laptop& laptop) {
    return laptop.vault.info()->deviceName;
}

qint64 unconfirmedBlanksOn(Laptop& laptop) {
    auto count = laptop.db().queryText("SELECT count(*) FROM unconfirmed_blank");
    REQUIRE(count.ok());
    return count->toLongLong();
}

// A laptop in other hands signs an erasure of its own making: any person id, any records.
void signErasure(Laptop& laptop, const QString& personId, std::vector<sync::ErasedRecord> records) {
    auto stored = db::readMeta(laptop.db(), "sign_secret_key");
    REQUIRE(stored.ok());
    const SecretBytes key =
        SecretBytes::fromText(std::string_view(stored->constData(), static_cast<std::size_t>(stored->size())));
    sync::Team team(laptop.db(), laptop.clock, laptop.deviceId(), key);
    auto batch = laptop.vault.session()->mutator.begin();
    REQUIRE(batch.ok());
    records.insert(records.begin(), {2, QByteArray::fromHex(personId.toLatin1())});
    REQUIRE(team.erase(QByteArray::fromHex(personId.toLatin1()), std::move(records)).ok());
    REQUIRE((*batch)->commit().ok());
}

}  // namespace

TEST_CASE("a coordinator's consent withdrawal erases the person and the cases only theirs from every laptop",
          "[sync][erasure]") {
    for (const bool lateEditFirst : {false, true}) {
        INFO("a laptop that had not heard of it edits the erased case " << (lateEditFirst ? "before" : "after")
                                                                        << " it receives the erasure");
        Team team(3);
        Laptop& coordinator = team[0];
        Laptop& author = team[1];
        Laptop& other = team[2];
        const QString onlyTheirs = author.add(QStringLiteral("Only Aigerim's case"));
        const QString person = personIn(author, onlyTheirs, QStringLiteral("Aigerim"));
        const QString shared = author.add(QStringLiteral("A case with her sister"));
        author.add("case_person", {{QStringLiteral("case_id"), shared},
                                   {QStringLiteral("person_id"), person},
                                   {QStringLiteral("role"), QStringLiteral("Survivor")}});
        const QString sister = personIn(author, shared, QStringLiteral("Dana"));
        author.add("consent", {{QStringLiteral("person_id"), person},
                               {QStringLiteral("item"), QStringLiteral("Interview")},
                               {QStringLiteral("given"), true}});
        team.settle();

        // On a laptop that has not heard of the erasure yet, someone adds to the case.
        QString lateEncounter;
        if (lateEditFirst) {
            lateEncounter = other.add("encounter", {{QStringLiteral("case_id"), onlyTheirs},
                                                    {QStringLiteral("text"), QStringLiteral("She called again")}});
        }
        const Erasure erased = withdraw(coordinator, person);
        CHECK(erased.status == QStringLiteral("erased"));
        CHECK(erased.records == 2);
        CHECK(erased.confirmedBy == QStringList{nameOf(coordinator)});
        CHECK_FALSE(has(coordinator, "person", person));
        CHECK_FALSE(has(coordinator, "case", onlyTheirs));
        CHECK(has(coordinator, "case", shared));
        CHECK(has(coordinator, "person", sister));
        CHECK(erased.waitingFor.contains(nameOf(author)));
        CHECK(erased.appliedOn == QStringList{nameOf(coordinator)});

        requireClean(author.receive(coordinator));
        if (!lateEditFirst) {
            // Another laptop hears of it from the author, not from the coordinator.
            requireClean(other.receive(author));
            lateEncounter = other.add("encounter", {{QStringLiteral("case_id"), shared},
                                                    {QStringLiteral("text"), QStringLiteral("Dana called")}});
        } else {
            requireClean(author.receive(other));  // the late encounter reaches a laptop that erased the case
            requireClean(other.receive(author));
        }
        team.settle();
        for (int i = 0; i < 3; ++i) {
            INFO("laptop " << i);
            CHECK_FALSE(has(team[i], "person", person));
            CHECK_FALSE(has(team[i], "case", onlyTheirs));
            CHECK(has(team[i], "case", shared));
            CHECK(has(team[i], "person", sister));
            CHECK(has(team[i], "encounter", lateEncounter) == !lateEditFirst);
            CHECK(team[i].digest() == team[0].digest());
        }
        const Erasure seen = erasureOf(coordinator, person);
        for (int i = 0; i < 3; ++i) {
            CHECK(seen.appliedOn.contains(nameOf(team[i])));
            CHECK_FALSE(seen.waitingFor.contains(nameOf(team[i])));
        }

        // A laptop joining afterwards never sees the person, and asks for nothing.
        QTemporaryDir scratch;
        auto later = std::make_unique<Laptop>(
            test::createVault(scratch.filePath(QStringLiteral("later")), QStringLiteral("Later"), true));
        test::enrol(coordinator, *later, scratch.filePath(QStringLiteral("later.welcome")));
        CHECK_FALSE(has(*later, "person", person));
        CHECK_FALSE(has(*later, "case", onlyTheirs));
        CHECK(has(*later, "case", shared));
        CHECK(unconfirmedBlanksOn(*later) == 0);
        CHECK(later->digest() == coordinator.digest());
    }
}

TEST_CASE("a field worker's consent withdrawal erases nothing until a coordinator confirms it",
          "[sync][erasure][hostile]") {
    for (const bool requestFirst : {true, false}) {
        INFO("the coordinator's laptop receives the request " << (requestFirst ? "before" : "after")
                                                              << " the worker's other changes");
        Team team(3);
        Laptop& coordinator = team[0];
        Laptop& author = team[1];
        Laptop& asking = team[2];  // a field worker's laptop; in other hands, or simply a worker who was asked
        const QString theirs = author.add(QStringLiteral("Case of the person who withdrew"));
        const QString person = personIn(author, theirs, QStringLiteral("Olga"));
        const QString unrelated = author.add(QStringLiteral("Someone else's case"));
        team.settle();

        // The request names an unrelated case too: only a coordinator's own list counts.
        signErasure(asking, person, {{1, QByteArray::fromHex(unrelated.toLatin1())}});
        const Erasure requested = erasureOf(asking, person);
        CHECK(requested.status == QStringLiteral("requested"));
        CHECK(requested.requestedBy == nameOf(asking));
        CHECK(has(asking, "person", person));  // nothing erased, not even on the asking laptop
        if (requestFirst) {
            requireClean(coordinator.receive(asking));
        } else {
            requireClean(coordinator.receive(author));
            requireClean(coordinator.receive(asking));
        }
        requireClean(author.receive(asking));
        for (Laptop* laptop : {&coordinator, &author}) {
            CHECK(has(*laptop, "person", person));
            CHECK(has(*laptop, "case", unrelated));
            CHECK(erasureOf(*laptop, person).status == QStringLiteral("requested"));
        }

        const Erasure confirmed = withdraw(coordinator, person);
        CHECK(confirmed.status == QStringLiteral("erased"));
        CHECK(confirmed.requestedBy == nameOf(asking));
        team.settle();
        for (int i = 0; i < 3; ++i) {
            INFO("laptop " << i);
            CHECK_FALSE(has(team[i], "person", person));
            CHECK_FALSE(has(team[i], "case", theirs));
            CHECK(has(team[i], "case", unrelated));
        }
    }
}

TEST_CASE("a coordinator erases at most three people a week alone, and a second coordinator confirms the fourth",
          "[sync][erasure][hostile]") {
    Team team(2);
    Laptop& coordinator = team[0];
    Laptop& second = team[1];
    std::vector<QString> people;
    for (int i = 0; i < 5; ++i) {
        const QString caseId = second.add(QStringLiteral("Case %1").arg(i));
        people.push_back(personIn(second, caseId, QStringLiteral("Person %1").arg(i)));
    }
    team.settle();
    for (int i = 0; i < 3; ++i)
        CHECK(withdraw(coordinator, people[static_cast<std::size_t>(i)]).status == QStringLiteral("erased"));
    CHECK(withdraw(coordinator, people[3]).status == QStringLiteral("waiting"));
    CHECK(has(coordinator, "person", people[3]));
    requireClean(second.receive(coordinator));
    CHECK(has(second, "person", people[3]));
    CHECK_FALSE(has(second, "person", people[0]));

    REQUIRE(coordinator.sync.setRole(second.vault.info()->deviceId, true).ok());
    requireClean(second.receive(coordinator));
    CHECK(withdraw(second, people[3]).status == QStringLiteral("erased"));
    CHECK_FALSE(has(second, "person", people[3]));
    requireClean(coordinator.receive(second));
    CHECK_FALSE(has(coordinator, "person", people[3]));

    // A week later, by its clock, the first coordinator may erase alone again.
    coordinator.clock.advance(8 * kDayMs);
    CHECK(withdraw(coordinator, people[4]).status == QStringLiteral("erased"));
}

TEST_CASE("a malformed erasure event is refused", "[sync][erasure][hostile]") {
    sync::MembershipEvent event;
    event.teamId = QByteArray(16, 't');
    event.signer = QByteArray(16, 's');
    event.seq = 1;
    event.prevHash = QByteArray(32, '\0');
    event.kind = sync::MembershipEvent::Erasure;
    event.subject = QByteArray(16, 'p');
    const sync::ErasedRecord person{2, event.subject};
    const sync::ErasedRecord caseA{1, QByteArray(16, 'a')};
    const sync::ErasedRecord caseB{1, QByteArray(16, 'b')};
    const auto decodes = [&](std::vector<sync::ErasedRecord> records) {
        sync::MembershipEvent copy = event;
        copy.erased = std::move(records);
        return sync::MembershipEvent::decode(copy.encode()).ok();
    };
    CHECK(decodes({person}));
    CHECK(decodes({person, caseA, caseB}));
    CHECK_FALSE(decodes({}));                      // nothing to erase
    CHECK_FALSE(decodes({caseA, person}));         // the person is not first
    CHECK_FALSE(decodes({person, caseB, caseA}));  // not in order: two ways to write one erasure
    CHECK_FALSE(decodes({person, caseA, caseA}));  // twice
    CHECK_FALSE(decodes({person, person}));        // the person twice
    std::vector<sync::ErasedRecord> tooMany{person};
    for (int i = 0; i < static_cast<int>(sync::MembershipEvent::kMaxErasedRecords); ++i)
        tooMany.push_back({1, QByteArray(15, 'c') + QByteArray(1, static_cast<char>(i))});
    CHECK_FALSE(decodes(tooMany));
}
