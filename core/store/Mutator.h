#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"
#include "core/db/Connection.h"
#include "core/db/Transaction.h"
#include "core/model/Schema.h"
#include "core/store/Changeset.h"
#include "core/store/HybridClock.h"
#include "core/store/Retention.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace fieldcase {
class Clock;
}

namespace fieldcase::store {

class SignatureCheck;

// Keeps derived data (the search index) in step with the records, inside the Mutator's transaction.
class WriteObserver {
public:
    virtual ~WriteObserver() = default;
    // created: the record is new in this transaction (nothing to replace).
    virtual Result<void> recordChanged(const model::TableDef& table, const QByteArray& rowId, bool created) = 0;
    virtual Result<void> recordPurged(const model::TableDef& table, const QByteArray& rowId) = 0;
    // After a purge has been committed: leave no copy of purged content in the index's storage.
    virtual Result<void> compactAfterPurge() = 0;
};

// This device's number in the device table.
inline constexpr int kSelfDevice = 1;

// A device purges at most this many records in any week of its clock before the rest of its purges wait until a
// coordinator (another one, for a coordinator's) purges them too: a laptop in other hands cannot empty the team's
// vaults in one exchange. One typical case is 5 to 15 records.
inline constexpr int kPurgeQuotaRecords = 100;
inline constexpr qint64 kPurgeQuotaWindowMs = 7LL * 24 * 60 * 60 * 1000;

// Whether a purge of its record removes this op's content from the change logs: a field's value does; the reference
// to the record it belongs to (an encounter's case) does not — an id, not content, which lets a laptop that only
// ever saw the record's ops redacted tell that it went with its purged owner.
bool purgeRemovesContent(const Op& op);

// The ids of the records of `dependent` that belong to the record ownerId through ownerField (a case's encounters).
Result<QList<QByteArray>> ownedIds(db::Connection& connection, const model::TableDef& dependent,
                                   const model::FieldDef& ownerField, const QByteArray& ownerId);

// Who writes: this device (local number 1 in the device table) and its worker.
struct LocalIdentity {
    QByteArray deviceId;
    SecretBytes signingKey;
    QString worker;
};

using FieldValues = std::vector<std::pair<const model::FieldDef*, QVariant>>;

// A changeset as stored and as carried between devices: header, op entries (body) and the origin's signature.
struct StoredChangeset {
    QByteArray origin;  // device id
    qint64 seq = 0;
    qint64 hlc = 0;
    QByteArray prevHash;
    QByteArray body;
    QByteArray hash;
    QByteArray signature;
};

// What became of a changeset offered to applyRemote().
enum class ApplyOutcome {
    Applied,
    AlreadyHave,  // seen before: nothing changed (import is idempotent)
    NotReady,     // an earlier changeset of the same device, or a change its ops had seen, is missing: offer it later
    Refused,      // made by a device removed from the team, after its cut-off
    Forked,       // signed, but another version of it (or of its predecessor) is held: set aside, device noted
};

// What became of a batch of changesets offered together.
struct ApplySummary {
    int applied = 0;
    int waiting = 0;                             // not ready: what they follow on from has not arrived
    std::map<QByteArray, qint64> newestApplied;  // per device id, the highest hybrid clock stamp applied
    std::map<QByteArray, qint64> forked;         // per device id, the lowest change number met in two versions
    int unconfirmedBlanks = 0;      // ops that arrived with their content removed and no purge of their record held
    std::map<int, int> heldPurges;  // per device (local number), purges it may not make alone, held for a coordinator
    std::map<int, int> heldMassPurges;  // per device, purges beyond its weekly quota, held for a second person
    // (table, record) of the records purged because the team's retention rules call for it.
    std::vector<std::pair<int, QByteArray>> purgedByRules;
};

// The single path for every write to records. One Batch is one SQLite transaction: the record rows, their
// per-field version clocks, the signed changesets (dot = this device + gapless seq, hybrid logical clock, hash link
// to the previous changeset), the audit entries and the search index change together or not at all. A batch is one
// changeset unless its ops pass kChangesetCutBytes (a large import): then it is cut, between two records' writes,
// into several consecutive changesets, all committed or none. Guard triggers refuse writes to these tables from
// anywhere else.
class Mutator {
public:
    Mutator(db::Connection& connection, const Clock& clock, LocalIdentity identity);
    ~Mutator();
    Mutator(const Mutator&) = delete;
    Mutator& operator=(const Mutator&) = delete;

