#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace fieldcase::sync {

enum class Role : quint8 { FieldWorker = 1, Coordinator = 2 };
QString roleName(Role role);  // "field_worker" or "coordinator", as stored and as the CLI prints
std::optional<Role> roleFromName(const QString& name);

// An event of another signer that a new event's signer had already taken into its log when it signed: the new
// event comes causally after it (and after everything that one came after).
struct EventRef {
    QByteArray signer;  // device id, 16 bytes
    quint64 seq = 0;
    QByteArray hash;  // 32 bytes
    bool operator==(const EventRef&) const = default;
};

// A device's release key for a travel lock, sealed to one coordinator's bundle key (docs/threat-model.md, "Travel
// lock"): that coordinator alone can write the release file that, with the worker's passphrase, opens the laptop.
struct TravelShare {
    QByteArray coordinator;  // device id, 16 bytes
    QByteArray sealed;       // crypto_box_seal of the 32-byte release key, 80 bytes
    bool operator==(const TravelShare&) const = default;
};

// A record a consent withdrawal erases on every laptop: its kind (model::TableId) and id.
struct ErasedRecord {
    quint8 table = 0;
    QByteArray id;  // 16 bytes
    bool operator==(const ErasedRecord&) const = default;
};

// One signed entry of the team's membership log (byte layout and rules in docs/sync-protocol.md, "Team").
// Each signer's events form a hash chain (seq 1, 2, ... each naming the previous one's hash), and each event names
// the newest events of other signers its signer had seen, so the log is a causal graph: what an event's signer
// knew when it signed is exactly the event's causal past.
struct MembershipEvent {
    enum Kind : quint8 {
        Add = 1,        // coordinator admits a device (the team's first event: the founder admits itself)
        Remove = 2,     // coordinator removes a device; its changes after cutoffSeq are refused everywhere
        SetRole = 3,    // coordinator changes a device's role
        BoxKey = 4,     // a device certifies its own new bundle key (rotation)
        Duress = 5,     // a device reports that it was opened with its duress passphrase (its keys stayed sealed)
        Travel = 6,     // a device gives its coordinators its new travel release key, sealed to each
        Retention = 7,  // coordinator sets the team's retention rules (subject: the team, 16 zero bytes)
        Erasure = 8,    // a person withdrew consent (subject: the person's record id): a coordinator's erases their
                        // records on every laptop; a field worker's asks a coordinator to
    };
    // At most this many records in one erasure: the person and the cases that are only theirs.
    static constexpr quint32 kMaxErasedRecords = 32;
    QByteArray teamId;    // 16 bytes
    QByteArray signer;    // device id, 16 bytes
    quint64 seq = 0;      // 1, 2, ... per signer
    QByteArray prevHash;  // hash of the signer's previous event; zeros for its first
    // The newest events of other signers that the signer had taken since its previous event (only those: what
    // the previous event had seen is implied), in ascending order of signer, each signer once.
    std::vector<EventRef> seen;
    quint64 atMs = 0;  // the signer's clock: shown to people, never used to order anything
    Kind kind = Add;
    QByteArray subject;  // the device the event is about (the team, the person)
    // Add: the device's keys, role and name. BoxKey: generation and key. Remove: cutoffSeq. SetRole: role.
    // Duress: duressAtMs. Travel: travelGeneration and the shares, in ascending order of coordinator. Retention: the
    // two periods in months (0: kept until purged by hand). Erasure: the records, the person first, then in ascending
    // order.
    QByteArray signPublicKey;
    QByteArray boxPublicKey;
    quint32 boxKeyGeneration = 0;
    Role role = Role::FieldWorker;
    QString name;
    quint64 cutoffSeq = 0;
    quint64 duressAtMs = 0;  // the device's clock when the duress passphrase was typed
    quint32 travelGeneration = 0;
    std::vector<TravelShare> travelShares;
    quint32 closedCaseMonths = 0;
    quint32 attachmentMonths = 0;
    std::vector<ErasedRecord> erased;

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
    // A laptop restored from a backup: the device the backup was made on and the highest of its changes the backup
    // holds. Empty for any other laptop.
    QByteArray restoredFrom;
    qint64 restoredUpTo = 0;

    QByteArray encode(const SecretBytes& signingKey) const;
    // Rejected for anything that is not a well-formed, correctly self-signed request.
    static Result<EnrolmentRequest> decode(const QByteArray& file);
};

}  // namespace fieldcase::sync
