#include "core/services/LocalSync.h"

#include "core/api/RecordService.h"
#include "core/base/AtomicFile.h"
#include "core/base/Clock.h"
#include "core/base/Hex.h"
#include "core/db/Meta.h"
#include "core/db/Statement.h"
#include "core/model/Schema.h"
#include "core/query/RecordRows.h"
#include "core/query/Records.h"
#include "core/services/LocalVault.h"
#include "core/store/Conflicts.h"
#include "core/store/Mutator.h"
#include "core/store/Purges.h"
#include "core/store/Retention.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/team/TravelRelease.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>

#include <algorithm>
#include <utility>
#include <vector>

namespace fieldcase {

namespace {

Error badId(const char* what) {
    return makeError(ErrorCode::Usage, QCoreApplication::translate("Sync", what));
}

// A device id as typed: 32 hex digits.
std::optional<QByteArray> parseDeviceId(const QString& text) {
    const QByteArray id = QByteArray::fromHex(text.trimmed().toLatin1());
    if (id.size() != 16 || toHex(id) != text.trimmed().toLower()) return std::nullopt;
    return id;
}

QString displayValue(const QVariant& value) {
    if (value.isNull()) return {};
    if (value.typeId() == QMetaType::QByteArray) return toHex(value.toByteArray());
    return value.toString();
}

// A conflict's id: table number, record id and field number, e.g. "1-0a1b...-3".
QString conflictId(int table, const QByteArray& rowId, int field) {
    return QStringLiteral("%1-%2-%3").arg(table).arg(toHex(rowId)).arg(field);
}

struct ConflictKey {
    const model::TableDef* table = nullptr;
    QByteArray rowId;
    const model::FieldDef* field = nullptr;
};

std::optional<ConflictKey> parseConflictId(const QString& id) {
    const QStringList parts = id.split(QLatin1Char('-'));
    if (parts.size() != 3) return std::nullopt;
    ConflictKey key;
    key.table = model::Schema::tableByNumber(parts[0].toInt());
    key.rowId = QByteArray::fromHex(parts[1].toLatin1());
    if (key.table == nullptr || key.rowId.size() != 16) return std::nullopt;
    key.field = model::Schema::fieldById(*key.table, parts[2].toInt());
    if (key.field == nullptr) return std::nullopt;
    return key;
}

Error noSuchConflict() {
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("Sync", "There is no open conflict with this id."));
}

// The sync engine over the unlocked vault; nothing while it is locked.
// The engine's reports in the facade's terms.
SyncReport toFacade(sync::ImportReport report) {
    SyncReport facade;
    facade.read = report.read;
    facade.applied = report.applied;
    facade.skipped = report.skipped;
    facade.conflicts = report.conflicts;
    for (sync::Rejection& rejection : report.rejected)
        facade.rejected.push_back({std::move(rejection.file), std::move(rejection.reason), rejection.retry});
    facade.warnings = std::move(report.warnings);
    facade.joinedSafetyNumber = std::move(report.joinedSafetyNumber);
    facade.pendingJoinSafetyNumber = std::move(report.pendingJoinSafetyNumber);
    facade.cancelled = report.cancelled;
    return facade;
}

EnrolmentCandidate toFacade(sync::Candidate candidate) {
    return {std::move(candidate.deviceId),
            std::move(candidate.name),
            std::move(candidate.safetyNumber),
            std::move(candidate.restoredFrom),
            std::move(candidate.restoredFromName),
            candidate.restoredUpTo,
            candidate.heldUpTo};
}

ApprovedDevice toFacade(sync::Admission admission) {
    return {toFacade(std::move(admission.device)), std::move(admission.welcomeFile)};
}

std::vector<FolderExchange> toFacade(std::vector<sync::OutboxVisit> visits) {
    std::vector<FolderExchange> exchanges;
    exchanges.reserve(visits.size());
    for (sync::OutboxVisit& visit : visits)
        exchanges.push_back({std::move(visit.folder), visit.exchangedMs});
    return exchanges;
}

BundleInspection toFacade(sync::Inspection inspection) {
    BundleInspection facade;
    facade.size = inspection.size;
    facade.formatVersion = inspection.formatVersion;
    facade.stanzaSlots = inspection.stanzaSlots;
    facade.opened = inspection.opened;
    facade.problem = std::move(inspection.problem);
    facade.sender = std::move(inspection.sender);
    facade.senderName = std::move(inspection.senderName);
    facade.kind = std::move(inspection.kind);
    facade.sequence = inspection.sequence;
    facade.changesets = inspection.changesets;
    facade.membershipEvents = inspection.membershipEvents;
    facade.recipients = inspection.recipients;
    return facade;
}

// A result of the engine in the facade's terms.
template <typename T>
auto toFacade(Result<T> result) -> Result<decltype(toFacade(std::declval<T>()))> {
    if (!result) return result.error();
    return toFacade(std::move(result).value());
}

std::optional<sync::SyncEngine> engineOf(VaultSession* session, const Clock& clock) {
    if (session == nullptr) return std::nullopt;
    return std::optional<sync::SyncEngine>(std::in_place, session->connection, session->mutator, clock);
}

}  // namespace

