#include "core/sync/team/Team.h"

#include "core/base/Clock.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Random.h"
#include "core/db/Connection.h"
#include "core/db/Meta.h"
#include "core/db/Statement.h"
#include "core/store/ChangeFeed.h"
#include "core/store/Devices.h"
#include "core/sync/team/TravelRelease.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace fieldcase::sync {

namespace {

constexpr int kIdSize = 16;

Error teamError(ErrorCode code, const char* why) {
    return makeError(code, QCoreApplication::translate("Team", why));
}

// A secret key as the encrypted database stores it.
QByteArray storedForm(const SecretBytes& secret) {
    return QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

// What the log decides about a device, in the store's terms.
store::DeviceStanding standingOf(const MemberState& state) {
    store::DeviceStanding standing;
    standing.signPublicKey = state.signPublicKey;
    standing.name = state.name;
    standing.boxPublicKey = state.boxPublicKey;
    standing.boxKeyGeneration = static_cast<qint64>(state.boxKeyGeneration);
    standing.role = roleName(state.role);
    standing.removed = state.removed;
    standing.cutoffSeq = static_cast<qint64>(state.cutoffSeq);
    standing.admittedBy = state.admittedBy;
    standing.admittedAtMs = static_cast<qint64>(state.admittedAtMs);
    standing.removedBy = state.removedBy;
    standing.removedAtMs = static_cast<qint64>(state.removedAtMs);
    standing.duressAtMs = static_cast<qint64>(state.duressAtMs);
    return standing;
}

}  // namespace

Result<QByteArray> Team::teamId() {
    return db::readMeta(m_connection, "team_id");
}

Result<std::vector<TeamMember>> Team::members() {
    auto devices = store::Devices(m_connection).all();
    if (!devices) return devices.error();
    std::vector<TeamMember> result;
    result.reserve(devices->size());
    for (store::DeviceRecord& device : *devices) {
        TeamMember member;
        member.ord = device.ord;
        member.deviceId = std::move(device.deviceId);
        member.name = std::move(device.name);
        member.role = roleFromName(device.role).value_or(Role::FieldWorker);
        member.removed = device.removed;
        member.cutoffSeq = device.cutoffSeq;
        member.signPublicKey = std::move(device.signPublicKey);
        member.boxPublicKey = std::move(device.boxPublicKey);
        member.lastHeardMs = device.lastHeardMs;
        member.clockAheadMs = device.clockAheadMs;
        member.admittedBy = std::move(device.admittedBy);
        member.admittedAtMs = device.admittedAtMs;
        member.removedBy = std::move(device.removedBy);
        member.removedAtMs = device.removedAtMs;
        member.refusedChanges = device.refusedChanges;
        member.forkedSeq = device.forkedSeq;
        member.forkedEvents = device.forkedEvents;
        member.duressAtMs = device.duressAtMs;
        result.push_back(std::move(member));
    }
    return result;
}

Result<std::optional<TeamMember>> Team::member(const QByteArray& deviceId) {
    auto all = members();
    if (!all) return all.error();
    for (auto& member : *all) {
        if (member.deviceId == deviceId) return std::optional<TeamMember>(std::move(member));
    }
    return std::optional<TeamMember>();
}

Result<Role> Team::myRole() {
    auto role = db::readMeta(m_connection, "role");
    if (!role) return role.error();
    return roleFromName(QString::fromUtf8(*role)).value_or(Role::FieldWorker);
}

Result<std::vector<SignedEvent>> Team::events() {
    auto rows = m_connection.prepare("SELECT body, signature FROM membership ORDER BY signer, seq");
    if (!rows) return rows.error();
    std::vector<SignedEvent> result;
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        result.push_back({rows->columnBlob(0), rows->columnBlob(1)});
    }
    return result;
}

Result<std::vector<crypto::BoxKeyPair>> Team::boxKeys() {
    auto rows = m_connection.prepare("SELECT public_key, secret_key FROM box_key ORDER BY generation DESC");
    if (!rows) return rows.error();
    std::vector<crypto::BoxKeyPair> result;
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        QByteArray secret = rows->columnBlob(1);
        result.push_back({rows->columnBlob(0), SecretBytes::fromText(std::string_view(
                                                   secret.constData(), static_cast<std::size_t>(secret.size())))});
        secret.fill('\0');
    }
    return result;
}