    void setObserver(WriteObserver* observer) { m_observer = observer; }
    // Called after each committed batch with the kinds of record it created, edited or purged ("case"...), each once.
    using CommitListener = std::function<void(const QStringList& kinds)>;
    void setCommitListener(CommitListener listener) { m_commitListener = std::move(listener); }
    const LocalIdentity& identity() const { return m_identity; }
    // The team's retention periods as this laptop's copy of its log says: another device's purge they call for is
    // applied whoever made it and whatever its quota (docs/threat-model.md, "Retention rules").
    void setRetention(RetentionPeriods periods) { m_retention = periods; }
    // The records an import notes as touched before it writes their audit entries and search updates (see
    // flushTouched): what it holds for them does not grow with the bundle.
    static constexpr qsizetype kTouchedHeldAtMost = 4096;
    // A local batch whose ops pass this size goes on in a new changeset: each one fits a bundle's record (16 MiB,
    // sync/bundle/BundleFormat.h, which checks the two agree) with room for one more record's ops.
    static constexpr qsizetype kChangesetCutBytes = qsizetype{4} * 1024 * 1024;

    class Batch {
    public:
        ~Batch();  // rolls back unless committed
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

        // Values are already normalised (model::normalizeFieldValue). Returns the new record's id.
        Result<QByteArray> insert(const model::TableDef& table, const FieldValues& values);
        // Fields whose value does not change are skipped.
        Result<void> update(const model::TableDef& table, const QByteArray& rowId, const FieldValues& values);
        // Removes the record and everything that belongs to it, and their content from the change history.
        Result<void> purge(const model::TableDef& table, const QByteArray& rowId);
        // Applies a changeset of another device: checks it (known device, gapless sequence, hash link, signature),
        // merges its ops field by field (concurrent edits of one field both survive as a conflict; purge always
        // wins), and stores it verbatim for relaying.
        Result<ApplyOutcome> applyRemote(const StoredChangeset& changeset);
        // Applies what it can of changesets in any order (a bundle): each one is all-or-nothing. Those not ready (what
        // they follow on from is not here yet) are moved into waiting when it is given, for a later call.
        Result<ApplySummary> applyRemoteAll(std::vector<StoredChangeset> changesets,
                                            std::vector<StoredChangeset>* waiting = nullptr);
        // Makes another device known (its identity key checks its changes); the team's membership log decides who.
        Result<void> addDevice(const QByteArray& deviceId, const QByteArray& signPublicKey, const QString& name);
        // A device was removed from the team with a cut-off: its changes after it that this vault already applied
        // are forgotten and the records they touched rebuilt from the changes that remain (a purge stays).
        Result<void> forgetChangesAfter(int device, qint64 cutoffSeq);
        // On a laptop restored from a backup of that device: forgets them likewise, but first reads what the records
        // they touched (up to upToSeq, what the backup held) showed, and writes that again as this laptop's own
        // change. Returns how many records it wrote (docs/backup.md).
        Result<int> adoptChangesAfter(int device, qint64 cutoffSeq, qint64 upToSeq);
        // Signs a purge of a record already purged here, so that a laptop which only ever sees the record with its
        // content removed may take the purge from this device too (a coordinator confirms what the rules purged).
        // It does not count towards this laptop's purge quota: nothing it names is left anywhere it applied.
        Result<void> confirmPurge(const model::TableDef& table, const QByteArray& rowId);
        // Purges a record here without a purge op of this laptop's: the team's log erased it (a consent withdrawal
        // a coordinator signed), and every laptop does the same on its own. Nothing when it is purged already.
        Result<void> erase(const model::TableDef& table, const QByteArray& rowId);
        // Stores one chunk of an attachment's content (the attachment record is inserted in the same batch).
        Result<void> putContentChunk(const QByteArray& attachmentId, int index, const QByteArray& data);
        Result<void> commit();

    private:
        friend class Mutator;
        explicit Batch(Mutator& mutator) : m_mutator(mutator) {}
        Mutator& m_mutator;
        bool m_open = true;
    };

    // Starts a batch; only one at a time.
    Result<std::unique_ptr<Batch>> begin();

private:
    struct Touched {
        const model::TableDef* table;
        QByteArray rowId;
        QString action;
        QStringList fields;
        int device;  // who made the change: this device (1) or the origin of a received one
        QString worker;
        bool purged = false;
        QString key;  // in m_touchedIndex
    };