Result<void> LocalSync::writeEnrolmentRequest(const QString& path) {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    auto teamId = engine->team().teamId();
    if (!teamId) return teamId.error();
    if (!teamId->isEmpty())
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Team", "This device already belongs to a team."));
    auto request = engine->team().enrolmentRequest();
    if (!request) return request.error();
    return writeFileAtomically(path, *request);
}

Result<QString> LocalSync::safetyNumberHalf() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    return engine->team().mySafetyNumberHalf();
}

Result<EnrolmentCandidate> LocalSync::readEnrolmentRequest(const QString& path) {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    return toFacade(engine->readEnrolmentRequest(path));
}

Result<ApprovedDevice> LocalSync::approve(const QString& requestPath, const QString& dir, bool asCoordinator,
                                          const QString& replaces) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteTeamChanged();
    return toFacade(engine->approve(requestPath, dir, asCoordinator, replaces));
}

Result<std::vector<TeamDevice>> LocalSync::team() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    auto members = engine->team().members();
    if (!members) return members.error();
    std::vector<TeamDevice> devices;
    for (const auto& member : *members) {
        if (member.boxPublicKey.isEmpty()) continue;  // known only from relayed changes, never admitted here
        devices.push_back(
            {toHex(member.deviceId), member.name, sync::roleName(member.role),
             member.removed ? QStringLiteral("removed") : QStringLiteral("active"), member.ord == 1, member.lastHeardMs,
             member.clockAheadMs, member.admittedBy.isEmpty() ? QString() : toHex(member.admittedBy),
             member.admittedAtMs, member.removedBy.isEmpty() ? QString() : toHex(member.removedBy), member.removedAtMs,
             member.refusedChanges, member.forkedSeq.value_or(0), member.forkedEvents, member.duressAtMs});
    }
    return devices;
}

Result<void> LocalSync::revoke(const QString& deviceId) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteTeamChanged();
    const auto id = parseDeviceId(deviceId);
    if (!id) return badId(QT_TRANSLATE_NOOP("Sync", "A device id is 32 hexadecimal digits."));
    return engine->revoke(*id);
}

Result<void> LocalSync::setRole(const QString& deviceId, bool coordinator) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteTeamChanged();
    const auto id = parseDeviceId(deviceId);
    if (!id) return badId(QT_TRANSLATE_NOOP("Sync", "A device id is 32 hexadecimal digits."));
    auto batch = call.session()->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY(engine->team().setRole(*id, coordinator ? sync::Role::Coordinator : sync::Role::FieldWorker));
    return (*batch)->commit();
}

Result<QString> LocalSync::releaseTravelLock(const QString& deviceId, const QString& dir) {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    const auto id = parseDeviceId(deviceId);
    if (!id) return badId(QT_TRANSLATE_NOOP("Sync", "A device id is 32 hexadecimal digits."));
    auto file = engine->team().travelRelease(*id);
    if (!file) return file.error();
    if (!QDir().mkpath(dir)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", "Cannot create the folder %1.").arg(dir));
    }
    const QString path = QDir(dir).filePath(sync::TravelRelease::fileName(*id));
    FC_TRY(writeFileAtomically(path, *file));
    return path;
}

