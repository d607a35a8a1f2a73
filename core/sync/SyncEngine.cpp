#include "core/sync/SyncEngine.h"

#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/base/FolderKey.h"
#include "core/base/Hex.h"
#include "core/crypto/Hash.h"
#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/db/Statement.h"
#include "core/store/ChangeFeed.h"
#include "core/store/Conflicts.h"
#include "core/store/Devices.h"
#include "core/store/HybridClock.h"
#include "core/store/Mutator.h"
#include "core/sync/SyncRecords.h"
#include "core/sync/bundle/BundleFile.h"
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/bundle/BundleWriter.h"
#include "core/sync/transport/FolderTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>

namespace fieldcase::sync {

namespace {

constexpr qint64 kDayMs = qint64{24} * 60 * 60 * 1000;
constexpr qint64 kSilentPeerDays = 45;
constexpr qint64 kMaxRequestSize = 4096;

Error syncError(ErrorCode code, const char* why) {
    return makeError(code, QCoreApplication::translate("Sync", why));
}

Error notJoined() {
    return syncError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Sync",
                                                         "This device has not joined a team yet: import the "
                                                         "welcome bundle from its coordinator first."));
}

QString kindName(BundleKind kind) {
    switch (kind) {
        case BundleKind::Changes:
            return QStringLiteral("changes");
        case BundleKind::Welcome:
            return QStringLiteral("welcome");
        case BundleKind::EnrolmentReply:
            return QStringLiteral("enrolment_reply");
        case BundleKind::Snapshot:
            return QStringLiteral("snapshot");
    }
    return {};
}

// The records of a bundle, decoded.
struct Decoded {
    std::optional<store::VersionVector> senderHas;
    std::vector<SignedEvent> events;
    std::vector<store::StoredChangeset> changesets;
};

// Each record's bytes are let go as soon as it is decoded, so that a large bundle is not held twice over.
Result<Decoded> decodeRecords(std::vector<BundleRecord>& records) {
    Decoded decoded;
    for (BundleRecord& record : records) {
        switch (record.type) {
            case RecordType::VersionVector: {
                auto vector = decodeVersionVector(record.body);
                if (!vector) return vector.error();
                decoded.senderHas = std::move(*vector);
                break;
            }
            case RecordType::MembershipEvent: {
                auto event = SignedEvent::decode(record.body);
                if (!event) return event.error();
                decoded.events.push_back(std::move(*event));
                break;
            }
            case RecordType::Changeset: {
                auto changeset = decodeChangeset(record.body);
                if (!changeset) return changeset.error();
                decoded.changesets.push_back(std::move(*changeset));
                break;
            }
            default:
                break;  // e.g. the state digest: not needed to apply
        }
        record.body = QByteArray();
    }
    std::vector<BundleRecord>().swap(records);
    return decoded;
}

// The membership log a bundle carries, and nothing else of it decoded (the changes may be most of its size).
std::optional<std::vector<SignedEvent>> membershipEventsOf(const BundleContent& content) {
    std::vector<SignedEvent> events;
    for (const BundleRecord& record : content.records) {
        if (record.type != RecordType::MembershipEvent) continue;
        auto event = SignedEvent::decode(record.body);
        if (!event) return std::nullopt;
        events.push_back(std::move(*event));
    }
    return events;
}

// For a device that has not joined yet: the key of the bundle's sender, if the bundle's own membership log admits
// both the sender (as a coordinator) and this device with its own identity key.
std::optional<QByteArray> introducedSenderKey(const BundleContent& content, const QByteArray& myId,
                                              const QByteArray& mySignKey) {
    const auto signedEvents = membershipEventsOf(content);
    if (!signedEvents) return std::nullopt;
    const std::vector<FoldedEvent> events = decodeEvents(*signedEvents);
    const QByteArray founder = founderOf(events);
    if (founder.isEmpty()) return std::nullopt;  // no founder, or two: not a team's log
    const auto devices = foldMembership(events, content.header.teamId, founder).devices;
    const auto sender = devices.find(content.header.senderDeviceId);
    const auto me = devices.find(myId);
    if (sender == devices.end() || sender->second.removed || sender->second.role != Role::Coordinator ||
        me == devices.end() || me->second.removed || me->second.signPublicKey != mySignKey)
        return std::nullopt;
    return sender->second.signPublicKey;
}

// A device was removed with a cut-off: its changes after it are taken back here, or, on the laptop restored from a
// backup of that device, written again as this laptop's own (docs/backup.md, "Removed before the restored laptop
// was admitted").
Result<void> takeBack(db::Connection& connection, store::Mutator::Batch& batch, const Removal& removal) {
    auto restoredFrom = db::readMeta(connection, db::kRestoredFromMeta);
    if (!restoredFrom) return restoredFrom.error();
    if (!restoredFrom->isEmpty()) {
        auto device = connection.prepare("SELECT ord FROM device WHERE device_id = ?");
        if (!device) return device.error();
        device->bind(1, *restoredFrom);
        auto row = device->step();
        if (!row) return row.error();
        if (*row && device->columnInt64(0) == removal.ord) {
            auto upTo = db::readMeta(connection, db::kRestoredUpToMeta);
            if (!upTo) return upTo.error();
            auto adopted = batch.adoptChangesAfter(removal.ord, removal.cutoffSeq, upTo->toLongLong());
            if (!adopted) return adopted.error();
            return {};
        }
    }
    return batch.forgetChangesAfter(removal.ord, removal.cutoffSeq);
}

}  // namespace

struct SyncEngine::Opened {
    std::optional<BundleContent> content;
    BundleProblem problem = BundleProblem::None;
    QString reason;
};

