#pragma once

// The one harness of every test with several laptops of a team (merge, sync engine): real core stacks in temporary
// folders, teams made once and copied, a folder between them that loses, repeats, replays, cuts and damages files,
// and a member in hostile hands that signs what it likes and leaves hostile files in the folder.
#include "core/api/SyncService.h"
#include "core/services/LocalRecords.h"
#include "core/services/LocalSync.h"
#include "core/services/LocalVault.h"
#include "core/store/Changeset.h"
#include "core/store/Mutator.h"
#include "tests/support/TestVaults.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <random>
#include <set>
#include <vector>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::test {

inline constexpr const char* kLaptopPassphrase = "a long enough passphrase";

// One laptop: its vault unlocked, its records and its sync, on a clock the test moves.
struct Laptop {
    SkewedClock clock;
    LocalVault vault;
    LocalRecords records;
    LocalSync sync;
    QTemporaryDir scratch;  // its outbox folder and the inboxes it reads
    int inboxes = 0;

    explicit Laptop(const QString& dir);

    db::Connection& db();
    QByteArray deviceId();  // the 16 bytes
    // What a person sees: every record's fields and the open conflicts. (Tombstones may differ: a laptop that never
    // saw a record because its content was redacted on the way needs none for it.)
    QString digest();
    qint64 conflicts();

    QString add(const char* kind, const QVariantMap& fields);
    QString add(const QString& title);  // a case
    void set(const char* kind, const QString& id, const char* field, const QVariant& value);
    void set(const QString& caseId, const QString& field, const QVariant& value);
    QString field(const QString& caseId, const QString& name);  // "<gone>" when the case is not there

    // This laptop's current outbox bundle, as bytes.
    QByteArray exportBundle();
    // Files a test leaves in an inbox beside the bundles, before the import: the names it wrote.
    using Plant = std::function<QStringList(const QString& inbox)>;
    // Imports these files from a fresh folder, oldest first as listed. Files plant adds must each be refused;
    // they are left out of the report.
    SyncReport importFiles(const std::vector<QByteArray>& files, const Plant& plant = {});
    SyncReport receive(Laptop& from) { return importFiles({from.exportBundle()}); }
    // The name importFiles gives the file at this index of its list.
    static QString inboxName(int index);
};

void requireClean(const SyncReport& report);

// How the laptops of a team came to know each other.
enum class Formation {
    // Laptop 0 founded the team (a coordinator); the others joined it through enrolment requests, welcome bundles
    // and one exchange, as field workers.
    Enrolled,
    // Each laptop lists the others' keys directly, all field workers (see makeCoordinator): for tests of the merge
    // below the bundles, with no membership log.
    Listed,
};

// A vault made in dir (a team's founder, or a laptop waiting to join one), opened by kLaptopPassphrase with the
// cheapest key derivation. Returns dir.
QString createVault(const QString& dir, const QString& name, bool joinExistingTeam);
// joining asks to join, coordinator approves it (as a field worker) with its welcome in the folder handover, and
// joining reads the welcome and confirms the safety number both sides show. replaces: the device a laptop restored
// from a backup replaces (SyncService::approve).
void enrol(Laptop& coordinator, Laptop& joining, const QString& handover, const QString& replaces = {});

// The template a Team copies its laptop index from.
QString templateDir(int index, Formation formation = Formation::Enrolled);

// A team of up to four laptops, copied from templates made once per formation (the key derivation is slow on
// purpose; the copies open in milliseconds).
struct Team {
    QTemporaryDir root;
    std::vector<std::unique_ptr<Laptop>> laptops;
    std::set<int> inOtherHands;  // laptops whose bundles the others may refuse (settle, FakeFolder)

    explicit Team(int count = 4, Formation formation = Formation::Enrolled);
    Laptop& operator[](int i) { return *laptops[static_cast<std::size_t>(i)]; }
    int size() const { return static_cast<int>(laptops.size()); }

    // The given laptops (all when empty) read each other's bundles until nothing new moves (three rounds without a
    // changeset applied: acknowledgements take a round to travel), however many rounds a cut history needs. plant
    // leaves files in every inbox, each of which must be refused; every bundle must apply, except those of a laptop
    // in other hands.
    void settle(std::vector<int> among = {}, const Laptop::Plant& plant = {});
};

// The folder between laptops, with what real folders and sticks do to files.
class FakeFolder {
public:
    enum class Fault { None, Dropped, Duplicated, Replayed, CutShort, FlippedBit };
    static constexpr int kFaults = 6;

    explicit FakeFolder(Team& team) : m_team(team), m_sent(static_cast<std::size_t>(team.size())) {}
    // Carries from's current outbox to to, as the fault leaves it; a damaged file must be refused and nothing of it
    // applied, an undamaged one must apply cleanly unless from is in other hands. Returns to's report.
    SyncReport carry(int from, int to, Fault fault, std::mt19937_64& rng, const Laptop::Plant& plant = {});

private:
    Team& m_team;
    std::vector<std::vector<QByteArray>> m_sent;  // every bundle each laptop wrote, for replays
};

// Hostile files a member in other hands leaves in a shared folder, named as bundles: a file over the size limit
// (sparse), a pipe nobody writes to, a link to an endless device, and random bytes. Returns the names of those an
// import must refuse (the pipe and the link are not files: an import passes over them without a word).
QStringList plantHostileFiles(const QString& dir, std::mt19937_64& rng);

// A laptop in hostile hands signs whatever it likes with its own device key: a changeset of crafted ops, chained
// after its last one and kept in its change log, so that it travels in its bundles like any other.
store::StoredChangeset forge(Laptop& hostile, const std::vector<store::Op>& ops);
// The same changeset with one op's content removed, as a relaying laptop could send it.
store::StoredChangeset blanked(store::StoredChangeset changeset, std::size_t entry);
// Replaces what a hostile laptop holds of another's change by this version, so that its bundles relay it.
void relayInstead(Laptop& hostile, const store::StoredChangeset& changeset);
// An edit of a case's title with the given context.
store::Op setTitle(const QString& caseId, const QString& title, store::Context context);
// Everything the laptop holds, as an op's context: an edit made after seeing all of it.
store::Context seenBy(Laptop& laptop);
// What the role change of a membership event would have done, on every laptop of a Listed team.
void makeCoordinator(Team& team, int index);

}  // namespace fieldcase::test