Result<QString> Team::mySafetyNumberHalf() {
    auto key = db::readMeta(m_connection, "sign_public_key");
    if (!key) return key.error();
    return safetyNumberHalf(m_deviceId, *key);
}

Result<void> Team::ensureReady() {
    auto keys = boxKeys();
    if (!keys) return keys.error();
    if (keys->empty()) {
        const crypto::BoxKeyPair pair = crypto::generateBoxKeyPair();
        auto insert = m_connection.prepare(
            "INSERT INTO box_key(generation, public_key, secret_key, created_ms) VALUES (1, ?, ?, ?)");
        if (!insert) return insert.error();
        QByteArray secret = storedForm(pair.secretKey);
        const auto inserted = insert->bind(1, pair.publicKey).bind(2, secret).bind(3, m_clock.nowMs()).run();
        secret.fill('\0');  // the statement keeps its own copy until it runs; this one goes at once
        FC_TRY(inserted);
    }
    auto id = teamId();
    if (!id) return id.error();
    auto founder = db::readMeta(m_connection, "team_founder");
    if (!founder) return founder.error();
    auto role = myRole();
    if (!role) return role.error();
    if (id->isEmpty() || !founder->isEmpty() || *role != Role::Coordinator) return {};
    // A team founded before the membership log existed, or just now: its founder's admission is the first event.
    FC_TRY(db::writeMeta(m_connection, "team_founder", m_deviceId));
    auto self = member(m_deviceId);
    if (!self) return self.error();
    auto current = boxKeys();
    if (!current) return current.error();
    MembershipEvent genesis;
    genesis.kind = MembershipEvent::Add;
    genesis.subject = m_deviceId;
    genesis.signPublicKey = (*self)->signPublicKey;
    genesis.boxPublicKey = current->front().publicKey;
    genesis.boxKeyGeneration = 1;
    genesis.role = Role::Coordinator;
    genesis.name = (*self)->name;
    return append(std::move(genesis));
}

Result<QByteArray> Team::enrolmentRequest() {
    auto self = member(m_deviceId);
    if (!self) return self.error();
    auto keys = boxKeys();
    if (!keys) return keys.error();
    if (!*self || keys->empty())
        return teamError(ErrorCode::Failed, QT_TRANSLATE_NOOP("Team", "This vault has no device keys yet."));
    EnrolmentRequest request{m_deviceId, (*self)->name, (*self)->signPublicKey, keys->front().publicKey, {}, 0};
    auto restoredFrom = db::readMeta(m_connection, db::kRestoredFromMeta);
    if (!restoredFrom) return restoredFrom.error();
    auto restoredUpTo = db::readMeta(m_connection, db::kRestoredUpToMeta);
    if (!restoredUpTo) return restoredUpTo.error();
    request.restoredFrom = *restoredFrom;
    request.restoredUpTo = restoredUpTo->toLongLong();
    return request.encode(m_signingKey);
}

Result<void> Team::requireCoordinator() {
    auto id = teamId();
    if (!id) return id.error();
    if (id->isEmpty())
        return teamError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Team", "This device has not joined a team yet."));
    auto role = myRole();
    if (!role) return role.error();
    if (*role != Role::Coordinator)
        return teamError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Team", "Only a coordinator can change the team."));
    return {};
}