SyncEngine::SyncEngine(db::Connection& connection, store::Mutator& mutator, const Clock& clock)
    : m_connection(connection),
      m_mutator(mutator),
      m_clock(clock),
      m_team(connection, clock, mutator.identity().deviceId, mutator.identity().signingKey) {}

SyncEngine::Opened SyncEngine::open(const QByteArray& bytes, Parts parts) {
    Opened opened;
    auto teamId = m_team.teamId();
    auto keys = m_team.boxKeys();
    auto signKey = db::readMeta(m_connection, "sign_public_key");
    if (!teamId || !keys || !signKey) {
        opened.problem = BundleProblem::Damaged;
        opened.reason = (!teamId ? teamId.error() : !keys ? keys.error() : signKey.error()).message;
        return opened;
    }
    bool senderRemoved = false;
    const BundleReader::SenderKeyLookup lookup = [&](const QByteArray& sender) -> std::optional<QByteArray> {
        auto member = m_team.member(sender);
        if (!member || !*member) return std::nullopt;
        if ((*member)->removed) {
            senderRemoved = true;
            return std::nullopt;
        }
        return (*member)->signPublicKey;
    };
    const QByteArray myId = m_mutator.identity().deviceId;
    for (const crypto::BoxKeyPair& key : *keys) {
        BundleReadResult result =
            teamId->isEmpty()
                ? BundleReader::readIntroduced(
                      bytes, key,
                      [&](const BundleContent& content) { return introducedSenderKey(content, myId, *signKey); },
                      parts == Parts::MembershipOnly ? std::optional(RecordType::MembershipEvent) : std::nullopt)
                : BundleReader::read(bytes, key, lookup);
        if (result.problem() == BundleProblem::NotForThisDevice) {
            opened.problem = result.problem();
            continue;  // perhaps sealed to an earlier key of this device
        }
        if (result.problem() == BundleProblem::UnknownSender && !senderRemoved) {
            // A laptop admitted since this one last heard from its admitter: its bundle carries the whole log, its
            // admission included, and counts if that log (with what this vault holds) makes it a member.
            result = BundleReader::readIntroduced(bytes, key, [&](const BundleContent& content) {
                const auto events = membershipEventsOf(content);
                if (!events) return std::optional<QByteArray>();
                auto memberKey = m_team.memberKeyWith(content.header.senderDeviceId, *events);
                return memberKey ? *memberKey : std::optional<QByteArray>();
            });
        }
        if (!result) {
            opened.problem = result.problem();
            opened.reason = result.error().message;
            if (senderRemoved)
                opened.reason =
                    QCoreApplication::translate("Sync", "This bundle is from a device removed from the team.");
            return opened;
        }
        opened.content = std::move(*result);
        opened.problem = BundleProblem::None;
        return opened;
    }
    if (opened.problem == BundleProblem::NotForThisDevice || keys->empty()) {
        opened.problem = BundleProblem::NotForThisDevice;
        opened.reason = teamId->isEmpty()
                            ? QCoreApplication::translate(
                                  "Sync", "This bundle is not a welcome for this device, or was not written for it.")
                            : bundleProblemMessage(BundleProblem::NotForThisDevice);
    }
    return opened;
}

namespace {
std::atomic<qint64> g_changesetBudget{kChangesetBudget};
}  // namespace

qint64 SyncEngine::changesetBudget() {
    return g_changesetBudget.load();
}

void SyncEngine::setChangesetBudget(qint64 bytes) {
    g_changesetBudget.store(bytes);
}

Result<store::VersionVector> SyncEngine::acknowledgedBy(int peer) {
    auto acks = m_connection.prepare("SELECT origin, seq FROM peer_ack WHERE peer = ?");
    if (!acks) return acks.error();
    acks->bind(1, static_cast<qint64>(peer));
    store::VersionVector has;
    for (;;) {
        auto row = acks->step();
        if (!row) return row.error();
        if (!*row) break;
        has[acks->columnBlob(0)] = acks->columnInt64(1);
    }
    return has;
}

Result<std::vector<TeamMember>> SyncEngine::activeMembers() {
    auto members = m_team.members();
    if (!members) return members.error();
    std::vector<TeamMember> active;
    for (TeamMember& member : *members) {
        if (!member.removed && !member.boxPublicKey.isEmpty()) active.push_back(std::move(member));
    }
    return active;
}

Result<qint64> SyncEngine::nextBundleSequence() {
    auto current = db::readMeta(m_connection, "bundle_seq");
    if (!current) return current.error();
    const qint64 next = current->toLongLong() + 1;
    // Counted before the file is written: a bundle written after a crash never reuses a number peers have seen.
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    FC_TRY(db::writeMeta(m_connection, "bundle_seq", QByteArray::number(next)));
    FC_TRY((*batch)->commit());
    return next;
}

struct SyncEngine::Outgoing {
    BundleContent content;
    std::vector<QByteArray> boxKeys;
    QByteArray fingerprint;
};