    Result<QByteArray> insert(const model::TableDef& table, const FieldValues& values);
    Result<void> update(const model::TableDef& table, const QByteArray& rowId, const FieldValues& values);
    Result<void> purge(const model::TableDef& table, const QByteArray& rowId);
    // emitOps: false when applying another device's purge, which carries its own ops.
    Result<void> purgeOne(const model::TableDef& table, const QByteArray& rowId, bool emitOps = true);
    Result<void> confirmPurge(const model::TableDef& table, const QByteArray& rowId);
    Result<void> erase(const model::TableDef& table, const QByteArray& rowId);
    // Removes the record here as another's purge does: its row with what belongs to it, or, when it never came whole,
    // a tombstone; and its content from the change logs.
    Result<void> purgeHere(const model::TableDef& table, const QByteArray& rowId, qint64 hlc);
    // Purges what belongs to the record (encounters of a case, consents of a person...).
    Result<void> purgeDependents(const model::TableDef& table, const QByteArray& rowId, bool emitOps);
    // signatures: when given, the batch's check running on a second thread, and the changeset's index in it.
    Result<ApplyOutcome> applyRemote(const StoredChangeset& changeset, SignatureCheck* signatures = nullptr,
                                     std::size_t indexInBatch = 0);
    Result<ApplySummary> applyRemoteAll(std::vector<StoredChangeset> changesets, std::vector<StoredChangeset>* waiting);
    // The signing keys of the devices that made these changesets, as held now.
    Result<std::map<QByteArray, QByteArray>> signingKeys(const std::vector<StoredChangeset>& changesets);
    Result<void> mergeField(const model::TableDef& table, const QByteArray& rowId, int origin, qint64 seq, qint64 hlc,
                            const Op& op);
    Result<bool> isPurged(int table, const QByteArray& rowId);
    Result<void> forgetChangesAfter(int device, qint64 cutoffSeq);
    Result<int> adoptChangesAfter(int device, qint64 cutoffSeq, qint64 upToSeq);
    // A removed device's change `seq`, after its cut-off, is refused (or taken back): counted for the Team screen.
    Result<void> noteRefused(int device, qint64 seq);
    // Two signed versions of a device's change `seq` were met here: remembered for the alarm and its removal.
    Result<void> noteFork(int device, qint64 seq);
    Result<void> rebuildRecord(const model::TableDef& table, const QByteArray& rowId, int undoneDevice);
    // Remembers which device made a record (its Create op): it may purge it without a coordinator.
    Result<void> noteCreator(int table, const QByteArray& rowId, int origin);
    // What becomes of a device's purge here (docs/merge.md, "A field worker purges only what it made" and "A purge
    // of many records waits for a second person").
    enum class PurgeDecision { Apply, HoldNotTheirs, HoldMany };
    Result<PurgeDecision> decidePurge(int origin, const Op& purge, bool withinQuota);
    // For each op of a device's change, whether it is a purge the retention rules call for, judged before any of the
    // change applies (a change that closes a case and purges it is judged on the case as it was).
    Result<std::vector<bool>> purgesDueByRules(int origin, const std::vector<std::optional<Op>>& ops);
    // How many of its next purges a device's change may make before they wait for a coordinator: the quota less
    // what the device purged in the week of its clock before this change. Notes this change's own purges.
    Result<int> purgeQuotaLeft(int origin, const StoredChangeset& changeset, int purges);
    // One set-field op of a remote change, unless its record is purged here (false then).
    Result<bool> applySetField(const model::TableDef& table, int origin, qint64 seq, qint64 hlc, const Op& op);
    // Purges the records among `rows` that belong to a record purged here.
    Result<void> purgeOrphans(std::vector<std::pair<const model::TableDef*, QByteArray>> rows);
    // A held change arrives again: the ops it was first received without (redacted, no purge of their record held
    // here) are taken from this copy when it has them. True when any was.
    Result<bool> fillUnconfirmedBlanks(int origin, const StoredChangeset& changeset);
    Result<int> deviceOrd(const QByteArray& deviceId);
    // A known device: its local number, whether it was removed (and its cut-off), its signing key and name.
    struct Standing {
        int ord = 0;
        bool removed = false;
        qint64 cutoffSeq = 0;
        QByteArray signPublicKey;
        QString name;
    };
    // nullopt for a device not in the team. While applyRemoteAll() runs, each device is looked up once: nothing
    // changes the device table meanwhile (the team's log is merged before it, removals are applied before it).
    Result<std::optional<Standing>> standingOf(const QByteArray& deviceId);
    // standingOf() for a device that must be in the team: Rejected otherwise.
    Result<Standing> memberStanding(const QByteArray& deviceId);
    // The highest change of a device held here.
    Result<qint64> heldUpTo(int ord);
    // Whether every change the ops' contexts name is held here (or can never be: removed or unknown devices).
    Result<bool> contextsHeld(const std::vector<std::optional<Op>>& ops);
    Result<void> updateConflict(const model::TableDef& table, const QByteArray& rowId, int field, bool conflicted,
                                qint64 since);
    Result<void> redactHistory(const model::TableDef& table, const QByteArray& rowId);
    Result<void> commit();
    void rollback();