Result<void> Team::admit(const EnrolmentRequest& request, Role role) {
    FC_TRY(requireCoordinator());
    auto existing = member(request.deviceId);
    if (!existing) return existing.error();
    if (*existing && (*existing)->removed)
        return teamError(ErrorCode::Rejected, QT_TRANSLATE_NOOP("Team",
                                                                "This device was removed from the team and cannot "
                                                                "rejoin; create a new vault on it."));
    if (*existing && (*existing)->signPublicKey != request.signPublicKey)
        return teamError(ErrorCode::Rejected,
                         QT_TRANSLATE_NOOP("Team", "A device with this id is already in the team with other keys."));
    if (*existing && !(*existing)->boxPublicKey.isEmpty()) return {};  // admitted before: write the welcome again
    MembershipEvent add;
    add.kind = MembershipEvent::Add;
    add.subject = request.deviceId;
    add.signPublicKey = request.signPublicKey;
    add.boxPublicKey = request.boxPublicKey;
    add.boxKeyGeneration = 1;
    add.role = role;
    add.name = request.name;
    return append(std::move(add));
}

Result<Removal> Team::remove(const QByteArray& deviceId, qint64 keepUpTo) {
    FC_TRY(requireCoordinator());
    if (deviceId == m_deviceId)
        return teamError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Team", "A device cannot remove itself."));
    auto existing = member(deviceId);
    if (!existing) return existing.error();
    if (!*existing || (*existing)->boxPublicKey.isEmpty())
        return teamError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Team", "No device of the team has this id."));
    if ((*existing)->removed) return Removal{(*existing)->ord, (*existing)->cutoffSeq.value_or(0)};
    auto held = store::highestHeld(m_connection, (*existing)->ord);
    if (!held) return held.error();
    MembershipEvent removal;
    removal.kind = MembershipEvent::Remove;
    removal.subject = deviceId;
    // A device met in two versions of one change is cut off before the fork: no laptop keeps either branch.
    const qint64 kept = std::max(*held, keepUpTo);
    const qint64 cutoff = std::min(kept, (*existing)->forkedSeq.value_or(kept + 1) - 1);
    removal.cutoffSeq = static_cast<quint64>(cutoff);
    FC_TRY(append(removal));
    return Removal{(*existing)->ord, static_cast<qint64>(removal.cutoffSeq)};
}

Result<void> Team::setRole(const QByteArray& deviceId, Role role) {
    FC_TRY(requireCoordinator());
    auto existing = member(deviceId);
    if (!existing) return existing.error();
    if (!*existing || (*existing)->removed || (*existing)->boxPublicKey.isEmpty())
        return teamError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Team", "No device of the team has this id."));
    MembershipEvent change;
    change.kind = MembershipEvent::SetRole;
    change.subject = deviceId;
    change.role = role;
    return append(std::move(change));
}

Result<void> Team::rotateBoxKey(int keepPrevious) {
    auto id = teamId();
    if (!id) return id.error();
    if (id->isEmpty())
        return teamError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Team", "This device has not joined a team yet."));
    auto newest = m_connection.queryText("SELECT coalesce(max(generation), 0) FROM box_key");
    if (!newest) return newest.error();
    const qint64 generation = newest->toLongLong() + 1;
    const crypto::BoxKeyPair pair = crypto::generateBoxKeyPair();
    auto insert =
        m_connection.prepare("INSERT INTO box_key(generation, public_key, secret_key, created_ms) VALUES (?, ?, ?, ?)");
    if (!insert) return insert.error();
    QByteArray secret = storedForm(pair.secretKey);
    const auto inserted =
        insert->bind(1, generation).bind(2, pair.publicKey).bind(3, secret).bind(4, m_clock.nowMs()).run();
    secret.fill('\0');
    FC_TRY(inserted);
    // Old secret keys go, so bundles left on a lost stick become unreadable with this laptop's keys.
    auto prune = m_connection.prepare("DELETE FROM box_key WHERE generation < ?");
    if (!prune) return prune.error();
    FC_TRY(prune->bind(1, generation - keepPrevious).run());
    MembershipEvent rotation;
    rotation.kind = MembershipEvent::BoxKey;
    rotation.subject = m_deviceId;
    rotation.boxKeyGeneration = static_cast<quint32>(generation);
    rotation.boxPublicKey = pair.publicKey;
    return append(std::move(rotation));
}

Result<void> Team::reportDuress(qint64 atMs) {
    auto id = teamId();
    if (!id) return id.error();
    if (id->isEmpty()) return {};
    MembershipEvent report;
    report.kind = MembershipEvent::Duress;
    report.subject = m_deviceId;
    report.duressAtMs = static_cast<quint64>(std::max<qint64>(atMs, 1));
    return append(std::move(report));
}