Result<SyncEngine::Outgoing> SyncEngine::prepareBundle(std::uint8_t kind, const std::vector<TeamMember>& recipients,
                                                       const std::vector<store::StoredChangeset>& changesets) {
    auto teamId = m_team.teamId();
    if (!teamId) return teamId.error();
    auto events = m_team.events();
    if (!events) return events.error();
    auto has = store::versionVector(m_connection);
    if (!has) return has.error();

    Outgoing outgoing;
    BundleContent& content = outgoing.content;
    content.header.teamId = *teamId;
    content.header.senderDeviceId = m_mutator.identity().deviceId;
    content.header.kind = static_cast<BundleKind>(kind);
    for (const TeamMember& member : recipients) {
        content.header.recipientDeviceIds.push_back(member.deviceId);
        outgoing.boxKeys.push_back(member.boxPublicKey);
    }
    content.records.push_back({RecordType::VersionVector, encodeVersionVector(*has)});
    for (const SignedEvent& event : *events)
        content.records.push_back({RecordType::MembershipEvent, event.encode()});
    for (const auto& changeset : changesets)
        content.records.push_back({RecordType::Changeset, encodeChangeset(changeset)});

    crypto::StreamHash fingerprint;
    const auto addSized = [&](const QByteArray& bytes) {
        fingerprint.add(QByteArray::number(bytes.size()) + ':');
        fingerprint.add(bytes);
    };
    addSized(content.header.teamId);
    addSized(QByteArray(1, static_cast<char>(kind)));
    for (std::size_t i = 0; i < recipients.size(); ++i) {
        addSized(content.header.recipientDeviceIds[i]);
        addSized(outgoing.boxKeys[i]);
    }
    for (const BundleRecord& record : content.records) {
        addSized(QByteArray::number(record.type));
        addSized(record.body);
    }
    outgoing.fingerprint = fingerprint.result();
    return outgoing;
}

Result<QByteArray> SyncEngine::sealBundle(Outgoing& outgoing) {
    auto sequence = nextBundleSequence();
    if (!sequence) return sequence.error();
    outgoing.content.header.sequence = static_cast<quint64>(*sequence);
    outgoing.content.header.createdMs = static_cast<quint64>(m_clock.nowMs());
    return BundleWriter::write(outgoing.content, m_mutator.identity().signingKey, outgoing.boxKeys);
}

Result<QByteArray> SyncEngine::buildBundle(std::uint8_t kind, const std::vector<TeamMember>& recipients,
                                           const std::vector<store::StoredChangeset>& changesets) {
    auto outgoing = prepareBundle(kind, recipients, changesets);
    if (!outgoing) return outgoing.error();
    return sealBundle(*outgoing);
}

Result<QString> SyncEngine::outboxName(const QString& dir) {
    auto select = m_connection.prepare("SELECT name FROM outbox WHERE folder = ?");
    if (!select) return select.error();
    select->bind(1, syncFolderKey(dir));
    auto row = select->step();
    if (!row) return row.error();
    return *row ? select->columnText(0) : QString();
}

Result<QString> SyncEngine::exportTo(const QString& dir) {
    auto teamId = m_team.teamId();
    if (!teamId) return teamId.error();
    if (teamId->isEmpty()) return notJoined();
    {
        // The travel lock's release key goes to the coordinators with the first bundle after they change.
        auto batch = m_mutator.begin();
        if (!batch) return batch.error();
        FC_TRY(m_team.ensureTravelKey());
        FC_TRY((*batch)->commit());
    }
    auto recipients = activeMembers();
    if (!recipients) return recipients.error();

    // What every active peer has acknowledged; a changeset goes out until all of them have it. A peer silent for
    // kSilentPeerDays longer than the most recently heard one (a laptop left in a drawer) no longer holds the outbox
    // back: when it writes again, its old acknowledgement puts everything it lacks into the next outbox. Measured
    // between peers, not against this laptop's clock, so a clock that jumps ahead does not silence everyone.
    store::VersionVector everyoneHas;
    std::vector<store::VersionVector> peers;  // what each of them has acknowledged
    bool first = true;
    auto silentPeers = store::Devices(m_connection).silentPeers(kSilentPeerDays * kDayMs);
    if (!silentPeers) return silentPeers.error();
    for (const TeamMember& peer : *recipients) {
        if (peer.ord == 1 || silentPeers->count(peer.ord) != 0) continue;
        auto acknowledged = acknowledgedBy(peer.ord);
        if (!acknowledged) return acknowledged.error();
        store::VersionVector peerHas = std::move(*acknowledged);
        peers.push_back(peerHas);
        if (first) {
            everyoneHas = std::move(peerHas);
            first = false;
            continue;
        }
        for (auto it = everyoneHas.begin(); it != everyoneHas.end();) {
            const auto peerSeq = peerHas.find(it->first);
            if (peerSeq == peerHas.end()) {
                it = everyoneHas.erase(it);
            } else {
                it->second = std::min(it->second, peerSeq->second);
                ++it;
            }
        }
    }
    std::vector<store::StoredChangeset> changesets;
    if (!first) {  // with no peer yet there is nobody to send changes to
        auto missing = store::changesetsSince(m_connection, everyoneHas, changesetBudget(), peers);
        if (!missing) return missing.error();
        changesets = std::move(*missing);
    }
    auto outgoing = prepareBundle(static_cast<std::uint8_t>(BundleKind::Changes), *recipients, changesets);
    if (!outgoing) return outgoing.error();

    // The outbox already in the folder carries exactly this, and is whole: it stays, and the folder's files are
    // neither rewritten nor read again by every peer. It is still rewritten once a day, so that peers hear this
    // laptop is alive (each new bundle read updates "last heard" on their Team screen).
    const QString folderKey = syncFolderKey(dir);
    const qint64 now = m_clock.nowMs();
    auto previous = m_connection.prepare(
        "SELECT name, content_hash, coalesce(size, -1), coalesce(written_ms, 0) FROM outbox "
        "WHERE folder = ?");
    if (!previous) return previous.error();
    previous->bind(1, folderKey);
    auto previousRow = previous->step();
    if (!previousRow) return previousRow.error();
    const QString previousName = *previousRow ? previous->columnText(0) : QString();
    if (*previousRow && previous->columnBlob(1) == outgoing->fingerprint && now - previous->columnInt64(3) < kDayMs &&
        now >= previous->columnInt64(3)) {
        const QFileInfo file(QDir(dir).filePath(previousName));
        if (file.exists() && file.size() == previous->columnInt64(2)) {
            auto batch = m_mutator.begin();
            if (!batch) return batch.error();
            auto confirm = m_connection.prepare("UPDATE outbox SET current_ms = ? WHERE folder = ?");
            if (!confirm) return confirm.error();
            FC_TRY(confirm->bind(1, now).bind(2, folderKey).run());
            FC_TRY((*batch)->commit());
            return previousName;
        }
    }
    previous->reset();

    auto bundle = sealBundle(*outgoing);
    if (!bundle) return bundle.error();
    FolderTransport folder(dir);
    auto written = folder.replace(*bundle, previousName);
    if (!written) return written.error();
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    auto remember = m_connection.prepare(
        "INSERT OR REPLACE INTO outbox(folder, name, written_ms, current_ms, content_hash, size) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    if (!remember) return remember.error();
    FC_TRY(remember->bind(1, folderKey)
               .bind(2, *written)
               .bind(3, now)
               .bind(4, now)
               .bind(5, outgoing->fingerprint)
               .bind(6, static_cast<qint64>(bundle->size()))
               .run());
    FC_TRY((*batch)->commit());
    return *written;
}

Result<std::vector<OutboxVisit>> SyncEngine::lastExchanges() {
    auto select = m_connection.prepare(
        "SELECT folder, coalesce(current_ms, written_ms, 0) AS at FROM outbox ORDER BY at DESC, folder");
    if (!select) return select.error();
    std::vector<OutboxVisit> exchanges;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        exchanges.push_back({select->columnText(0), select->columnInt64(1)});
    }
    return exchanges;
}

