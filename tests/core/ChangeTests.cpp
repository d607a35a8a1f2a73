// Change notifications (core/api/Changes.h): what every view refreshes itself from.
#include "core/api/Changes.h"
#include "tests/core/RecordsFixture.h"

#include <chrono>
#include <future>
#include <memory>
#include <thread>
#include <vector>

using namespace fieldcase;
using namespace fieldcase::test;

namespace {

// Whether another thread can use the vault now, within a generous bound (not a timing: a held lock never frees here).
bool vaultIsFreeForAnotherThread(LocalVault& vault) {
    auto done = std::make_shared<std::promise<void>>();
    auto answered = done->get_future();
    // Detached: if the vault were still held, the thread would wait for it and finish after the test.
    std::thread([&vault, done] {
        (void)vault.isUnlocked();
        done->set_value();
    }).detach();
    return answered.wait_for(std::chrono::seconds(30)) == std::future_status::ready;
}

}  // namespace

TEST_CASE("a view learns what each change touched - once per call - and nothing of reads or refused changes",
          "[changes]") {
    RecordsFixture fixture;
    std::vector<VaultChange> seen;
    const Subscription subscription =
        fixture.vault.changes().subscribe([&](const VaultChange& change) { seen.push_back(change); });

    const QString caseId = fixture.create("case", {{QStringLiteral("title"), QStringLiteral("Market, stall 14")}});
    REQUIRE(seen.size() == 1);
    REQUIRE(seen.back().recordKinds == QStringList{QStringLiteral("case")});
    REQUIRE_FALSE(seen.back().team);
    REQUIRE_FALSE(seen.back().syncFinished);

    // Many records in one call, and a call that makes others (a merge of two people): one notice each.
    REQUIRE(fixture.records
                .createMany(QStringLiteral("person"), {{{QStringLiteral("given_name"), QStringLiteral("Ana")}},
                                                       {{QStringLiteral("given_name"), QStringLiteral("Anna")}}})
                .ok());
    REQUIRE(seen.size() == 2);
    REQUIRE(seen.back().touches(QStringLiteral("person")));
    const auto people = fixture.records.list(QStringLiteral("person"), 0, 10);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 2);
    REQUIRE(fixture.records.mergePeople(people->at(0).id, people->at(1).id).ok());
    REQUIRE(seen.size() == 3);
    REQUIRE(seen.back().touches(QStringLiteral("person")));

    REQUIRE(fixture.records.listCases({}).ok());
    REQUIRE(fixture.records.get(QStringLiteral("case"), caseId).ok());
    REQUIRE_FALSE(fixture.records.create(QStringLiteral("no such kind"), {}).ok());
    REQUIRE_FALSE(
        fixture.records.update(QStringLiteral("case"), caseId, {{QStringLiteral("status"), "nonsense"}}).ok());
    REQUIRE(seen.size() == 3);

    REQUIRE(fixture.records.archive(QStringLiteral("case"), caseId).ok());
    REQUIRE(fixture.records.purge(QStringLiteral("case"), caseId).ok());
    REQUIRE(seen.size() == 5);
    REQUIRE(seen.back().touches(QStringLiteral("case")));
}

TEST_CASE("a view is told after the vault is free again - it may reload from another thread", "[changes]") {
    RecordsFixture fixture;
    bool freeWhenTold = false;
    const Subscription subscription = fixture.vault.changes().subscribe(
        [&](const VaultChange&) { freeWhenTold = vaultIsFreeForAnotherThread(fixture.vault); });
    fixture.create("case", {{QStringLiteral("title"), QStringLiteral("Hotline call")}});
    REQUIRE(freeWhenTold);
}

TEST_CASE("a view that goes away is not told again - even when it leaves from inside a notice", "[changes]") {
    RecordsFixture fixture;
    int toldOnce = 0;
    int toldAlways = 0;
    Subscription once;
    once = fixture.vault.changes().subscribe([&](const VaultChange&) {
        ++toldOnce;
        once.reset();
    });
    auto always =
        std::make_unique<Subscription>(fixture.vault.changes().subscribe([&](const VaultChange&) { ++toldAlways; }));
    fixture.create("case", {{QStringLiteral("title"), QStringLiteral("First")}});
    fixture.create("case", {{QStringLiteral("title"), QStringLiteral("Second")}});
    REQUIRE(toldOnce == 1);
    REQUIRE(toldAlways == 2);
    always.reset();
    fixture.create("case", {{QStringLiteral("title"), QStringLiteral("Third")}});
    REQUIRE(toldAlways == 2);
}
