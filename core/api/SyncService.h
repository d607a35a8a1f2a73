#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace fieldcase {

// The team's folder on a USB stick unless configured otherwise: a name that says nothing about the work.
inline constexpr char kDefaultStickFolder[] = "backup";

// A device of the team, as the membership log says.
struct TeamDevice {
    QString deviceId;  // hex
    QString name;
    QString role;    // "coordinator" or "field_worker"
    QString status;  // "active" or "removed"
    bool thisDevice = false;
    qint64 lastHeardMs = 0;         // when this laptop last read a bundle from it (ms since the epoch); 0: never
    qint64 clockAheadMs = 0;        // how far ahead of this laptop's clock its latest bundle was dated; 0: not ahead
    QString admittedBy;             // hex id of the coordinator whose admission counts; empty for a device not admitted
    qint64 admittedAtMs = 0;        // by the admitter's clock (ms since the epoch)
    QString removedBy;              // removed: hex id of the coordinator whose removal counts
    qint64 removedAtMs = 0;         // by the remover's clock
    qint64 refusedChanges = 0;      // removed: how many of its changes after the cut-off this laptop refused
    qint64 forkedChange = 0;        // the lowest change of it met here in two signed versions; 0: none
    bool forkedTeamChange = false;  // it signed two different membership events under one number
    qint64 duressAtMs = 0;          // it was opened with its duress passphrase then (its clock); 0: never reported
};

// The team's retention rules (docs/threat-model.md, "Retention"): set by a coordinator, the same on every laptop.
struct RetentionRules {
    static constexpr int kMaxMonths = 1200;
    int closedCaseMonths = 0;  // closed cases are purged this long after closing; 0: kept
    int attachmentMonths = 0;  // attachments of closed cases are purged this long after closing; 0: kept
    QString setBy;             // hex id of the coordinator whose rules count; empty: never set
    qint64 setAtMs = 0;        // by that coordinator's clock
};

// A record the team's retention rules call to purge now on this laptop.
struct DueForRetention {
    QString entity;         // "case", "person", "attachment"
    QString recordId;       // hex
    QString recordLabel;    // a case's reference and title; otherwise the kind of record, in the interface language
    QString reason;         // "closed_case", "person" (all its cases are due), "attachment"
    QString caseReference;  // the case that makes it due (for a person: the one closed last)
    QString closedOn;       // that case's closing date, yyyy-MM-dd
};

// A person's consent withdrawal as the team's log holds it (docs/threat-model.md, "Consent withdrawal"). Nothing in
// it names the person: once erased, only the fact and who asked remain.
struct Erasure {
    QString personId;  // hex: the person's record id
    // "requested": a field worker asked and a coordinator must confirm; "waiting": a coordinator signed it beyond its
    // weekly allowance and a second coordinator must confirm; "erased": erased on every laptop that has the log.
    QString status;
    QString requestedBy;  // the name of the laptop that signed first
    qint64 requestedAtMs = 0;
    QStringList confirmedBy;     // names of the coordinators whose erasure counts
    int records = 0;             // records it erases: the person and the cases that were only theirs
    QStringList appliedOn;       // erased: the active laptops known to have erased it (this one included)
    QStringList waitingFor;      // erased: the active laptops whose bundles have not yet shown that they did
    bool confirmedHere = false;  // this laptop signed it (nothing more for it to confirm)
};

// This device's outbox in one folder: when it last exchanged there.
struct FolderExchange {
    QString folder;          // as syncFolderKey() gives it
    qint64 exchangedMs = 0;  // when this device last wrote its outbox there or found it current (ms since epoch)
};

// A joining device's request, read by the coordinator before admitting it.
struct EnrolmentCandidate {
    QString deviceId;
    QString name;
    QString safetyNumber;  // 60 digits in groups of five: compare with the joining laptop's screen
    // A laptop restored from a backup (docs/backup.md): the device it was made on, which approving it removes from
    // the team, keeping that device's changes up to the higher of restoredUpTo (what the backup holds) and heldUpTo
    // (what this laptop holds). Empty for any other laptop.
    QString restoredFrom;
    QString restoredFromName;  // as the team knows it; empty when that device is not a member of this team
    qint64 restoredUpTo = 0;
    qint64 heldUpTo = 0;
};

struct ApprovedDevice {
    EnrolmentCandidate device;
    QString welcomeFile;  // the welcome bundle written for it
};

struct BundleRejection {
    QString file;        // the bundle's file name
    QString reason;      // one line for a person
    bool retry = false;  // incomplete (perhaps still being copied): tried again next time, nothing wrong yet
};