Result<RetentionRules> LocalSync::retention() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    auto rules = engine->team().retention();
    if (!rules) return rules.error();
    RetentionRules result;
    if (*rules) {
        result.closedCaseMonths = static_cast<int>((*rules)->closedCaseMonths);
        result.attachmentMonths = static_cast<int>((*rules)->attachmentMonths);
        result.setBy = toHex((*rules)->setBy);
        result.setAtMs = static_cast<qint64>((*rules)->setAtMs);
    }
    return result;
}

namespace {

QString retentionReasonKey(store::RetentionReason reason) {
    switch (reason) {
        case store::RetentionReason::ClosedCase:
            return QStringLiteral("closed_case");
        case store::RetentionReason::Person:
            return QStringLiteral("person");
        case store::RetentionReason::Attachment:
            break;
    }
    return QStringLiteral("attachment");
}

// The records due on this laptop today by the rules its copy of the team's log holds, with their stored ids.
Result<std::vector<std::pair<DueForRetention, store::DueRecord>>> dueOn(VaultSession& session, sync::Team& team,
                                                                        const Clock& clock) {
    std::vector<std::pair<DueForRetention, store::DueRecord>> result;
    auto rules = team.retention();
    if (!rules) return rules.error();
    if (!*rules) return result;
    const store::RetentionPeriods periods{static_cast<int>((*rules)->closedCaseMonths),
                                          static_cast<int>((*rules)->attachmentMonths)};
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date();
    auto due = store::dueRecords(session.connection, periods, today);
    if (!due) return due.error();
    for (store::DueRecord& record : *due) {
        DueForRetention item;
        item.entity = QLatin1String(record.table->singular);
        item.recordId = toHex(record.rowId);
        auto label = query::recordLabel(session.connection, *record.table, record.rowId);
        if (!label) return label.error();
        item.recordLabel = *label;
        item.reason = retentionReasonKey(record.reason);
        item.caseReference = record.caseReference;
        item.closedOn = record.closedOn.toString(Qt::ISODate);
        result.emplace_back(std::move(item), std::move(record));
    }
    return result;
}

}  // namespace

Result<std::vector<DueForRetention>> LocalSync::retentionDue() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    auto due = dueOn(*call.session(), engine->team(), m_clock);
    if (!due) return due.error();
    std::vector<DueForRetention> result;
    for (auto& [item, record] : *due)
        result.push_back(std::move(item));
    return result;
}

Result<std::vector<DueForRetention>> LocalSync::runRetention() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    auto due = dueOn(*call.session(), engine->team(), m_clock);
    if (!due) return due.error();
    std::vector<DueForRetention> purged;
    if (due->empty()) return purged;
    auto batch = call.session()->mutator.begin();
    if (!batch) return batch.error();
    for (auto& [item, record] : *due) {
        auto gone = (*batch)->purge(*record.table, record.rowId);
        if (!gone && gone.error().code != ErrorCode::NotFound) return gone.error();  // gone with its person already
        purged.push_back(std::move(item));
    }
    FC_TRY((*batch)->commit());
    return purged;
}

namespace {

// What an erasure of the person takes: the person, then the cases no one else is in (ascending).
Result<std::vector<sync::ErasedRecord>> erasureOf(db::Connection& connection, const QByteArray& personId) {
    std::vector<sync::ErasedRecord> records{{static_cast<quint8>(model::TableId::Person), personId}};
    auto cases = connection.prepare(
        "SELECT DISTINCT c.case_id FROM case_persons c WHERE c.person_id = ?1 AND c.case_id IS NOT NULL AND NOT "
        "EXISTS(SELECT 1 FROM case_persons o WHERE o.case_id = c.case_id AND o.person_id <> ?1) ORDER BY c.case_id");
    if (!cases) return cases.error();
    cases->bind(1, personId);
    FC_TRY(cases->forEachRow([&](const db::Statement& row) {
        records.push_back({static_cast<quint8>(model::TableId::Case), row.columnBlob(0)});
    }));
    if (records.size() > sync::MembershipEvent::kMaxErasedRecords) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("Sync",
                                                     "This person is the only person in more than %1 cases: purge "
                                                     "some of them first, then withdraw the consent.")
                             .arg(sync::MembershipEvent::kMaxErasedRecords - 1));
    }
    return records;
}

