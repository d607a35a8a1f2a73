#pragma once

#include "core/api/Result.h"
#include "core/api/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <utility>

namespace fieldcase::sync {

enum class Role : quint8 { FieldWorker = 1, Coordinator = 2 };
QString roleName(Role role);  // "field_worker" or "coordinator", as stored and as the CLI prints
std::optional<Role> roleFromName(const QString& name);

// One signed entry of the team's membership log (byte layout in docs/sync-protocol.md, "Membership events").
// Each signer's events form a hash chain (seq 1, 2, ... each naming the previous one's hash); the team's state is
// the fold of every signer's chain, and does not depend on the order events arrive in.
struct MembershipEvent {
    enum Kind : quint8 {
        Add = 1,      // coordinator admits a device (the team's first event: the founder admits itself)
        Remove = 2,   // coordinator removes a device; its changes after cutoffSeq are refused everywhere
        SetRole = 3,  // coordinator changes a device's role
        BoxKey = 4,   // a device certifies its own new bundle key (rotation)
    };
    QByteArray teamId;    // 16 bytes
    QByteArray signer;    // device id, 16 bytes
    quint64 seq = 0;      // 1, 2, ... per signer
    QByteArray prevHash;  // hash of the signer's previous event; zeros for its first
    quint64 atMs = 0;
    Kind kind = Add;
    QByteArray subject;  // the device the event is about
    // Add: the device's keys, role and name. BoxKey: generation and key. Remove: cutoffSeq. SetRole: role.
    QByteArray signPublicKey;
    QByteArray boxPublicKey;
    quint32 boxKeyGeneration = 0;
    Role role = Role::FieldWorker;
    QString name;
    quint64 cutoffSeq = 0;

    QByteArray encode() const;
    static Result<MembershipEvent> decode(const QByteArray& body);
};

// An event as stored and carried: its bytes, their hash and the signer's signature over them.
struct SignedEvent {
    QByteArray body;
    QByteArray signature;
    QByteArray hash() const;

    QByteArray encode() const;  // the MembershipEvent record of a bundle
    static Result<SignedEvent> decode(const QByteArray& record);
};

// A device's standing as the log says.
struct MemberState {
    QByteArray signPublicKey;
    QByteArray boxPublicKey;
    quint32 boxKeyGeneration = 0;
    Role role = Role::FieldWorker;
    std::pair<quint64, QByteArray> roleStamp;  // (time, signer) of the role's last change: the latest wins
    QString name;
    bool removed = false;
    quint64 cutoffSeq = 0;
};

struct FoldedEvent {
    SignedEvent signedEvent;
    MembershipEvent event;
    QByteArray hash;
};

// The team's state from a set of events: the same for a given set whatever order they arrived in. Events are
// taken in (signer, seq) order, repeatedly, until no more can be taken (an event can need another signer's, e.g.
// the Add that makes its signer a coordinator). The founder's self-admission starts it; every other event needs a
// signer the log already admitted: a coordinator for Add, Remove and SetRole, the device itself for BoxKey.
// Removal is final; the latest role change wins; a higher key generation replaces a lower one. `taken` receives
// the hashes of the events that count.
std::map<QByteArray, MemberState> foldMembership(std::vector<FoldedEvent>& events, const QByteArray& teamId,
                                                 const QByteArray& founderId, std::set<QByteArray>& taken);

SignedEvent signEvent(const MembershipEvent& event, const SecretBytes& signingKey);
bool verifyEvent(const SignedEvent& event, const QByteArray& signPublicKey);

// The number two people compare face to face before a device joins: 60 digits, in 12 groups of 5, the same on
// both screens. Each half (30 digits) comes from one device's id and identity key (iterated BLAKE2b), so a joining
// device can show its half before it knows the team; the halves are put in a fixed order, so it does not matter
// who computes the whole.
QString safetyNumberHalf(const QByteArray& deviceId, const QByteArray& signPublicKey);
QString safetyNumber(const QString& halfA, const QString& halfB);

// The file a joining device hands to the coordinator: who it is and the keys it will use, signed with its identity
// key (so nobody can alter the keys on the way without the safety numbers differing).
struct EnrolmentRequest {
    QByteArray deviceId;
    QString name;
    QByteArray signPublicKey;
    QByteArray boxPublicKey;

    QByteArray encode(const SecretBytes& signingKey) const;
    // Rejected for anything that is not a well-formed, correctly self-signed request.
    static Result<EnrolmentRequest> decode(const QByteArray& file);
};

}  // namespace fieldcase::sync