Result<void> Team::ensureTravelKey() {
    auto id = teamId();
    if (!id) return id.error();
    if (id->isEmpty()) return {};
    auto all = members();
    if (!all) return all.error();
    std::vector<const TeamMember*> coordinators;
    for (const TeamMember& member : *all) {
        if (member.deviceId != m_deviceId && !member.removed && member.role == Role::Coordinator &&
            !member.boxPublicKey.isEmpty())
            coordinators.push_back(&member);
    }
    if (coordinators.empty()) return {};  // nobody who could release this laptop
    std::sort(coordinators.begin(), coordinators.end(),
              [](const TeamMember* a, const TeamMember* b) { return a->deviceId < b->deviceId; });
    QByteArray recipients;
    for (const TeamMember* coordinator : coordinators)
        recipients += coordinator->deviceId + coordinator->boxPublicKey;
    recipients = crypto::hash(recipients);
    auto given = db::readMeta(m_connection, "travel_recipients");
    if (!given) return given.error();
    if (*given == recipients) return {};

    auto generation = db::readMeta(m_connection, "travel_generation");
    if (!generation) return generation.error();
    const SecretBytes key = crypto::randomSecret(sync::TravelRelease::kKeySize);
    MembershipEvent travel;
    travel.kind = MembershipEvent::Travel;
    travel.subject = m_deviceId;
    travel.travelGeneration = generation->toUInt() + 1;
    for (const TeamMember* coordinator : coordinators) {
        auto sealed = crypto::sealTo(coordinator->boxPublicKey, key);
        if (!sealed) continue;  // not a usable key: that coordinator cannot release this laptop
        travel.travelShares.push_back({coordinator->deviceId, *sealed});
    }
    if (travel.travelShares.empty()) return {};
    auto hash = appendEvent(travel);
    if (!hash) return hash.error();
    QByteArray stored = storedForm(key);
    auto kept = db::writeMeta(m_connection, "travel_key", stored);
    stored.fill('\0');
    FC_TRY(kept);
    FC_TRY(db::writeMeta(m_connection, "travel_generation", QByteArray::number(travel.travelGeneration)));
    FC_TRY(db::writeMeta(m_connection, "travel_event", *hash));
    return db::writeMeta(m_connection, "travel_recipients", recipients);
}

Result<std::optional<Team::TravelKey>> Team::travelKey() {
    auto key = db::readMeta(m_connection, "travel_key");
    auto generation = db::readMeta(m_connection, "travel_generation");
    if (!key || !generation) return !key ? key.error() : generation.error();
    if (key->size() != sync::TravelRelease::kKeySize) return std::optional<TravelKey>();
    TravelKey current{SecretBytes::fromText(std::string_view(key->constData(), static_cast<std::size_t>(key->size()))),
                      generation->toUInt()};
    key->fill('\0');
    return std::optional<TravelKey>(std::move(current));
}

Result<bool> Team::travelKeyDelivered() {
    auto event = db::readMeta(m_connection, "travel_event");
    if (!event) return event.error();
    if (event->isEmpty()) return false;
    auto all = members();
    if (!all) return all.error();
    auto carried = m_connection.prepare("SELECT 1 FROM peer_event_ack WHERE peer = ? AND hash = ?");
    if (!carried) return carried.error();
    for (const TeamMember& member : *all) {
        if (member.deviceId == m_deviceId || member.removed || member.role != Role::Coordinator) continue;
        carried->bind(1, static_cast<qint64>(member.ord)).bind(2, *event);
        auto row = carried->step();
        if (!row) return row.error();
        carried->reset();
        if (*row) return true;
    }
    return false;
}

Result<std::optional<RetentionRules>> Team::retention() {
    auto fold = foldWith({});
    if (!fold) return fold.error();
    return fold->retention;
}

Result<std::map<QByteArray, ErasureState>> Team::erasures() {
    auto fold = foldWith({});
    if (!fold) return fold.error();
    return std::move(fold->erasures);
}