Result<ImportReport> SyncEngine::importFrom(const QString& dir, const Progress& progress) {
    FolderTransport folder(dir);
    auto names = folder.bundleNames();
    if (!names) return names.error();
    auto mine = outboxName(dir);
    if (!mine) return mine.error();
    ImportReport report;
    int done = 0;
    for (const QString& name : *names) {
        if (progress && !progress(done, static_cast<int>(names->size()))) {
            report.cancelled = true;
            break;
        }
        ++done;
        if (name == *mine) {
            ++report.skipped;
            continue;
        }
        FC_TRY(importOne(folder, name, report));
    }
    if (progress && !report.cancelled) progress(done, static_cast<int>(names->size()));
    if (!report.cancelled) FC_TRY(forgetRejectedFilesGone(folder, *names));
    auto conflicts = store::openConflictCount(m_connection);
    if (!conflicts) return conflicts.error();
    report.conflicts = *conflicts;
    return report;
}

Result<void> SyncEngine::importOne(const FolderTransport& folder, const QString& name, ImportReport& report) {
    // A file refused for good before, still there with the same name and size, is refused again unread: a folder
    // of damaged or hostile files (each up to the size limit) costs nothing on the next scan. Honest writers never
    // reuse a name (each bundle gets a fresh random one), so a name and size that match are the same file.
    const QString folderKey = syncFolderKey(folder.dir());
    const qint64 size = QFileInfo(QDir(folder.dir()).filePath(name)).size();
    auto known = m_connection.prepare("SELECT reason FROM rejected_file WHERE folder = ? AND name = ? AND size = ?");
    if (!known) return known.error();
    known->bind(1, folderKey).bind(2, name).bind(3, size);
    auto knownRow = known->step();
    if (!knownRow) return knownRow.error();
    if (*knownRow) {
        report.rejected.push_back({name, known->columnText(0), false});
        return {};
    }
    const auto rejectedBefore = report.rejected.size();
    FC_TRY(importFile(folder, name, report));
    if (report.rejected.size() == rejectedBefore || report.rejected.back().retry) return {};
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    auto remember =
        m_connection.prepare("INSERT OR REPLACE INTO rejected_file(folder, name, size, reason) VALUES (?, ?, ?, ?)");
    if (!remember) return remember.error();
    FC_TRY(remember->bind(1, folderKey).bind(2, name).bind(3, size).bind(4, report.rejected.back().reason).run());
    return (*batch)->commit();
}

Result<void> SyncEngine::forgetRejectedFilesGone(const FolderTransport& folder, const QStringList& names) {
    const QString folderKey = syncFolderKey(folder.dir());
    auto remembered = m_connection.prepare("SELECT name FROM rejected_file WHERE folder = ?");
    if (!remembered) return remembered.error();
    remembered->bind(1, folderKey);
    QStringList gone;
    for (;;) {
        auto row = remembered->step();
        if (!row) return row.error();
        if (!*row) break;
        if (!names.contains(remembered->columnText(0))) gone << remembered->columnText(0);
    }
    if (gone.isEmpty()) return {};
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    auto forget = m_connection.prepare("DELETE FROM rejected_file WHERE folder = ? AND name = ?");
    if (!forget) return forget.error();
    for (const QString& name : gone) {
        forget->reset();
        FC_TRY(forget->bind(1, folderKey).bind(2, name).run());
    }
    return (*batch)->commit();
}