    Result<void> checkReferences(const FieldValues& values);
    Result<QString> nextCaseReference();
    Result<void> indexOp(const model::TableDef& table, const QByteArray& rowId);
    Result<Context> contextOf(const std::map<int, qint64>& context);
    // Notes a record changed in this batch by the current actor, for the audit trail and the search index.
    Touched& touch(const model::TableDef& table, const QByteArray& rowId, const QString& action,
                   const QStringList& fields);
    // Forgets the records noted from position first on.
    void untouchFrom(qsizetype first);
    // Writes the audit entries and search updates of the records touched so far in the batch, and forgets them:
    // at the commit, and during a large import every kTouchedHeldAtMost records, so that what is held for them
    // does not grow with the bundle. A record touched again later gets an entry of its own.
    Result<void> flushTouched();
    // Adds an op of this device to the changeset being written.
    void appendOp(Op op);
    // Between two writes of a local batch: cuts the changeset when it has grown past kChangesetCutBytes, and writes
    // the touched records' audit entries and search updates when kTouchedHeldAtMost are held.
    Result<void> keepBounded();
    // Signs and stores the ops held as this device's change m_seq (nothing when there are none), and forgets them.
    Result<void> writeChangeset();
    Result<qint64> loadLastSeq();

    db::Connection& m_connection;
    HybridClock m_hlc;
    const Clock& m_clock;
    LocalIdentity m_identity;
    WriteObserver* m_observer = nullptr;
    CommitListener m_commitListener;
    RetentionPeriods m_retention;

    // The open batch.
    std::optional<db::Connection::WriteScope> m_writeScope;
    std::optional<db::Transaction> m_transaction;
    qint64 m_seq = 0;
    qint64 m_stamp = 0;
    std::vector<OpEntry> m_entries;
    std::vector<Op> m_ops;         // the plain ops of m_entries, for redaction within the same batch
    qsizetype m_entriesBytes = 0;  // of m_entries: what its body takes, near enough
    int m_confirmedPurges = 0;     // of m_ops: purges of records already purged here (confirmPurge)
    struct UnconfirmedBlank {
        int origin = 0;
        qint64 seq = 0;
        qint64 entry = 0;
    };
    std::vector<UnconfirmedBlank> m_unconfirmedBlanks;  // noted in the current applyRemoteAll
    struct HeldPurge {
        int origin = 0;
        qint64 seq = 0;
        int table = 0;
        QByteArray rowId;
        bool many = false;  // held as one of many at once (else: a record the device did not make)
    };
    std::vector<HeldPurge> m_heldPurges;  // held in the current applyRemoteAll
    // Records purged in the current applyRemoteAll because the retention rules call for it.
    std::vector<std::pair<int, QByteArray>> m_purgedByRules;
    QList<Touched> m_touched;
    QHash<QString, qsizetype> m_touchedIndex;
    bool m_purged = false;
    quint32 m_changedTables = 0;         // one bit per model::TableId touched in this batch
    QHash<int, QByteArray> m_deviceIds;  // local device number -> device id
    // Set only while applyRemoteAll() runs: standingOf() by device id.
    std::optional<std::map<QByteArray, std::optional<Standing>>> m_standings;
    // Whose change is being written: this device, or the origin of a changeset being applied.
    int m_actor = 1;
    QString m_actorName;
};

}  // namespace fieldcase::store