Result<void> Team::erase(const QByteArray& personId, std::vector<ErasedRecord> records) {
    auto id = teamId();
    if (!id) return id.error();
    if (id->isEmpty())
        return teamError(ErrorCode::Usage, QT_TRANSLATE_NOOP("Team", "This device has not joined a team yet."));
    MembershipEvent erasure;
    erasure.kind = MembershipEvent::Erasure;
    erasure.subject = personId;
    erasure.erased = std::move(records);
    return append(std::move(erasure));
}

Result<void> Team::setRetention(quint32 closedCaseMonths, quint32 attachmentMonths) {
    FC_TRY(requireCoordinator());
    MembershipEvent rules;
    rules.kind = MembershipEvent::Retention;
    rules.subject = QByteArray(kIdSize, '\0');  // the whole team
    rules.closedCaseMonths = closedCaseMonths;
    rules.attachmentMonths = attachmentMonths;
    return append(std::move(rules));
}

Result<void> Team::retireTravelKey() {
    // Not delivered any more either: a travel lock waits for the new key to reach a coordinator.
    FC_TRY(db::writeMeta(m_connection, "travel_event", {}));
    return db::writeMeta(m_connection, "travel_recipients", {});
}

Result<QByteArray> Team::travelRelease(const QByteArray& deviceId) {
    FC_TRY(requireCoordinator());
    auto fold = foldWith({});
    if (!fold) return fold.error();
    auto stored = events();
    if (!stored) return stored.error();
    std::optional<FoldedEvent> latest;
    for (FoldedEvent& event : decodeEvents(*stored)) {
        if (event.event.kind != MembershipEvent::Travel || event.event.signer != deviceId ||
            fold->counted.count(event.hash) == 0)
            continue;
        if (!latest || event.event.travelGeneration > latest->event.travelGeneration) latest = std::move(event);
    }
    const auto share =
        latest ? std::find_if(latest->event.travelShares.begin(), latest->event.travelShares.end(),
                              [&](const TravelShare& candidate) { return candidate.coordinator == m_deviceId; })
               : std::vector<TravelShare>::iterator();
    if (!latest || share == latest->event.travelShares.end()) {
        return teamError(ErrorCode::NotFound,
                         QT_TRANSLATE_NOOP("Team",
                                           "That laptop has not given this laptop its release key: it gives it at "
                                           "its exchanges after this laptop became a coordinator. Its recovery code "
                                           "opens it instead."));
    }
    auto keys = boxKeys();
    if (!keys) return keys.error();
    for (const crypto::BoxKeyPair& pair : *keys) {
        auto key = crypto::openSealed(pair, share->sealed.constData(), static_cast<int>(share->sealed.size()));
        if (!key || key->size() != sync::TravelRelease::kKeySize) continue;
        TravelRelease release;
        release.deviceId = deviceId;
        release.generation = latest->event.travelGeneration;
        release.key = QByteArray(reinterpret_cast<const char*>(key->data()), static_cast<qsizetype>(key->size()));
        release.coordinator = m_deviceId;
        QByteArray file = release.encode(m_signingKey);
        release.key.fill('\0');
        return file;
    }
    return teamError(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Team",
                                       "That laptop's release key was sealed to a bundle key this laptop no longer "
                                       "has. Its recovery code opens it instead."));
}

Result<void> Team::join(const QByteArray& teamId, const QByteArray& founderId) {
    FC_TRY(db::writeMeta(m_connection, "team_id", teamId));
    return db::writeMeta(m_connection, "team_founder", founderId);
}

Result<void> Team::append(MembershipEvent event) {
    auto hash = appendEvent(std::move(event));
    if (!hash) return hash.error();
    return {};
}