// What one import did.
struct SyncReport {
    int read = 0;       // bundles opened and verified
    int applied = 0;    // changesets applied
    int skipped = 0;    // bundles already seen, this device's own, or changes it already had
    int conflicts = 0;  // open conflicts after the import
    std::vector<BundleRejection> rejected;
    QStringList warnings;        // e.g. a device's clock far ahead
    QString joinedSafetyNumber;  // set when this call made the device a member (confirmJoin)
    // A laptop that has not joined: the safety number of a welcome this import found and kept, unapplied, until
    // the worker confirms it (confirmJoin) or discards it.
    QString pendingJoinSafetyNumber;
    bool cancelled = false;  // stopped by the progress callback before every bundle was read

    // A rejection that is not just "try again later".
    bool anyRejected() const {
        for (const auto& rejection : rejected) {
            if (!rejection.retry) return true;
        }
        return false;
    }
};

// One exchange with a folder: what the import did and the outbox written after it.
struct ExchangeReport {
    SyncReport received;
    QString written;  // the outbox file name; empty when the import was cancelled (nothing was written then)
};

struct ConflictVersion {
    QString value;
    QString device;  // the name of the device that wrote it
    QString at;      // when, ISO 8601 UTC (as the writer's clock said)
};

// A field that two devices changed without seeing each other's change: one value is shown (the same everywhere),
// every version is kept until a person picks one.
struct FieldConflict {
    QString id;
    QString entity;    // "case", "person", ...
    QString recordId;  // hex
    QString field;
    QString recordLabel;  // for a person: e.g. the case's reference and title, in the interface language
    QString fieldLabel;   // the field's name in the interface language
    std::vector<ConflictVersion> versions;  // the shown one first
};

// A purge made on another laptop that this laptop holds back (docs/merge.md): the record stays until a coordinator
// of another laptop confirms it by purging the record too.
struct HeldPurge {
    QString device;  // hex id of the laptop that purged
    QString deviceName;
    QString entity;       // "case", "person", ...
    QString recordId;     // hex
    QString recordLabel;  // a case's reference and title; otherwise the kind of record, in the interface language
    QString reason;       // "not_creator": a field worker's purge of a record it did not make; "many": over the quota
};

struct BundleInspection {
    qint64 size = 0;
    int formatVersion = 0;
    int stanzaSlots = 0;
    bool opened = false;  // this vault could read and verify it
    QString problem;      // why not, when not
    QString sender;       // device id (hex) and name, when opened
    QString senderName;
    QString kind;  // "changes", "welcome"...
    qint64 sequence = 0;
    int changesets = 0;
    int membershipEvents = 0;
    int recipients = 0;
};

// A removable drive (USB stick) mounted now.
struct RemovableDrive {
    QString rootPath;
    QString label;
    qint64 bytesFree = 0;
    bool hasTeamFolder = false;  // the configured sync folder exists on it
    QString folder;              // where bundles go on it
};

// When this laptop exchanges bundles by itself (AutoSync); kept in the vault.
struct SyncSettings {
    QStringList folders;       // shared folders: an office share, a folder Syncthing or Nextcloud replicates
    bool watchFolders = true;  // exchange with them when reachable, when they change and on the timer
    bool useSticks = true;     // exchange with a USB stick carrying the team's folder when it is plugged in
    QString stickFolder = QString::fromLatin1(kDefaultStickFolder);
    int intervalSeconds = 300;

    bool operator==(const SyncSettings&) const = default;
};

// Called before each bundle of an import with (bundles done, bundles in the folder), for a progress bar; returning
// false stops the import there (a Cancel button). Every bundle is applied whole or not at all, so stopping leaves
// nothing half-done.
using SyncProgress = std::function<bool(int done, int total)>;

// Team membership and the exchange of bundles (docs/sync-protocol.md). Every call needs the unlocked vault,
// except inspect() and drives(), which say what they can without it.
class SyncService {
public:
    virtual ~SyncService() = default;