Result<void> SyncEngine::importFile(const FolderTransport& folder, const QString& name, ImportReport& report) {
    auto bytes = folder.read(name);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound) return {};  // replicated away meanwhile: nothing to read
        if (bytes.error().code == ErrorCode::Io) return bytes.error();
        report.rejected.push_back({name, bytes.error().message, false});
        return {};
    }
    // A file identical to the last one read from its sender (a folder scanned again) brings nothing new. Anything
    // else is opened and applied, even an older bundle: applying is idempotent, and a laptop restored from a backup
    // must be caught reusing change numbers, not ignored.
    const QByteArray fileHash = crypto::hash(*bytes);
    auto seen = store::Devices(m_connection).isLastBundleRead(fileHash);
    if (!seen) return seen.error();
    if (*seen) {
        ++report.skipped;
        return {};
    }
    auto teamId = m_team.teamId();
    if (!teamId) return teamId.error();
    const bool joining = teamId->isEmpty();
    // A welcome waits for its safety number: only its membership log is read now.
    Opened opened = open(*bytes, joining ? Parts::MembershipOnly : Parts::All);
    if (!opened.content) {
        if (joining && opened.problem == BundleProblem::NotForThisDevice) {
            ++report.skipped;  // before its welcome nobody writes to this device: the team's others, not a problem
            return {};
        }
        report.rejected.push_back({name, opened.reason, opened.problem == BundleProblem::Truncated});
        return {};
    }
    const BundleContent& content = *opened.content;
    const QByteArray myId = m_mutator.identity().deviceId;
    if (!joining && content.header.teamId != *teamId) {
        report.rejected.push_back(
            {name, QCoreApplication::translate("Sync", "This bundle belongs to another team."), false});
        return {};
    }
    if (std::find(content.header.recipientDeviceIds.begin(), content.header.recipientDeviceIds.end(), myId) ==
        content.header.recipientDeviceIds.end()) {
        report.rejected.push_back({name, bundleProblemMessage(BundleProblem::NotForThisDevice), false});
        return {};
    }
    if (content.header.senderDeviceId == myId) {
        ++report.skipped;  // an earlier outbox of this device that a crash left behind: no longer needed
        static_cast<void>(FolderTransport(folder).remove(name));  // best effort: another run can remove it
        return {};
    }
    if (joining) return stageWelcome(content, *bytes, fileHash, report);
    const int appliedBefore = report.applied;
    const auto warningsBefore = report.warnings.size();
    bytes->clear();  // opened: the file's bytes are not needed while its content is applied
    auto applied = apply(std::move(*opened.content), fileHash, false, report);
    if (!applied) {
        report.applied = appliedBefore;
        report.warnings.resize(warningsBefore);
        if (applied.error().code != ErrorCode::Rejected) return applied.error();
        report.rejected.push_back({name, applied.error().message, false});
        return {};
    }
    ++report.read;
    return {};
}

Result<void> SyncEngine::stageWelcome(const BundleContent& content, const QByteArray& bytes, const QByteArray& fileHash,
                                      ImportReport& report) {
    auto signKey = db::readMeta(m_connection, "sign_public_key");
    if (!signKey) return signKey.error();
    auto half = m_team.mySafetyNumberHalf();
    if (!half) return half.error();
    // The reader accepted it with this key: the one the welcome's own log gives its sender.
    const auto senderKey = introducedSenderKey(content, m_mutator.identity().deviceId, *signKey);
    if (!senderKey) return syncError(ErrorCode::Failed, QT_TRANSLATE_NOOP("Sync", "The welcome bundle is unreadable."));
    const QString number = safetyNumber(*half, safetyNumberHalf(content.header.senderDeviceId, *senderKey));
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    auto stage = m_connection.prepare(
        "INSERT OR IGNORE INTO pending_welcome(hash, bundle, safety_number, staged_ms) VALUES (?, ?, ?, ?)");
    if (!stage) return stage.error();
    FC_TRY(stage->bind(1, fileHash).bind(2, bytes).bind(3, number).bind(4, m_clock.nowMs()).run());
    FC_TRY((*batch)->commit());
    report.pendingJoinSafetyNumber = number;
    return {};
}

Result<void> SyncEngine::requireJoined() {
    auto teamId = m_team.teamId();
    if (!teamId) return teamId.error();
    if (teamId->isEmpty()) return notJoined();
    return {};
}

Result<QString> SyncEngine::pendingJoin() {
    auto teamId = m_team.teamId();
    if (!teamId) return teamId.error();
    if (!teamId->isEmpty()) return QString();
    return m_connection.queryText(
        "SELECT coalesce((SELECT safety_number FROM pending_welcome ORDER BY staged_ms DESC, rowid DESC LIMIT 1), "
        "'')");
}

Result<ImportReport> SyncEngine::confirmJoin(const QString& typed) {
    auto teamId = m_team.teamId();
    if (!teamId) return teamId.error();
    if (!teamId->isEmpty())
        return syncError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Sync", "This device has already joined a team."));
    QString digits = typed;
    digits.remove(QLatin1Char(' '));
    auto rows = m_connection.prepare("SELECT hash, bundle, safety_number FROM pending_welcome ORDER BY rowid");
    if (!rows) return rows.error();
    bool anyWaiting = false;
    std::optional<std::pair<QByteArray, QByteArray>> chosen;  // (file hash, bundle)
    QString number;
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        anyWaiting = true;
        QString staged = rows->columnText(2);
        if (staged.remove(QLatin1Char(' ')) == digits && !digits.isEmpty()) {
            chosen = std::pair(rows->columnBlob(0), rows->columnBlob(1));
            number = rows->columnText(2);
        }
    }
    if (!anyWaiting)
        return syncError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Sync",
                                                             "No welcome is waiting here: import the welcome bundle "
                                                             "from the coordinator first."));
    if (!chosen)
        return syncError(ErrorCode::Rejected,
                         QT_TRANSLATE_NOOP("Sync",
                                           "These digits are not the safety number of the welcome waiting "
                                           "here: nothing was joined."));
    Opened opened = open(chosen->second);
    if (!opened.content) return makeError(ErrorCode::Rejected, opened.reason);
    chosen->second.clear();  // opened: the staged file's bytes are not needed while its content is applied
    ImportReport report;
    FC_TRY(apply(std::move(*opened.content), chosen->first, true, report));
    ++report.read;
    report.joinedSafetyNumber = number;
    return report;
}