// An erasure as the facade shows it: who asked and confirmed by name, and which active laptops have shown (by the
// team events their bundles carried) that they hold what made it effective.
Result<Erasure> erasureView(db::Connection& connection, sync::Team& team, const QByteArray& personId,
                            const sync::ErasureState& state) {
    auto members = team.members();
    if (!members) return members.error();
    const auto nameOf = [&](const QByteArray& deviceId) {
        for (const sync::TeamMember& member : *members) {
            if (member.deviceId == deviceId) return member.name;
        }
        return toHex(deviceId);
    };
    Erasure erasure;
    erasure.personId = toHex(personId);
    erasure.requestedBy = nameOf(state.requestedBy);
    erasure.requestedAtMs = static_cast<qint64>(state.requestedAtMs);
    for (const QByteArray& coordinator : state.confirmedBy)
        erasure.confirmedBy << nameOf(coordinator);
    for (const sync::TeamMember& member : *members) {
        if (member.ord == 1 && state.confirmedBy.count(member.deviceId) != 0) erasure.confirmedHere = true;
    }
    erasure.records = static_cast<int>(state.records.size());
    erasure.status = state.effective             ? QStringLiteral("erased")
                     : state.confirmedBy.empty() ? QStringLiteral("requested")
                                                 : QStringLiteral("waiting");
    if (!state.effective) return erasure;
    auto carried = connection.prepare("SELECT 1 FROM peer_event_ack WHERE peer = ? AND hash = ?");
    if (!carried) return carried.error();
    for (const sync::TeamMember& member : *members) {
        if (member.removed || member.boxPublicKey.isEmpty()) continue;
        bool hasAll = true;
        for (const QByteArray& hash : state.events) {
            if (member.ord == 1) break;  // this laptop: erased at the merge that made it effective
            carried->reset();
            carried->bind(1, static_cast<qint64>(member.ord)).bind(2, hash);
            auto row = carried->step();
            if (!row) return row.error();
            hasAll = hasAll && *row;
        }
        (hasAll ? erasure.appliedOn : erasure.waitingFor) << member.name;
    }
    return erasure;
}

}  // namespace

Result<Erasure> LocalSync::withdrawConsent(const QString& personId) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    auto id = query::parseId(model::Schema::table(model::TableId::Person), personId);
    if (!id) return id.error();
    db::Connection& connection = call.session()->connection;
    auto before = engine->team().erasures();
    if (!before) return before.error();
    const auto known = before->find(*id);
    auto here = query::record(connection, model::Schema::table(model::TableId::Person), personId);
    if (!here && (here.error().code != ErrorCode::NotFound || known == before->end())) return here.error();
    // The person may be gone here already when a coordinator confirms another's request: the person alone then.
    auto records = here ? erasureOf(connection, *id)
                        : Result<std::vector<sync::ErasedRecord>>(
                              std::vector<sync::ErasedRecord>{{static_cast<quint8>(model::TableId::Person), *id}});
    if (!records) return records.error();
    call.noteTeamChanged();
    auto batch = call.session()->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY(engine->team().erase(*id, std::move(*records)));
    auto erased = engine->erasedRecords();
    if (!erased) return erased.error();
    for (const auto& [table, rowId] : *erased) {
        if (const model::TableDef* def = model::Schema::tableByNumber(table)) FC_TRY((*batch)->erase(*def, rowId));
    }
    auto after = engine->team().erasures();
    if (!after) return after.error();
    auto view = erasureView(connection, engine->team(), *id, after->at(*id));
    if (!view) return view.error();
    FC_TRY((*batch)->commit());
    return view;
}