Result<QByteArray> Team::appendEvent(MembershipEvent event) {
    auto id = teamId();
    if (!id) return id.error();
    auto fold = foldWith({});
    if (!fold) return fold.error();
    const LogVector& seenBefore = fold->pastOfHead[m_deviceId];
    event.teamId = *id;
    event.signer = m_deviceId;
    // Next in this device's own chain as stored here, whether its last event still counts or not: an own event stops
    // being held when it named the version of another's forked event that the fold does not keep, and signing at
    // its number again would make this honest laptop look like a stolen key (a fork of its own).
    auto own =
        m_connection.prepare("SELECT seq, hash FROM membership WHERE signer = ? ORDER BY seq DESC, hash LIMIT 1");
    if (!own) return own.error();
    own->bind(1, m_deviceId);
    auto ownRow = own->step();
    if (!ownRow) return ownRow.error();
    event.seq = *ownRow ? static_cast<quint64>(own->columnInt64(0)) + 1 : 1;
    event.prevHash = *ownRow ? own->columnBlob(1) : QByteArray(crypto::kHashSize, '\0');
    own->reset();
    // What this device has taken from each other signer since its previous event: the new event comes after it.
    for (const auto& [signer, head] : fold->heads) {
        const auto before = seenBefore.find(signer);
        if (signer != m_deviceId && (before == seenBefore.end() || before->second < head.seq))
            event.seen.push_back(head);
    }
    event.atMs = static_cast<quint64>(m_clock.nowMs());
    const SignedEvent signedEvent = signEvent(event, m_signingKey);
    auto merged = merge({signedEvent});
    if (!merged) return merged.error();
    return signedEvent.hash();
}

Result<TeamFold> Team::foldWith(const std::vector<SignedEvent>& incoming) {
    auto id = teamId();
    if (!id) return id.error();
    auto founder = db::readMeta(m_connection, "team_founder");
    if (!founder) return founder.error();
    auto stored = events();
    if (!stored) return stored.error();
    std::vector<FoldedEvent> all = decodeEvents(*stored);
    for (FoldedEvent& event : decodeEvents(incoming))
        all.push_back(std::move(event));
    return foldMembership(all, *id, *founder);
}

Result<std::optional<QByteArray>> Team::memberKeyWith(const QByteArray& deviceId,
                                                      const std::vector<SignedEvent>& incoming) {
    auto fold = foldWith(incoming);
    if (!fold) return fold.error();
    const auto device = fold->devices.find(deviceId);
    if (device == fold->devices.end() || device->second.removed) return std::optional<QByteArray>();
    return std::optional<QByteArray>(device->second.signPublicKey);
}