Result<std::vector<std::pair<int, QByteArray>>> SyncEngine::erasedRecords() {
    auto erasures = m_team.erasures();
    if (!erasures) return erasures.error();
    std::vector<std::pair<int, QByteArray>> records;
    for (const auto& [person, erasure] : *erasures) {
        if (!erasure.effective) continue;
        for (const auto& [table, id] : erasure.records)
            records.emplace_back(table, id);
    }
    return records;
}

Result<void> SyncEngine::discardJoin(const QString& safetyNumber) {
    QString digits = safetyNumber;
    digits.remove(QLatin1Char(' '));
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    auto discard =
        m_connection.prepare("DELETE FROM pending_welcome WHERE ?1 = '' OR replace(safety_number, ' ', '') = ?1");
    if (!discard) return discard.error();
    FC_TRY(discard->bind(1, digits).run());
    return (*batch)->commit();
}

Result<void> SyncEngine::apply(BundleContent content, const QByteArray& fileHash, bool joining, ImportReport& report) {
    auto decoded = decodeRecords(content.records);
    if (!decoded) return decoded.error();
    // The whole bundle is one transaction: keep its pages in memory until the commit, so that each is encrypted and
    // written once rather than spilled and rewritten as later changesets touch it again, up to a bound (64 MiB of
    // 4 KiB pages) past which they spill, so that a large bundle (a welcome of a whole team's history) does not take
    // memory in proportion to its size.
    FC_TRY(m_connection.setSpillThreshold(16384));
    // Afterwards, back to SQLite's default: spill as soon as the cache (cache_size) is full.
    const auto spillAgain = qScopeGuard([this] { static_cast<void>(m_connection.setSpillThreshold(1)); });
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    if (joining) {
        FC_TRY(m_team.join(content.header.teamId, founderOf(decodeEvents(decoded->events))));
        FC_TRY(m_connection.exec("DELETE FROM pending_welcome"));  // the other candidates go with the choice
    }
    auto merged = m_team.merge(decoded->events);
    if (!merged) return merged.error();
    for (const Removal& removal : merged->removals)
        FC_TRY(takeBack(m_connection, **batch, removal));
    auto erased = erasedRecords();
    if (!erased) return erased.error();
    for (const auto& [table, id] : *erased) {
        if (const model::TableDef* def = model::Schema::tableByNumber(table)) FC_TRY((*batch)->erase(*def, id));
    }
    auto rules = m_team.retention();
    if (!rules) return rules.error();
    m_mutator.setRetention(*rules ? store::RetentionPeriods{static_cast<int>((*rules)->closedCaseMonths),
                                                            static_cast<int>((*rules)->attachmentMonths)}
                                  : store::RetentionPeriods{});

    auto summary = (*batch)->applyRemoteAll(std::move(decoded->changesets));
    if (!summary) return summary.error();
    if (!summary->purgedByRules.empty()) {
        // A laptop that sees these records only with their content removed (one joining later) takes a
        // coordinator's purge of them: a coordinator signs the purges the rules made here.
        auto role = m_team.myRole();
        if (!role) return role.error();
        for (const auto& [table, rowId] : summary->purgedByRules) {
            if (*role == Role::Coordinator) FC_TRY((*batch)->confirmPurge(*model::Schema::tableByNumber(table), rowId));
        }
    }
    report.applied += summary->applied;
    const qint64 now = m_clock.nowMs();
    std::map<QByteArray, qint64> aheadMs;
    for (const auto& [origin, hlc] : summary->newestApplied) {
        const qint64 stampMs = store::HybridClock::wallMs(hlc);
        if (stampMs - now > kDayMs) aheadMs[origin] = stampMs - now;
    }
    const auto nameOf = [this](const QByteArray& deviceId) {
        auto member = m_team.member(deviceId);
        return member && *member ? (*member)->name : toHex(deviceId);
    };
    for (const QByteArray& signer : merged->forkers) {
        report.warnings << QCoreApplication::translate("Sync",
                                                       "Device %1 signed two different team changes under one "
                                                       "number: its key is in other hands, or it was restored from "
                                                       "an old backup. Every laptop counts the same one of them; a "
                                                       "coordinator should remove it.")
                               .arg(nameOf(signer));
    }
    if (summary->unconfirmedBlanks > 0) {
        report.warnings << QCoreApplication::translate("Sync",
                                                       "The bundle from %1 carried %n change(s) with their content "
                                                       "removed, though no purge here allows it. They are asked for "
                                                       "again from the others; if this repeats, that laptop may be "
                                                       "in other hands.",
                                                       nullptr, summary->unconfirmedBlanks)
                               .arg(nameOf(content.header.senderDeviceId));
    }
    if (!summary->heldPurges.empty() || !summary->heldMassPurges.empty()) {
        auto everyone = m_team.members();
        if (!everyone) return everyone.error();
        auto nameOfOrd = [&](int ord) {
            for (const TeamMember& member : *everyone) {
                if (member.ord == ord) return member.name;
            }
            return QString();
        };
        for (const auto& [ord, count] : summary->heldPurges) {
            report.warnings << QCoreApplication::translate(
                                   "Sync",
                                   "%1, a field worker's laptop, purged %n record(s) it did not "
                                   "create. They are kept here until a coordinator purges them.",
                                   nullptr, count)
                                   .arg(nameOfOrd(ord));
        }
        for (const auto& [ord, count] : summary->heldMassPurges) {
            report.warnings << QCoreApplication::translate("Sync",
                                                           "%1 purged more records in one week than a laptop may "
                                                           "alone: %n of them are kept here until a coordinator of "
                                                           "another laptop confirms them.",
                                                           nullptr, count)
                                   .arg(nameOfOrd(ord));
        }
    }
    for (const auto& [origin, seq] : summary->forked) {
        report.warnings << QCoreApplication::translate("Sync",
                                                       "Device %1 signed two different versions of its change %2: "
                                                       "its key is in other hands, or it was restored from an old "
                                                       "backup. Its changes from there on are set aside here; a "
                                                       "coordinator should remove it.")
                               .arg(nameOf(origin))
                               .arg(seq);
    }
    for (const auto& [origin, ahead] : aheadMs) {
        const int days = static_cast<int>(ahead / kDayMs);
        report.warnings << QCoreApplication::translate("Sync", "The clock of device %1 is %n day(s) ahead.", nullptr,
                                                       days)
                               .arg(nameOf(origin));
    }

    auto sender = m_team.member(content.header.senderDeviceId);
    if (!sender) return sender.error();
    if (*sender) {
        if (decoded->senderHas) {
            auto ack = m_connection.prepare(
                "INSERT OR REPLACE INTO peer_ack(peer, origin, seq) VALUES (?1, ?2, "
                "max(?3, coalesce((SELECT seq FROM peer_ack WHERE peer = ?1 AND origin = ?2), 0)))");
            if (!ack) return ack.error();
            for (const auto& [origin, seq] : *decoded->senderHas) {
                ack->reset();
                FC_TRY(ack->bind(1, static_cast<qint64>((*sender)->ord)).bind(2, origin).bind(3, seq).run());
            }
        }
        // Every bundle carries its sender's whole membership log: what it carries, the sender has.
        auto eventAck = m_connection.prepare("INSERT OR IGNORE INTO peer_event_ack(peer, hash) VALUES (?, ?)");
        if (!eventAck) return eventAck.error();
        for (const SignedEvent& event : decoded->events) {
            eventAck->reset();
            FC_TRY(eventAck->bind(1, static_cast<qint64>((*sender)->ord)).bind(2, event.hash()).run());
        }
        // The newest bundle read from the sender is remembered, so that the same file is not opened again.
        // A bundle may wait on a stick for days, so only a date ahead of this clock says anything about its own.
        const qint64 bundleAheadMs = std::max<qint64>(0, static_cast<qint64>(content.header.createdMs) - now);
        FC_TRY(store::Devices(m_connection)
                   .noteBundleRead((*sender)->ord, static_cast<qint64>(content.header.sequence), fileHash, now,
                                   bundleAheadMs));
    }
    return (*batch)->commit();
}

