#pragma once

#include "core/sync/team/Membership.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace fieldcase::sync {

struct FoldedEvent {
    SignedEvent signedEvent;
    MembershipEvent event;
    QByteArray hash;
};

// A device's standing as the log says.
struct MemberState {
    QByteArray signPublicKey;
    QByteArray boxPublicKey;
    quint32 boxKeyGeneration = 0;
    Role role = Role::FieldWorker;
    QString name;
    bool removed = false;
    quint64 cutoffSeq = 0;  // removed: its changesets after this one are refused
    int seniority = 0;      // 0 for the founder, then in the order of admission
    QByteArray admittedBy;  // the coordinator whose admission counts (the founder: itself)
    quint64 admittedAtMs = 0;
    QByteArray removedBy;  // removed: the coordinator of the removal that counts first
    quint64 removedAtMs = 0;
    quint64 duressAtMs = 0;  // the latest duress the device reported of itself; 0: none
};

// The team's retention rules as the log says (docs/sync-protocol.md, "Membership rules"): periods in months, 0 for
// none.
struct RetentionRules {
    quint32 closedCaseMonths = 0;
    quint32 attachmentMonths = 0;
    QByteArray setBy;  // the coordinator whose rules count
    quint64 setAtMs = 0;
};

// A consent withdrawal as the log says (docs/threat-model.md, "Consent withdrawal"), by the person's record id.
struct ErasureState {
    QByteArray requestedBy;  // the first signer of an erasure of this person: a coordinator, or a field worker asking
    quint64 requestedAtMs = 0;
    std::set<QByteArray> confirmedBy;                 // coordinators whose erasure of the person counts
    std::vector<QByteArray> events;                   // the hashes of those erasures, in causal order
    std::set<std::pair<quint8, QByteArray>> records;  // what they erase: the person and the cases only theirs
    // Erased on every laptop: one coordinator's erasure within its allowance, or the erasures of two coordinators.
    bool effective = false;
};

// A coordinator's erasures take effect alone up to this many in any week of its clock; beyond, a second coordinator's
// erasure of the same person is needed (a laptop in other hands cannot erase the team's people by the dozen).
inline constexpr int kErasuresAlonePerWeek = 3;

// For each signer, the highest seq of its events known: what an event's signer had seen of each chain.
using LogVector = std::map<QByteArray, quint64>;

struct TeamFold {
    std::map<QByteArray, MemberState> devices;
    // Events that are whole (their chain and everything they name present, the signature verified with a key the
    // log gave their signer): kept and passed on, whether they count or not, so every laptop folds the same set.
    std::set<QByteArray> held;
    std::set<QByteArray> counted;  // the events that take effect
    // Per signer, its newest held event (seq, hash) and what that event had seen: a new event of this device names
    // the heads it has that its previous event had not seen.
    std::map<QByteArray, EventRef> heads;
    std::map<QByteArray, LogVector> pastOfHead;
    std::optional<RetentionRules> retention;  // none set yet
    std::map<QByteArray, ErasureState> erasures;
};

// The events that decode, ready to fold (the others are left out: they cannot count).
std::vector<FoldedEvent> decodeEvents(const std::vector<SignedEvent>& events);

// The team as a set of events says, the same for a given set whatever order the events arrived in and whatever
// order they are given in. The rules and why they hold are in docs/sync-protocol.md ("Membership rules"):
// authority is judged in each event's causal past; a removal or demotion cuts off its subject's events that it had
// not seen; mutually cutting removals are settled by seniority; removal is final.
TeamFold foldMembership(const std::vector<FoldedEvent>& events, const QByteArray& teamId, const QByteArray& founderId);

// The founder a set of events names: the signer of its one genesis (seq 1, an admission of itself as coordinator,
// nothing seen). Empty when there is none or more than one.
QByteArray founderOf(const std::vector<FoldedEvent>& events);

}  // namespace fieldcase::sync