Result<std::vector<Erasure>> LocalSync::erasures() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    auto all = engine->team().erasures();
    if (!all) return all.error();
    std::vector<Erasure> result;
    for (const auto& [person, state] : *all) {
        auto view = erasureView(call.session()->connection, engine->team(), person, state);
        if (!view) return view.error();
        result.push_back(std::move(*view));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Erasure& a, const Erasure& b) { return a.requestedAtMs > b.requestedAtMs; });
    return result;
}

Result<void> LocalSync::setRetention(int closedCaseMonths, int attachmentMonths) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    if (closedCaseMonths < 0 || attachmentMonths < 0 || closedCaseMonths > RetentionRules::kMaxMonths ||
        attachmentMonths > RetentionRules::kMaxMonths) {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("Sync", "A retention period is 0 (none) to %1 months.")
                             .arg(RetentionRules::kMaxMonths));
    }
    call.noteTeamChanged();
    auto batch = call.session()->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY(engine->team().setRetention(static_cast<quint32>(closedCaseMonths), static_cast<quint32>(attachmentMonths)));
    return (*batch)->commit();
}

Result<void> LocalSync::rotateKey() {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteTeamChanged();
    auto batch = call.session()->mutator.begin();
    if (!batch) return batch.error();
    // One previous key stays, for bundles written before the peers learn of the new one.
    FC_TRY(engine->team().rotateBoxKey(1));
    return (*batch)->commit();
}

Result<QString> LocalSync::exportTo(const QString& dir) {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    return engine->exportTo(dir);
}

Result<SyncReport> LocalSync::importFrom(const QString& dir, const SyncProgress& progress) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteSyncFinished();  // and what arrived may change the team
    call.noteTeamChanged();
    return toFacade(engine->importFrom(dir, progress));
}

Result<QString> LocalSync::pendingJoin() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    return engine->pendingJoin();
}

Result<SyncReport> LocalSync::confirmJoin(const QString& safetyNumber) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteSyncFinished();  // the welcome's records and the team arrive
    call.noteTeamChanged();
    return toFacade(engine->confirmJoin(safetyNumber));
}

Result<void> LocalSync::discardJoin(const QString& safetyNumber) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteTeamChanged();
    return engine->discardJoin(safetyNumber);
}

Result<ExchangeReport> LocalSync::exchange(const QString& dir, const SyncProgress& progress) {
    LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    call.noteSyncFinished();  // and what arrived may change the team
    call.noteTeamChanged();
    // Before joining there is nobody to exchange with, and a welcome is only ever taken by its worker's hand.
    FC_TRY(engine->requireJoined());
    ExchangeReport exchange;
    auto received = toFacade(engine->importFrom(dir, progress));
    if (!received) return received.error();
    exchange.received = std::move(*received);
    // What was received goes out again in the outbox (relaying), so the export comes second.
    if (!exchange.received.cancelled) {
        auto written = engine->exportTo(dir);
        if (!written) return written.error();
        exchange.written = *written;
    }
    return exchange;
}

Result<std::vector<FolderExchange>> LocalSync::lastExchanges() {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    return toFacade(engine->lastExchanges());
}

Result<int> LocalSync::cleanFolder(const QString& dir) {
    const LocalVault::Call call(m_vault);
    auto engine = engineOf(call.session(), m_clock);
    if (!engine) return LocalVault::Call::lockedError();
    return engine->cleanFolder(dir);
}

Result<std::vector<FieldConflict>> LocalSync::conflicts() {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto open = store::openConflicts(session->connection);
    if (!open) return open.error();
    std::vector<FieldConflict> result;
    for (const store::OpenConflict& stored : *open) {
        FieldConflict conflict;
        conflict.id = conflictId(static_cast<int>(stored.table->id), stored.rowId, stored.field->id);
        conflict.entity = QLatin1String(stored.table->singular);
        conflict.recordId = toHex(stored.rowId);
        conflict.field = QLatin1String(stored.field->name);
        conflict.fieldLabel = QCoreApplication::translate("Fields", stored.field->label);
        auto label = query::recordLabel(session->connection, *stored.table, stored.rowId);
        if (!label) return label.error();
        conflict.recordLabel = *label;
        for (const store::ConflictVersion& version : stored.versions) {
            conflict.versions.push_back(
                {displayValue(version.value), version.deviceName,
                 QDateTime::fromMSecsSinceEpoch(version.wallMs, Qt::UTC).toString(Qt::ISODate)});
        }
        result.push_back(std::move(conflict));
    }
    return result;
}