Result<EnrolmentRequest> SyncEngine::decodeRequestFile(const QString& path) {
    auto bytes = readSmallFile(path, kMaxRequestSize);
    if (!bytes) return bytes.error();
    return EnrolmentRequest::decode(*bytes);
}

Result<Candidate> SyncEngine::candidateOf(const EnrolmentRequest& request) {
    auto half = m_team.mySafetyNumberHalf();
    if (!half) return half.error();
    Candidate candidate{toHex(request.deviceId),
                        request.name,
                        safetyNumber(*half, safetyNumberHalf(request.deviceId, request.signPublicKey)),
                        {},
                        {},
                        0,
                        0};
    if (!request.restoredFrom.isEmpty()) {
        candidate.restoredFrom = toHex(request.restoredFrom);
        candidate.restoredUpTo = request.restoredUpTo;
        auto old = m_team.member(request.restoredFrom);
        if (!old) return old.error();
        if (*old && !(*old)->boxPublicKey.isEmpty()) {
            candidate.restoredFromName = (*old)->name;
            auto held = store::highestHeld(m_connection, (*old)->ord);
            if (!held) return held.error();
            candidate.heldUpTo = *held;
        }
    }
    return candidate;
}

Result<Candidate> SyncEngine::readEnrolmentRequest(const QString& path) {
    auto request = decodeRequestFile(path);
    if (!request) return request.error();
    return candidateOf(*request);
}

Result<Admission> SyncEngine::approve(const QString& requestPath, const QString& dir, bool asCoordinator,
                                      const QString& replaces) {
    auto request = decodeRequestFile(requestPath);
    if (!request) return request.error();
    auto candidate = candidateOf(*request);
    if (!candidate) return candidate.error();
    const QString named = candidate->restoredFromName.isEmpty() ? QString() : candidate->restoredFrom;
    if (replaces != named) {
        return makeError(ErrorCode::Usage,
                         named.isEmpty()
                             ? QCoreApplication::translate("Sync", "This laptop replaces no device of the team.")
                             : QCoreApplication::translate("Sync",
                                                           "This laptop was restored from a backup of %1 (%2): "
                                                           "admitting it removes that device, which must be "
                                                           "confirmed.")
                                   .arg(candidate->restoredFromName, named));
    }
    {
        auto batch = m_mutator.begin();
        if (!batch) return batch.error();
        FC_TRY(m_team.admit(*request, asCoordinator ? Role::Coordinator : Role::FieldWorker));
        // A laptop restored from a backup replaces the device the backup was made on: that device is removed, its
        // changes kept up to what the backup holds or what reached this laptop, whichever is later. Whoever holds
        // the old laptop cannot sign past that (docs/backup.md).
        if (!candidate->restoredFromName.isEmpty()) {
            auto removal = m_team.remove(request->restoredFrom, request->restoredUpTo);
            if (!removal) return removal.error();
            FC_TRY(takeBack(m_connection, **batch, *removal));
        }
        FC_TRY((*batch)->commit());
    }
    // Addressed to the whole team, not only the new device: it is what they hold already, and a welcome left in
    // a shared folder is then an ordinary bundle for them rather than one they cannot open.
    auto recipients = activeMembers();
    if (!recipients) return recipients.error();
    // The history up to the budget; the rest comes in the team's next bundles, as for any laptop behind.
    auto everything = store::changesetsSince(m_connection, {}, changesetBudget());
    if (!everything) return everything.error();
    auto bundle = buildBundle(static_cast<std::uint8_t>(BundleKind::Welcome), *recipients, *everything);
    if (!bundle) return bundle.error();
    auto written = FolderTransport(dir).replace(*bundle, QString());
    if (!written) return written.error();
    return Admission{*candidate, QDir(dir).filePath(*written)};
}

