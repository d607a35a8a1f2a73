#include "core/store/Devices.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"

namespace fieldcase::store {

namespace {

// The standing's columns, bound from `first` on: box key, generation, role, removed, cut-off, and who admitted and
// removed the device and when, and its latest duress.
void bindStanding(db::Statement& statement, int first, const DeviceStanding& standing) {
    statement.bind(first, standing.boxPublicKey)
        .bind(first + 1, standing.boxKeyGeneration)
        .bind(first + 2, standing.role)
        .bind(first + 3, qint64{standing.removed ? 1 : 0});
    if (standing.removed)
        statement.bind(first + 4, standing.cutoffSeq);
    else
        statement.bindNull(first + 4);
    statement.bind(first + 5, standing.admittedBy).bind(first + 6, standing.admittedAtMs);
    if (standing.removed)
        statement.bind(first + 7, standing.removedBy).bind(first + 8, standing.removedAtMs);
    else
        statement.bindNull(first + 7).bindNull(first + 8);
    if (standing.duressAtMs > 0)
        statement.bind(first + 9, standing.duressAtMs);
    else
        statement.bindNull(first + 9);
}

}  // namespace

Result<std::vector<DeviceRecord>> Devices::all() {
    auto rows = m_connection.prepare(
        "SELECT ord, device_id, name, role, removed, cutoff_seq, sign_public_key, box_public_key, "
        "coalesce(last_heard_ms, 0), clock_ahead_ms, admitted_by, coalesce(admitted_ms, 0), removed_by, "
        "coalesce(removed_ms, 0), CASE WHEN removed = 0 THEN 0 ELSE max(0, refused_up_to - coalesce(cutoff_seq, 0)) "
        "END, forked_seq, forked_events, coalesce(duress_ms, 0) FROM device ORDER BY ord");
    if (!rows) return rows.error();
    std::vector<DeviceRecord> result;
    FC_TRY(rows->forEachRow([&](const db::Statement& row) {
        DeviceRecord device;
        device.ord = static_cast<int>(row.columnInt64(0));
        device.deviceId = row.columnBlob(1);
        device.name = row.columnText(2);
        device.role = row.columnText(3);
        device.removed = row.columnInt64(4) != 0;
        if (!row.columnIsNull(5)) device.cutoffSeq = row.columnInt64(5);
        device.signPublicKey = row.columnBlob(6);
        device.boxPublicKey = row.columnBlob(7);
        device.lastHeardMs = row.columnInt64(8);
        device.clockAheadMs = row.columnInt64(9);
        device.admittedBy = row.columnBlob(10);
        device.admittedAtMs = row.columnInt64(11);
        device.removedBy = row.columnBlob(12);
        device.removedAtMs = row.columnInt64(13);
        device.refusedChanges = row.columnInt64(14);
        if (!row.columnIsNull(15)) device.forkedSeq = row.columnInt64(15);
        device.forkedEvents = row.columnInt64(16) != 0;
        device.duressAtMs = row.columnInt64(17);
        result.push_back(std::move(device));
    }));
    return result;
}

Result<std::map<int, QString>> Devices::names() {
    auto rows = m_connection.prepare("SELECT ord, name FROM device");
    if (!rows) return rows.error();
    std::map<int, QString> result;
    FC_TRY(rows->forEachRow(
        [&](const db::Statement& row) { result.emplace(static_cast<int>(row.columnInt64(0)), row.columnText(1)); }));
    return result;
}

Result<bool> Devices::anyOther() {
    auto found = m_connection.queryText("SELECT EXISTS(SELECT 1 FROM device WHERE ord <> 1)");
    if (!found) return found.error();
    return found->toLongLong() != 0;
}

Result<void> Devices::addSelf(const QByteArray& deviceId, const QByteArray& signPublicKey, const QString& name,
                              const QString& referencePrefix) {
    auto self = m_connection.prepare(
        "INSERT INTO device(ord, device_id, sign_public_key, name, reference_prefix) VALUES (1, ?, ?, ?, ?)");
    if (!self) return self.error();
    return self->bind(1, deviceId).bind(2, signPublicKey).bind(3, name).bind(4, referencePrefix).run();
}

Result<void> Devices::admit(const QByteArray& deviceId, const DeviceStanding& standing, qint64 knownSinceMs) {
    auto insert = m_connection.prepare(
        "INSERT INTO device(device_id, sign_public_key, name, known_since_ms, box_public_key, box_key_generation, "
        "role, removed, cutoff_seq, admitted_by, admitted_ms, removed_by, removed_ms, duress_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return insert.error();
    insert->bind(1, deviceId).bind(2, standing.signPublicKey).bind(3, standing.name).bind(4, knownSinceMs);
    bindStanding(*insert, 5, standing);
    return insert->run();
}

Result<void> Devices::setStanding(int ord, const DeviceStanding& standing) {
    auto update = m_connection.prepare(
        "UPDATE device SET box_public_key = ?, box_key_generation = ?, role = ?, removed = ?, cutoff_seq = ?, "
        "admitted_by = ?, admitted_ms = ?, removed_by = ?, removed_ms = ?, duress_ms = ? WHERE ord = ?");
    if (!update) return update.error();
    bindStanding(*update, 1, standing);
    return update->bind(11, static_cast<qint64>(ord)).run();
}

Result<void> Devices::dropAdmission(int ord) {
    auto drop = m_connection.prepare("UPDATE device SET removed = 1, cutoff_seq = 0 WHERE ord = ?");
    if (!drop) return drop.error();
    return drop->bind(1, static_cast<qint64>(ord)).run();
}

Result<void> Devices::noteForkedEvents(const QByteArray& deviceId) {
    auto note = m_connection.prepare("UPDATE device SET forked_events = 1 WHERE device_id = ?");
    if (!note) return note.error();
    return note->bind(1, deviceId).run();
}

Result<std::set<int>> Devices::silentPeers(qint64 silentMs) {
    auto silent = m_connection.prepare(
        "SELECT ord FROM device WHERE ord != 1 AND removed = 0 AND coalesce(last_heard_ms, known_since_ms, 0) < "
        "(SELECT max(coalesce(last_heard_ms, known_since_ms, 0)) FROM device WHERE ord != 1 AND removed = 0) - ?");
    if (!silent) return silent.error();
    silent->bind(1, silentMs);
    std::set<int> result;
    FC_TRY(silent->forEachRow([&](const db::Statement& row) { result.insert(static_cast<int>(row.columnInt64(0))); }));
    return result;
}

Result<bool> Devices::isLastBundleRead(const QByteArray& fileHash) {
    auto seen = m_connection.prepare("SELECT 1 FROM device WHERE last_bundle_hash = ?");
    if (!seen) return seen.error();
    seen->bind(1, fileHash);
    auto row = seen->step();
    if (!row) return row.error();
    return *row;
}

Result<void> Devices::noteBundleRead(int ord, qint64 sequence, const QByteArray& fileHash, qint64 nowMs,
                                     qint64 clockAheadMs) {
    auto heard = m_connection.prepare(
        "UPDATE device SET last_bundle_hash = CASE WHEN ?1 >= last_bundle_seq THEN ?2 ELSE last_bundle_hash END, "
        "clock_ahead_ms = CASE WHEN ?1 >= last_bundle_seq THEN ?5 ELSE clock_ahead_ms END, "
        "last_bundle_seq = max(?1, last_bundle_seq), last_heard_ms = ?3 WHERE ord = ?4");
    if (!heard) return heard.error();
    return heard->bind(1, sequence)
        .bind(2, fileHash)
        .bind(3, nowMs)
        .bind(4, static_cast<qint64>(ord))
        .bind(5, clockAheadMs)
        .run();
}

}  // namespace fieldcase::store
