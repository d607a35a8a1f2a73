#include "core/sync/team/Membership.h"

#include "core/base/Bytes.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Random.h"
#include "core/crypto/Signer.h"

#include <QCoreApplication>

#include <algorithm>

namespace fieldcase::sync {

namespace {

// Version 2 added the events seen (the causal graph); version 1 logs, ordered by device id and clock, are refused.
constexpr quint8 kEventVersion = 2;
constexpr quint8 kRequestVersion = 1;
// The same, followed by the device the laptop was restored from and its highest change in the backup.
constexpr quint8 kRestoredRequestVersion = 2;
constexpr int kIdSize = 16;
constexpr int kKeySize = 32;
constexpr int kSignatureSize = 64;
constexpr int kHashSize = 32;
constexpr int kMaxNameBytes = 400;
constexpr int kMaxEventBytes = 64 * 1024;
constexpr quint32 kMaxSeen = 1024;
constexpr quint32 kMaxTravelShares = 256;  // coordinators of one team
constexpr int kSealedTravelKeySize = 32 + 48;
constexpr quint32 kMaxRetentionMonths = 1200;  // 56 bytes each: a team of a thousand signers still fits an event
// Domain separation: a signature over an event can never be taken for one over anything else the device signs.
const QByteArray kEventContext = QByteArrayLiteral("fieldcase membership event v1");
const QByteArray kRequestContext = QByteArrayLiteral("fieldcase enrolment request v1");
const QByteArray kSafetyContext = QByteArrayLiteral("fieldcase safety number v1");
constexpr int kSafetyIterations = 5200;

Error malformed(const char* why) {
    return makeError(ErrorCode::Rejected, QCoreApplication::translate("Team", why));
}

}  // namespace

QString roleName(Role role) {
    return role == Role::Coordinator ? QStringLiteral("coordinator") : QStringLiteral("field_worker");
}

std::optional<Role> roleFromName(const QString& name) {
    if (name == QLatin1String("coordinator")) return Role::Coordinator;
    if (name == QLatin1String("field_worker")) return Role::FieldWorker;
    return std::nullopt;
}

QByteArray MembershipEvent::encode() const {
    ByteWriter out;
    out.u8(kEventVersion);
    out.raw(teamId);
    out.raw(signer);
    out.u64(seq);
    out.raw(prevHash);
    out.u32(static_cast<quint32>(seen.size()));
    for (const EventRef& ref : seen) {
        out.raw(ref.signer);
        out.u64(ref.seq);
        out.raw(ref.hash);
    }
    out.u64(atMs);
    out.u8(kind);
    out.raw(subject);
    switch (kind) {
        case Add:
            out.raw(signPublicKey);
            out.raw(boxPublicKey);
            out.u32(boxKeyGeneration);
            out.u8(static_cast<quint8>(role));
            out.sized(name.toUtf8());
            break;
        case Remove:
            out.u64(cutoffSeq);
            break;
        case SetRole:
            out.u8(static_cast<quint8>(role));
            break;
        case BoxKey:
            out.u32(boxKeyGeneration);
            out.raw(boxPublicKey);
            break;
        case Duress:
            out.u64(duressAtMs);
            break;
        case Retention:
            out.u32(closedCaseMonths);
            out.u32(attachmentMonths);
            break;
        case Travel:
            out.u32(travelGeneration);
            out.u32(static_cast<quint32>(travelShares.size()));
            for (const TravelShare& share : travelShares) {
                out.raw(share.coordinator);
                out.raw(share.sealed);
            }
            break;
        case Erasure:
            out.u32(static_cast<quint32>(erased.size()));
            for (const ErasedRecord& record : erased) {
                out.u8(record.table);
                out.raw(record.id);
            }
            break;
    }
    return out.bytes();
}

Result<MembershipEvent> MembershipEvent::decode(const QByteArray& body) {
    ByteReader in(body);
    MembershipEvent event;
    if (in.u8() != kEventVersion)
        return malformed(QT_TRANSLATE_NOOP("Team", "A membership event has an unknown version."));
    event.teamId = in.raw(kIdSize);
    event.signer = in.raw(kIdSize);
    event.seq = in.u64();
    event.prevHash = in.raw(kHashSize);
    const quint32 seenCount = in.u32();
    if (seenCount > kMaxSeen || static_cast<qsizetype>(seenCount) * (kIdSize + 8 + kHashSize) > in.remaining())
        return malformed(QT_TRANSLATE_NOOP("Team", "A membership event is malformed."));
    bool seenOk = true;
    for (quint32 i = 0; i < seenCount; ++i) {
        EventRef ref;
        ref.signer = in.raw(kIdSize);
        ref.seq = in.u64();
        ref.hash = in.raw(kHashSize);
        // One way to write it: ascending signers, each once, never the event's own signer, seq from 1.
        seenOk = seenOk && ref.seq != 0 && ref.signer != event.signer &&
                 (event.seen.empty() || event.seen.back().signer < ref.signer);
        event.seen.push_back(std::move(ref));
    }
    event.atMs = in.u64();
    const quint8 kind = in.u8();
    event.subject = in.raw(kIdSize);
    auto readRole = [&]() -> bool {
        const quint8 roleByte = in.u8();
        if (roleByte != static_cast<quint8>(Role::FieldWorker) && roleByte != static_cast<quint8>(Role::Coordinator))
            return false;
        event.role = static_cast<Role>(roleByte);
        return true;
    };
    bool fieldsOk = true;
    switch (kind) {
        case Add:
            event.signPublicKey = in.raw(kKeySize);
            event.boxPublicKey = in.raw(kKeySize);
            event.boxKeyGeneration = in.u32();
            fieldsOk = readRole();
            {
                const QByteArray name = in.sized(kMaxNameBytes);
                event.name = QString::fromUtf8(name);
                fieldsOk = fieldsOk && event.name.toUtf8() == name;  // valid UTF-8 only: one way to write a name
            }
            break;
        case Remove:
            event.cutoffSeq = in.u64();
            break;
        case SetRole:
            fieldsOk = readRole();
            break;
        case BoxKey:
            event.boxKeyGeneration = in.u32();
            event.boxPublicKey = in.raw(kKeySize);
            break;
        case Duress:
            event.duressAtMs = in.u64();
            break;
        case Retention:
            event.closedCaseMonths = in.u32();
            event.attachmentMonths = in.u32();
            fieldsOk = event.closedCaseMonths <= kMaxRetentionMonths && event.attachmentMonths <= kMaxRetentionMonths;
            break;
        case Travel: {
            event.travelGeneration = in.u32();
            const quint32 count = in.u32();
            if (count > kMaxTravelShares ||
                static_cast<qsizetype>(count) * (kIdSize + kSealedTravelKeySize) > in.remaining())
                return malformed(QT_TRANSLATE_NOOP("Team", "A membership event is malformed."));
            for (quint32 i = 0; i < count; ++i) {
                TravelShare share;
                share.coordinator = in.raw(kIdSize);
                share.sealed = in.raw(kSealedTravelKeySize);
                // One way to write it: ascending coordinators, each once.
                fieldsOk = fieldsOk &&
                           (event.travelShares.empty() || event.travelShares.back().coordinator < share.coordinator);
                event.travelShares.push_back(std::move(share));
            }
            break;
        }
        case Erasure: {
            const quint32 count = in.u32();
            if (count == 0 || count > kMaxErasedRecords ||
                static_cast<qsizetype>(count) * (1 + kIdSize) > in.remaining())
                return malformed(QT_TRANSLATE_NOOP("Team", "A membership event is malformed."));
            for (quint32 i = 0; i < count; ++i) {
                ErasedRecord record;
                record.table = in.u8();
                record.id = in.raw(kIdSize);
                // One way to write it: the person (the subject) first, then ascending, each once.
                const auto key = [](const ErasedRecord& r) { return std::pair(r.table, r.id); };
                fieldsOk = fieldsOk &&
                           (i == 0 ? record.id == event.subject
                                   : record.id != event.subject && (i == 1 || key(event.erased.back()) < key(record)));
                event.erased.push_back(std::move(record));
            }
            break;
        }
        default:
            return malformed(QT_TRANSLATE_NOOP("Team", "A membership event has an unknown kind."));
    }
    event.kind = static_cast<Kind>(kind);
    if (!in.ok() || !in.atEnd() || !fieldsOk || !seenOk || event.seq == 0)
        return malformed(QT_TRANSLATE_NOOP("Team", "A membership event is malformed."));
    return event;
}

QByteArray SignedEvent::hash() const {
    return crypto::hash(body);
}

QByteArray SignedEvent::encode() const {
    ByteWriter out;
    out.sized(body);
    out.raw(signature);
    return out.bytes();
}

Result<SignedEvent> SignedEvent::decode(const QByteArray& record) {
    ByteReader in(record);
    SignedEvent event;
    event.body = in.sized(kMaxEventBytes);
    event.signature = in.raw(kSignatureSize);
    if (!in.ok() || !in.atEnd()) return malformed(QT_TRANSLATE_NOOP("Team", "A membership event is malformed."));
    return event;
}

SignedEvent signEvent(const MembershipEvent& event, const SecretBytes& signingKey) {
    SignedEvent signedEvent;
    signedEvent.body = event.encode();
    signedEvent.signature = crypto::sign(signingKey, kEventContext + signedEvent.body);
    return signedEvent;
}

bool verifyEvent(const SignedEvent& event, const QByteArray& signPublicKey) {
    return crypto::verifySignature(signPublicKey, kEventContext + event.body, event.signature);
}

QString safetyNumberHalf(const QByteArray& deviceId, const QByteArray& signPublicKey) {
    crypto::initialiseCrypto();
    // As Signal's fingerprints: many iterations make a second key with the same digits expensive to find.
    QByteArray digest = kSafetyContext + deviceId + signPublicKey;
    QByteArray out;
    for (int i = 0; i < kSafetyIterations; ++i) {
        out = crypto::longHash(digest);
        digest = out + signPublicKey;
    }
    QString digits;
    for (int group = 0; group < 6; ++group) {
        quint64 value = 0;
        for (int i = 0; i < 5; ++i)
            value = (value << 8) | static_cast<unsigned char>(out[group * 5 + i]);
        digits += QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0'));
    }
    return digits;
}

QString safetyNumber(const QString& halfA, const QString& halfB) {
    const QString whole = std::min(halfA, halfB) + std::max(halfA, halfB);
    QStringList groups;
    for (int i = 0; i < whole.size(); i += 5)
        groups << whole.mid(i, 5);
    return groups.join(QLatin1Char(' '));
}

QByteArray EnrolmentRequest::encode(const SecretBytes& signingKey) const {
    ByteWriter out;
    out.u8(restoredFrom.isEmpty() ? kRequestVersion : kRestoredRequestVersion);
    out.raw(deviceId);
    out.raw(signPublicKey);
    out.raw(boxPublicKey);
    out.sized(name.toUtf8());
    if (!restoredFrom.isEmpty()) {
        out.raw(restoredFrom);
        out.u64(static_cast<quint64>(restoredUpTo));
    }
    const QByteArray body = out.bytes();
    return body + crypto::sign(signingKey, kRequestContext + body);
}

Result<EnrolmentRequest> EnrolmentRequest::decode(const QByteArray& file) {
    const auto notARequest = [] {
        return malformed(QT_TRANSLATE_NOOP("Team", "This file is not an enrolment request, or it was altered."));
    };
    if (file.size() <= kSignatureSize || file.size() > 4096) return notARequest();
    const QByteArray body = file.left(file.size() - kSignatureSize);
    ByteReader in(body);
    EnrolmentRequest request;
    const quint8 version = in.u8();
    if (version != kRequestVersion && version != kRestoredRequestVersion) return notARequest();
    request.deviceId = in.raw(kIdSize);
    request.signPublicKey = in.raw(kKeySize);
    request.boxPublicKey = in.raw(kKeySize);
    const QByteArray name = in.sized(kMaxNameBytes);
    request.name = QString::fromUtf8(name);
    if (version == kRestoredRequestVersion) {
        request.restoredFrom = in.raw(kIdSize);
        request.restoredUpTo = static_cast<qint64>(in.u64());
        if (request.restoredUpTo < 0 || request.restoredFrom == request.deviceId) return notARequest();
    }
    if (!in.ok() || !in.atEnd() || request.name.toUtf8() != name) return notARequest();
    if (!crypto::verifySignature(request.signPublicKey, kRequestContext + body, file.right(kSignatureSize)))
        return notARequest();
    return request;
}

}  // namespace fieldcase::sync
