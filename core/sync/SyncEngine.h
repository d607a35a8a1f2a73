#pragma once

#include "core/base/Result.h"
#include "core/sync/SyncResults.h"
#include "core/sync/team/Team.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace fieldcase {
class Clock;
namespace db {
class Connection;
}
namespace store {
class Mutator;
struct StoredChangeset;
}  // namespace store
}  // namespace fieldcase

namespace fieldcase::sync {

struct BundleContent;
class FolderTransport;

// What a bundle file shows before it is opened, with no key: its size, format version and stanza slots; a file too
// large to be a bundle says so in `problem`. NotFound or Io when it cannot be read.
Result<Inspection> inspectUnopened(const QString& file);

// Exchanges bundles with a folder (docs/sync-protocol.md, "Sync"): writes this device's cumulative outbox and
// reads everyone else's, each bundle authenticated completely before one transaction applies it.
class SyncEngine {
public:
    SyncEngine(db::Connection& connection, store::Mutator& mutator, const Clock& clock);

    Team& team() { return m_team; }

    // The changeset bytes one bundle carries at most (kChangesetBudget): a history larger than that travels over
    // several exchanges, the oldest first. Process-wide; tests and the benchmark lower it to see the cut.
    static qint64 changesetBudget();
    static void setChangesetBudget(qint64 bytes);

    Result<QString> exportTo(const QString& dir);
    Result<ImportReport> importFrom(const QString& dir, const Progress& progress);
    // Folders this device's outbox is in, with when it was last written, newest first.
    Result<std::vector<OutboxVisit>> lastExchanges();
    // Joining (docs/sync-protocol.md, "Enrolment"): an import keeps welcomes unapplied; the worker confirms one by
    // its safety number, or discards them.
    Result<QString> pendingJoin();
    Result<ImportReport> confirmJoin(const QString& safetyNumber);
    Result<void> discardJoin(const QString& safetyNumber);
    // An error for a device that has not joined a team yet.
    Result<void> requireJoined();
    Result<Admission> approve(const QString& requestPath, const QString& dir, bool asCoordinator,
                              const QString& replaces);
    Result<Candidate> readEnrolmentRequest(const QString& path);
    Result<void> revoke(const QByteArray& deviceId);
    // The records of every consent withdrawal the team's log makes effective (docs/threat-model.md, "Consent
    // withdrawal"), as (model::TableId, id): erased after every merge of the log, before the changes of a bundle
    // apply.
    Result<std::vector<std::pair<int, QByteArray>>> erasedRecords();
    Result<int> cleanFolder(const QString& dir);
    // What this vault can say about a bundle file.
    Result<Inspection> inspect(const QString& file);

private:
    struct Opened;
    // Which records of a bundle open() parses: all, or (for a welcome that waits for its safety number) only the
    // membership log, which is all its staging needs and a small part of its size.
    enum class Parts { All, MembershipOnly };
    // Opens a bundle with this device's keys; the problem's message when it cannot be trusted.
    Opened open(const QByteArray& bytes, Parts parts = Parts::All);
    Result<void> importOne(const FolderTransport& folder, const QString& name, ImportReport& report);
    Result<void> importFile(const FolderTransport& folder, const QString& name, ImportReport& report);
    // Files of the folder refused for good are remembered by name and size; those no longer there are forgotten.
    Result<void> forgetRejectedFilesGone(const FolderTransport& folder, const QStringList& names);
    // Takes the content: its records are freed once decoded, so that a large bundle is not held twice while it is
    // applied.
    Result<void> apply(BundleContent content, const QByteArray& fileHash, bool joining, ImportReport& report);
    Result<void> stageWelcome(const BundleContent& content, const QByteArray& bytes, const QByteArray& fileHash,
                              ImportReport& report);
    struct Outgoing;
    // A bundle's content before it is given a number and a time, with a fingerprint of everything else: an outbox
    // with the same fingerprint as the one in a folder brings nothing new.
    Result<Outgoing> prepareBundle(std::uint8_t kind, const std::vector<TeamMember>& recipients,
                                   const std::vector<store::StoredChangeset>& changesets);
    Result<QByteArray> sealBundle(Outgoing& outgoing);
    Result<QByteArray> buildBundle(std::uint8_t kind, const std::vector<TeamMember>& recipients,
                                   const std::vector<store::StoredChangeset>& changesets);
    Result<qint64> nextBundleSequence();
    // The devices bundles are written for: every member not removed, this one included (so that it recognises
    // and can clean up its own bundles).
    Result<std::vector<TeamMember>> activeMembers();
    // The version vector a peer last sent: what it has acknowledged.
    Result<std::map<QByteArray, qint64>> acknowledgedBy(int peer);
    Result<EnrolmentRequest> decodeRequestFile(const QString& path);
    Result<Candidate> candidateOf(const EnrolmentRequest& request);
    Result<QString> outboxName(const QString& dir);

    db::Connection& m_connection;
    store::Mutator& m_mutator;
    const Clock& m_clock;
    Team m_team;
};

}  // namespace fieldcase::sync