Result<void> LocalSync::resolve(const QString& conflictId, std::optional<int> keep, std::optional<QString> value) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    const auto key = parseConflictId(conflictId);
    if (!key || keep.has_value() == value.has_value())
        return badId(QT_TRANSLATE_NOOP("Sync", "Name one open conflict and either the version to keep or a value."));
    auto open = store::openConflicts(session->connection);
    if (!open) return open.error();
    const auto conflict = std::find_if(open->begin(), open->end(), [&](const store::OpenConflict& candidate) {
        return candidate.table == key->table && candidate.rowId == key->rowId && candidate.field == key->field;
    });
    if (conflict == open->end()) return noSuchConflict();
    if (value)
        return m_records.update(QLatin1String(key->table->singular), toHex(key->rowId),
                                {{QLatin1String(key->field->name), *value}});
    if (*keep < 1 || *keep > static_cast<int>(conflict->versions.size()))
        return badId(QT_TRANSLATE_NOOP("Sync", "There is no version with this number."));
    // The kept version's stored value, written again: an ordinary change whose context covers every version.
    const QVariant kept = conflict->versions[static_cast<std::size_t>(*keep - 1)].value;
    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY((*batch)->update(*key->table, key->rowId, {{key->field, kept}}));
    return (*batch)->commit();
}

namespace {

// This laptop's role in its team, as its membership log last said.
Result<bool> isCoordinator(db::Connection& connection) {
    auto role = db::readMeta(connection, "role");
    if (!role) return role.error();
    return *role == QByteArrayLiteral("coordinator");
}

}  // namespace

Result<QString> LocalSync::purgeWouldBeHeld(const QString& entity, const QString& recordId) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    const model::TableDef* table = model::Schema::tableBySingular(entity);
    const QByteArray rowId = QByteArray::fromHex(recordId.toLatin1());
    if (table == nullptr || rowId.size() != 16) return QString();  // the purge itself says what is wrong
    auto coordinator = isCoordinator(session->connection);
    if (!coordinator) return coordinator.error();
    auto hold = store::ownPurgeHold(session->connection, *table, rowId, *coordinator, m_clock.nowMs());
    if (!hold) return hold.error();
    switch (*hold) {
        case store::PurgeHold::NotCreator:
            return QStringLiteral("not_creator");
        case store::PurgeHold::OverQuota:
            return QStringLiteral("many");
        case store::PurgeHold::None:
            break;
    }
    return QString();
}

Result<std::vector<HeldPurge>> LocalSync::heldPurges() {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto held = store::heldPurges(session->connection);
    if (!held) return held.error();
    std::vector<HeldPurge> result;
    for (const store::HeldPurgeRecord& stored : *held) {
        HeldPurge purge;
        purge.device = toHex(stored.deviceId);
        purge.deviceName = stored.deviceName;
        purge.entity = QLatin1String(stored.table->singular);
        purge.recordId = toHex(stored.rowId);
        auto label = query::recordLabel(session->connection, *stored.table, stored.rowId);
        if (!label) return label.error();
        purge.recordLabel = *label;
        purge.reason = stored.overQuota ? QStringLiteral("many") : QStringLiteral("not_creator");
        result.push_back(std::move(purge));
    }
    return result;
}