Result<Team::Merged> Team::merge(const std::vector<SignedEvent>& incoming) {
    auto id = teamId();
    if (!id) return id.error();
    auto founder = db::readMeta(m_connection, "team_founder");
    if (!founder) return founder.error();
    auto stored = events();
    if (!stored) return stored.error();
    // Every bundle carries the whole log: when it holds nothing new (the usual case), there is nothing to fold.
    {
        std::set<QByteArray> held;
        for (const auto& event : *stored)
            held.insert(event.hash());
        const bool nothingNew = std::all_of(incoming.begin(), incoming.end(),
                                            [&](const SignedEvent& event) { return held.count(event.hash()) != 0; });
        if (nothingNew && !incoming.empty()) return Merged{};
    }
    auto known = members();
    if (!known) return known.error();
    std::map<QByteArray, QByteArray> keyOf;  // device id -> identity key, for the members known here
    for (const TeamMember& member : *known)
        keyOf[member.deviceId] = member.signPublicKey;

    std::vector<FoldedEvent> all;
    std::set<QByteArray> storedHashes;
    struct Position {
        QByteArray hash;
        bool stored;
    };
    std::map<std::pair<QByteArray, quint64>, Position> positions;  // (signer, seq) -> the first event met there
    std::set<QByteArray> forkers;
    auto add = [&](const SignedEvent& signedEvent, bool isStored) {
        auto event = MembershipEvent::decode(signedEvent.body);
        if (!event || event->signer.size() != kIdSize) return;  // not readable: left out
        const QByteArray hash = signedEvent.hash();
        if (isStored) {
            storedHashes.insert(hash);
        } else {
            // A signer known here is checked at once, so that an event it did not sign never stands at one of
            // its positions (the fold keeps one event per position); the others are checked by the fold.
            const auto key = keyOf.find(event->signer);
            if (key != keyOf.end() && !verifyEvent(signedEvent, key->second)) return;
        }
        const auto [slot, added] = positions.emplace(std::pair(event->signer, event->seq), Position{hash, isStored});
        if (!added) {
            if (slot->second.hash == hash) return;
            // Two events its signer really signed at one position: a key in two places. Both are kept and
            // passed on, so that every laptop folds the same pair; named once, when the second one arrives.
            if (keyOf.count(event->signer) != 0 && !(isStored && slot->second.stored)) forkers.insert(event->signer);
        }
        all.push_back({signedEvent, std::move(*event), hash});
    };
    for (const auto& event : *stored)
        add(event, true);
    for (const auto& event : incoming)
        add(event, false);

    const TeamFold fold = foldMembership(all, *id, *founder);
    const auto& devices = fold.devices;

    // Every whole event is kept and passed on, whether it counts or not: what counts can change as more arrive,
    // and every laptop must fold the same set.
    auto insertEvent =
        m_connection.prepare("INSERT INTO membership(hash, signer, seq, body, signature) VALUES (?, ?, ?, ?, ?)");
    if (!insertEvent) return insertEvent.error();
    std::set<std::pair<QByteArray, quint64>> heldPositions;
    for (const FoldedEvent& decoded : all) {
        if (fold.held.count(decoded.hash) != 0) heldPositions.insert({decoded.event.signer, decoded.event.seq});
    }
    for (const FoldedEvent& decoded : all) {
        if (storedHashes.count(decoded.hash) != 0) continue;
        // The other version at a held position is kept too (it may be the one this laptop's peers count first).
        const bool otherVersion =
            forkers.count(decoded.event.signer) != 0 && heldPositions.count({decoded.event.signer, decoded.event.seq});
        if (fold.held.count(decoded.hash) == 0 && !otherVersion) continue;
        insertEvent->reset();
        FC_TRY(insertEvent->bind(1, decoded.hash)
                   .bind(2, decoded.event.signer)
                   .bind(3, static_cast<qint64>(decoded.event.seq))
                   .bind(4, decoded.signedEvent.body)
                   .bind(5, decoded.signedEvent.signature)
                   .run());
    }

    store::Devices registry(m_connection);
    std::vector<Removal> removals;
    for (const auto& entry : devices) {
        const QByteArray& deviceId = entry.first;  // not a structured binding: clang 14 cannot capture one
        const MemberState& state = entry.second;
        const auto existing = std::find_if(known->begin(), known->end(),
                                           [&](const TeamMember& member) { return member.deviceId == deviceId; });
        if (existing == known->end()) {
            FC_TRY(registry.admit(deviceId, standingOf(state), m_clock.nowMs()));
            continue;
        }
        if (existing->signPublicKey != state.signPublicKey) continue;  // the log never replaces an identity
        FC_TRY(registry.setStanding(existing->ord, standingOf(state)));
        if (state.removed && (!existing->removed || existing->cutoffSeq != static_cast<qint64>(state.cutoffSeq)))
            removals.push_back({existing->ord, static_cast<qint64>(state.cutoffSeq)});
    }
    // A device the log once admitted and no longer does (its admission was cut off with its admitter): removed,
    // and every change of it refused.
    for (const TeamMember& member : *known) {
        if (member.boxPublicKey.isEmpty() || member.removed || devices.count(member.deviceId) != 0) continue;
        FC_TRY(registry.dropAdmission(member.ord));
        removals.push_back({member.ord, 0});
    }
    const auto self = devices.find(m_deviceId);
    const bool coordinator = self != devices.end() && !self->second.removed && self->second.role == Role::Coordinator;
    FC_TRY(db::writeMeta(m_connection, "role", roleName(coordinator ? Role::Coordinator : Role::FieldWorker).toUtf8()));
    for (const QByteArray& forker : forkers)
        FC_TRY(registry.noteForkedEvents(forker));
    return Merged{std::move(removals), std::vector<QByteArray>(forkers.begin(), forkers.end())};
}

}  // namespace fieldcase::sync
