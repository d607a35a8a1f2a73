#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"
#include "core/crypto/BoxKeys.h"
#include "core/sync/team/Membership.h"
#include "core/sync/team/MembershipFold.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace fieldcase {
class Clock;
namespace db {
class Connection;
}
}  // namespace fieldcase

namespace fieldcase::sync {

struct TeamMember {
    int ord = 0;  // the device's local number (1: this device)
    QByteArray deviceId;
    QString name;
    Role role = Role::FieldWorker;
    bool removed = false;
    std::optional<qint64> cutoffSeq;  // removed: its changes after this are refused
    QByteArray signPublicKey;
    QByteArray boxPublicKey;  // empty for a device known only from its changes (not through the log)
    qint64 lastHeardMs = 0;   // when a bundle of it was last read here; 0: never
    qint64 clockAheadMs = 0;  // how far ahead of this clock its latest bundle was dated
    QByteArray admittedBy;    // the coordinator whose admission counts; empty: not admitted through the log
    qint64 admittedAtMs = 0;  // the admitter's clock when it signed
    QByteArray removedBy;     // removed: the coordinator whose removal counts first
    qint64 removedAtMs = 0;
    qint64 refusedChanges = 0;        // removed: how many of its changes after the cut-off were refused here
    std::optional<qint64> forkedSeq;  // its lowest change met here in two signed versions
    bool forkedEvents = false;        // it signed two membership events under one number
    qint64 duressAtMs = 0;            // the latest duress it reported of itself (its clock); 0: none
};

// A device removed by events this merge brought in.
struct Removal {
    int ord = 0;
    qint64 cutoffSeq = 0;
};

// The team as this vault knows it: the membership log (docs/sync-protocol.md, "Team") and the device table it
// decides. Writing calls need an open Mutator batch (one transaction with whatever else the caller changes).
class Team {
public:
    Team(db::Connection& connection, const Clock& clock, QByteArray deviceId, const SecretBytes& signingKey)
        : m_connection(connection), m_clock(clock), m_deviceId(std::move(deviceId)), m_signingKey(signingKey) {}

    // Empty until this device belongs to a team.
    Result<QByteArray> teamId();
    Result<std::vector<TeamMember>> members();
    Result<std::optional<TeamMember>> member(const QByteArray& deviceId);
    Result<Role> myRole();
    Result<std::vector<SignedEvent>> events();
    // This device's bundle key pairs, the current one first (older ones still open bundles written before peers
    // learnt of a rotation).
    Result<std::vector<crypto::BoxKeyPair>> boxKeys();
    // Half of the safety number, from this device's identity.
    Result<QString> mySafetyNumberHalf();

    // Gives the device its first bundle key and, for a team founder, the log's first event. Idempotent.
    Result<void> ensureReady();
    // The enrolment request this device hands to its coordinator.
    Result<QByteArray> enrolmentRequest();
    // Coordinator: admits the device of a request.
    Result<void> admit(const EnrolmentRequest& request, Role role);
    // Coordinator: removes a device; its changes after the highest one this vault holds (or keepUpTo, when higher:
    // the changes a backup of it holds) are refused everywhere.
    Result<Removal> remove(const QByteArray& deviceId, qint64 keepUpTo = 0);
    Result<void> setRole(const QByteArray& deviceId, Role role);
    // A new bundle key for this device; the previous ones are kept for keepPrevious more (the newest first).
    Result<void> rotateBoxKey(int keepPrevious);
    // Tells the team, at its next exchange, that this laptop was opened with its duress passphrase at atMs (the
    // laptop's clock). Nothing while the laptop belongs to no team.
    Result<void> reportDuress(qint64 atMs);

    // Travel lock (docs/threat-model.md, "Travel lock"). This device's release key goes to every other active
    // coordinator, sealed to its bundle key, in a signed Travel event; a new key whenever that set of coordinators
    // or their bundle keys change, or after a release was used. Called before every export.
    Result<void> ensureTravelKey();
    struct TravelKey {
        SecretBytes key;
        quint32 generation = 0;
    };
    // This device's current release key; nothing until ensureTravelKey() gave one out.
    Result<std::optional<TravelKey>> travelKey();
    // Whether an active coordinator's bundle has carried the event of the current release key back (so it holds it).
    Result<bool> travelKeyDelivered();
    // After a release was used: the next ensureTravelKey() gives out a new key, so the used file opens nothing more,
    // and no travel lock is made until a coordinator has it.
    Result<void> retireTravelKey();
    // The team's retention rules as the log says; nothing while none were set.
    Result<std::optional<RetentionRules>> retention();
    // Coordinator: sets the team's retention rules (months, 0 for none), for every laptop at its next exchange.
    Result<void> setRetention(quint32 closedCaseMonths, quint32 attachmentMonths);
    // The consent withdrawals the log holds, by the person's record id.
    Result<std::map<QByteArray, ErasureState>> erasures();
    // Signs an erasure of a person and these records (the person first): a coordinator's erases them on every
    // laptop (within its weekly allowance), a field worker's asks a coordinator to.
    Result<void> erase(const QByteArray& personId, std::vector<ErasedRecord> records);
    // Coordinator: the release file for a device, from the latest release key it gave this device.
    Result<QByteArray> travelRelease(const QByteArray& deviceId);
    // A device that is waiting to join takes the team of a welcome bundle: its id and its founder.
    Result<void> join(const QByteArray& teamId, const QByteArray& founderId);
    // Merges events from a bundle into the log and the device table. Events that do not verify (unknown signer,
    // broken chain, bad signature, another team) are left out. Two signed events at one position are both kept
    // (the fold counts the one with the lower hash, so every laptop counts the same) and their signer named.
    struct Merged {
        std::vector<Removal> removals;    // devices removed by events this merge brought in
        std::vector<QByteArray> forkers;  // devices met here for the first time with two events at one position
    };
    Result<Merged> merge(const std::vector<SignedEvent>& incoming);
    // The identity key of a device that this log, with these events added, counts as an active member (nothing
    // otherwise): a bundle from a laptop admitted since this one last heard from its admitter carries the proof.
    Result<std::optional<QByteArray>> memberKeyWith(const QByteArray& deviceId,
                                                    const std::vector<SignedEvent>& incoming);

private:
    Result<void> append(MembershipEvent event);
    // The same, returning the new event's hash.
    Result<QByteArray> appendEvent(MembershipEvent event);
    Result<TeamFold> foldWith(const std::vector<SignedEvent>& incoming);
    Result<void> requireCoordinator();

    db::Connection& m_connection;
    const Clock& m_clock;
    QByteArray m_deviceId;
    const SecretBytes& m_signingKey;
};

}  // namespace fieldcase::sync