    // Joining device: writes the enrolment request file to give to the coordinator.
    virtual Result<void> writeEnrolmentRequest(const QString& path) = 0;
    // This device's half of the safety number (30 digits).
    virtual Result<QString> safetyNumberHalf() = 0;
    // Coordinator: who asks to join, with the safety number to compare.
    virtual Result<EnrolmentCandidate> readEnrolmentRequest(const QString& path) = 0;
    // Joining device: the safety number of the welcome waiting for confirmation (the latest found), or empty.
    virtual Result<QString> pendingJoin() = 0;
    // Joining device: joins through the waiting welcome whose safety number is these digits (spaces ignored) —
    // the number the coordinator's screen shows. Rejected, with nothing changed, when no waiting welcome has it.
    virtual Result<SyncReport> confirmJoin(const QString& safetyNumber) = 0;
    // Joining device: forgets the waiting welcome with this safety number (spaces ignored), or every waiting
    // welcome when it is empty. A forged welcome can then be dropped without dropping the real one beside it.
    virtual Result<void> discardJoin(const QString& safetyNumber) = 0;
    // Coordinator: admits the device (as a field worker, or coordinator) and writes its welcome bundle into dir. A
    // laptop restored from a backup of a member replaces it: replaces must then be that member's id (the person
    // confirmed it, EnrolmentCandidate::restoredFrom), which is removed from the team; otherwise empty. Usage when
    // the two disagree, with nothing changed: a request cannot remove a device nobody named.
    virtual Result<ApprovedDevice> approve(const QString& requestPath, const QString& dir, bool asCoordinator,
                                           const QString& replaces) = 0;
    virtual Result<std::vector<TeamDevice>> team() = 0;
    // Coordinator: removes a device. Nobody encrypts to it any more and its later changes are refused everywhere.
    virtual Result<void> revoke(const QString& deviceId) = 0;
    // Coordinator: makes a device a coordinator or a field worker.
    virtual Result<void> setRole(const QString& deviceId, bool coordinator) = 0;
    // A new bundle key for this device; the previous key is kept for bundles already on their way.
    virtual Result<void> rotateKey() = 0;
    // Coordinator: writes into dir the release file that, with its worker's passphrase, opens a travel-locked laptop
    // of the team (docs/threat-model.md, "Travel lock"); returns the file's path.
    virtual Result<QString> releaseTravelLock(const QString& deviceId, const QString& dir) = 0;
    // The team's retention rules; setRetention (a coordinator) signs new ones for the team.
    virtual Result<RetentionRules> retention() = 0;
    virtual Result<void> setRetention(int closedCaseMonths, int attachmentMonths) = 0;
    // The records the rules call to purge today, attachments first, then people, then cases.
    virtual Result<std::vector<DueForRetention>> retentionDue() = 0;
    // Purges them, as one change that travels to the team like any purge; returns what went.
    virtual Result<std::vector<DueForRetention>> runRetention() = 0;
    // The person (hex id) withdrew consent: signs an erasure of the person and the cases only theirs. A coordinator's
    // erases them on every laptop (this one at once); a field worker's asks a coordinator, and a coordinator's
    // confirms another's. Returns the erasure as it stands afterwards.
    virtual Result<Erasure> withdrawConsent(const QString& personId) = 0;
    // Every consent withdrawal the team's log holds, the newest first.
    virtual Result<std::vector<Erasure>> erasures() = 0;

    // Writes this device's outbox bundle into dir (replacing its previous one there); returns the file name.
    virtual Result<QString> exportTo(const QString& dir) = 0;
    // Reads every bundle in dir. Bundles that cannot be trusted are listed in the report and change nothing; the
    // others apply, each completely or not at all. An error only when the folder cannot be read at all.
    virtual Result<SyncReport> importFrom(const QString& dir, const SyncProgress& progress) = 0;
    // Removes from dir the bundles of this team that every active device has already acknowledged; returns how
    // many went.
    virtual Result<int> cleanFolder(const QString& dir) = 0;
    // The everyday exchange with a folder: imports what is there, then writes the outbox (unless cancelled). A
    // laptop that has not joined a team does not exchange (a welcome is never taken automatically).
    virtual Result<ExchangeReport> exchange(const QString& dir, const SyncProgress& progress) = 0;
    // The folders this device has written its outbox into, and when it last did, newest first.
    virtual Result<std::vector<FolderExchange>> lastExchanges() = 0;

    virtual Result<std::vector<FieldConflict>> conflicts() = 0;
    // Picks version keep (1-based, as conflicts() lists them) or sets a new value; the choice spreads by sync.
    virtual Result<void> resolve(const QString& conflictId, std::optional<int> keep, std::optional<QString> value) = 0;

    // Whether a purge of this record made here would be held on the team's other laptops: "" (it would not),
    // "not_creator" (a field worker's laptop that did not make it) or "many" (beyond this laptop's weekly quota).
    // Asked before purging, so that the worker is told.
    virtual Result<QString> purgeWouldBeHeld(const QString& entity, const QString& recordId) = 0;
    // Purges held here for a coordinator, by device, then kind of record.
    virtual Result<std::vector<HeldPurge>> heldPurges() = 0;
    // Coordinator: confirms the purges held here from one device (hex id) by purging those records for the whole
    // team; returns how many records went. Another coordinator's laptop must confirm a coordinator's purges.
    virtual Result<int> confirmHeldPurges(const QString& deviceId) = 0;

    virtual Result<SyncSettings> settings() = 0;
    virtual Result<void> setSettings(const SyncSettings& settings) = 0;

    virtual Result<BundleInspection> inspect(const QString& file) = 0;
    // Removable drives mounted now; folderName is the team's folder on a stick.
    virtual std::vector<RemovableDrive> drives(const QString& folderName) = 0;
};

}  // namespace fieldcase