Result<int> LocalSync::confirmHeldPurges(const QString& deviceId) {
    LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    const auto id = parseDeviceId(deviceId);
    if (!id) return badId(QT_TRANSLATE_NOOP("Sync", "A device id is 32 hexadecimal digits."));
    auto coordinator = isCoordinator(session->connection);
    if (!coordinator) return coordinator.error();
    if (!*coordinator)
        return makeError(ErrorCode::Usage, QCoreApplication::translate(
                                               "Sync", "Only a coordinator can confirm another laptop's purges."));
    call.noteTeamChanged();  // its held purges
    auto held = heldPurges();
    if (!held) return held.error();
    int purged = 0;
    bool any = false;
    for (const HeldPurge& purge : *held) {
        if (purge.device != toHex(*id)) continue;
        any = true;
        auto gone = m_records.purge(purge.entity, purge.recordId);
        if (gone) {
            ++purged;
        } else if (gone.error().code != ErrorCode::NotFound) {  // gone already with the record it belonged to
            return gone.error();
        }
    }
    if (!any)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Sync", "No purge of that device is held here."));
    return purged;
}

Result<SyncSettings> LocalSync::settings() {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    auto stored = db::readMeta(session->connection, "sync_settings");
    if (!stored) return stored.error();
    SyncSettings settings;
    if (stored->isEmpty()) return settings;
    const QJsonObject json = QJsonDocument::fromJson(*stored).object();
    settings.folders = json.value(QStringLiteral("folders")).toVariant().toStringList();
    settings.watchFolders = json.value(QStringLiteral("watch_folders")).toBool(settings.watchFolders);
    settings.useSticks = json.value(QStringLiteral("use_sticks")).toBool(settings.useSticks);
    settings.stickFolder = json.value(QStringLiteral("stick_folder")).toString(settings.stickFolder);
    settings.intervalSeconds = json.value(QStringLiteral("interval_seconds")).toInt(settings.intervalSeconds);
    return settings;
}

Result<void> LocalSync::setSettings(const SyncSettings& settings) {
    const LocalVault::Call call(m_vault);
    VaultSession* session = call.session();
    if (session == nullptr) return LocalVault::Call::lockedError();
    const QString stickFolder = settings.stickFolder.trimmed();
    if (stickFolder.isEmpty() || stickFolder.contains(QLatin1Char('/')) || stickFolder.contains(QLatin1Char('\\')) ||
        stickFolder == QLatin1String("..") || settings.intervalSeconds < 10)
        return badId(QT_TRANSLATE_NOOP("Sync",
                                       "The stick folder must be a plain folder name and the interval at least "
                                       "10 seconds."));
    const QJsonObject json{{QStringLiteral("folders"), QJsonArray::fromStringList(settings.folders)},
                           {QStringLiteral("watch_folders"), settings.watchFolders},
                           {QStringLiteral("use_sticks"), settings.useSticks},
                           {QStringLiteral("stick_folder"), stickFolder},
                           {QStringLiteral("interval_seconds"), settings.intervalSeconds}};
    auto batch = session->mutator.begin();
    if (!batch) return batch.error();
    FC_TRY(db::writeMeta(session->connection, "sync_settings", QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return (*batch)->commit();
}

Result<BundleInspection> LocalSync::inspect(const QString& file) {
    const LocalVault::Call call(m_vault);
    if (auto engine = engineOf(call.session(), m_clock)) return toFacade(engine->inspect(file));
    auto unopened = sync::inspectUnopened(file);
    if (!unopened) return unopened.error();
    if (unopened->problem.isEmpty())
        unopened->problem = QCoreApplication::translate("Sync", "Unlock the vault to open and verify the bundle.");
    return toFacade(std::move(*unopened));
}

std::vector<RemovableDrive> LocalSync::drives(const QString& folderName) {
    std::vector<RemovableDrive> result;
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly()) continue;
        const QString root = volume.rootPath();
        // Removable media are mounted under /media or /run/media on Linux and as their own drive letter elsewhere.
        const bool removable =
#ifdef Q_OS_WIN
            root.size() <= 3 && !root.startsWith(QLatin1String("C:"), Qt::CaseInsensitive);
#else
            root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"));
#endif
        if (!removable) continue;
        RemovableDrive drive;
        drive.rootPath = root;
        drive.label = volume.displayName();
        drive.bytesFree = volume.bytesAvailable();
        drive.folder = QDir(root).filePath(folderName);
        drive.hasTeamFolder = QDir(drive.folder).exists();
        result.push_back(std::move(drive));
    }
    return result;
}

}  // namespace fieldcase