Result<void> SyncEngine::revoke(const QByteArray& deviceId) {
    auto batch = m_mutator.begin();
    if (!batch) return batch.error();
    auto removal = m_team.remove(deviceId);
    if (!removal) return removal.error();
    FC_TRY(takeBack(m_connection, **batch, *removal));
    return (*batch)->commit();
}

Result<int> SyncEngine::cleanFolder(const QString& dir) {
    FolderTransport folder(dir);
    auto names = folder.bundleNames();
    if (!names) return names.error();
    auto members = m_team.members();
    if (!members) return members.error();
    auto mine = store::versionVector(m_connection);
    if (!mine) return mine.error();
    // Per active device, what it has acknowledged (this device: what it holds).
    std::map<int, store::VersionVector> acknowledged;
    for (const TeamMember& member : *members) {
        if (member.removed || member.boxPublicKey.isEmpty()) continue;
        if (member.ord == 1) {
            acknowledged[1] = *mine;
            continue;
        }
        auto has = acknowledgedBy(member.ord);
        if (!has) return has.error();
        acknowledged[member.ord] = std::move(*has);
    }
    auto held = m_connection.prepare("SELECT 1 FROM membership WHERE hash = ?");
    if (!held) return held.error();
    auto carried = m_connection.prepare("SELECT 1 FROM peer_event_ack WHERE peer = ? AND hash = ?");
    if (!carried) return carried.error();
    // An event held here that an active peer has not yet carried in a bundle of its own.
    auto isNews = [&](const QByteArray& hash) -> Result<bool> {
        held->reset();
        auto isHeld = held->bind(1, hash).step();
        if (!isHeld) return isHeld.error();
        if (!*isHeld) return false;
        for (const auto& entry : acknowledged) {
            if (entry.first == 1) continue;
            carried->reset();
            auto isCarried = carried->bind(1, static_cast<qint64>(entry.first)).bind(2, hash).step();
            if (!isCarried) return isCarried.error();
            if (!*isCarried) return true;
        }
        return false;
    };
    int removed = 0;
    for (const QString& name : *names) {
        auto bytes = folder.read(name);
        if (!bytes) continue;
        Opened opened = open(*bytes);
        if (!opened.content) continue;  // not this team's, or not readable here: not ours to remove
        auto decoded = decodeRecords(opened.content->records);
        if (!decoded) continue;
        bool everyoneHasIt = true;
        for (const auto& changeset : decoded->changesets) {
            for (const auto& [ord, has] : acknowledged) {
                const auto seq = has.find(changeset.origin);
                if (seq == has.end() || seq->second < changeset.seq) everyoneHasIt = false;
            }
        }
        // A removal or a role change may travel in a bundle with no changes: it is news while an active device
        // has not carried it in a bundle of its own (events this laptop does not hold are nobody's news).
        for (const SignedEvent& event : decoded->events) {
            if (!everyoneHasIt) break;
            auto news = isNews(event.hash());
            if (!news) return news.error();
            if (*news) everyoneHasIt = false;
        }
        if (everyoneHasIt && folder.remove(name)) ++removed;
    }
    return removed;
}

Result<Inspection> inspectUnopened(const QString& file) {
    auto head = inspectBundleHead(file);
    if (!head) return head.error();
    Inspection inspection;
    inspection.size = head->size;
    inspection.formatVersion = head->formatVersion;
    inspection.stanzaSlots = head->stanzaSlots;
    if (head->size > kMaxBundleFileSize) inspection.problem = bundleProblemMessage(BundleProblem::TooLarge);
    return inspection;
}

Result<Inspection> SyncEngine::inspect(const QString& file) {
    auto unopened = inspectUnopened(file);
    if (!unopened || !unopened->problem.isEmpty()) return unopened;
    Inspection inspection = std::move(*unopened);
    auto bytes = readBundleFile(file);
    if (!bytes) {
        if (bytes.error().code != ErrorCode::Rejected) return bytes.error();
        inspection.problem = bytes.error().message;  // too large to be a bundle
        return inspection;
    }
    Opened opened = open(*bytes);
    if (!opened.content) {
        inspection.problem = opened.reason;
        return inspection;
    }
    inspection.opened = true;
    const BundleHeader& header = opened.content->header;
    inspection.sender = toHex(header.senderDeviceId);
    auto sender = m_team.member(header.senderDeviceId);
    if (sender && *sender) inspection.senderName = (*sender)->name;
    inspection.kind = kindName(header.kind);
    inspection.sequence = static_cast<qint64>(header.sequence);
    inspection.recipients = static_cast<int>(header.recipientDeviceIds.size());
    for (const BundleRecord& record : opened.content->records) {
        if (record.type == RecordType::Changeset) ++inspection.changesets;
        if (record.type == RecordType::MembershipEvent) ++inspection.membershipEvents;
    }
    return inspection;
}

}  // namespace fieldcase::sync
