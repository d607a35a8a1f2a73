#include "core/store/Devices.h"

#include "core/db/Connection.h"
#include "core/db/Statement.h"

namespace fieldcase::store {

namespace {

// The standing's columns, bound from `first` on: box key, generation, role, removed, cut-off, and who admitted and
// removed the device and when.
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
}

}  // namespace

Result<std::vector<DeviceRecord>> Devices::all() {
    auto rows = m_connection.prepare(
        "SELECT ord, device_id, name, role, removed, cutoff_seq, sign_public_key, box_public_key, "
        "coalesce(last_heard_ms, 0), clock_ahead_ms, admitted_by, coalesce(admitted_ms, 0), removed_by, "
        "coalesce(removed_ms, 0), CASE WHEN removed = 0 THEN 0 ELSE max(0, refused_up_to - coalesce(cutoff_seq, 0)) "
        "END, forked_seq, forked_events FROM device ORDER BY ord");
    if (!rows) return rows.error();
    std::vector<DeviceRecord> result;
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        DeviceRecord device;
        device.ord = static_cast<int>(rows->columnInt64(0));
        device.deviceId = rows->columnBlob(1);
        device.name = rows->columnText(2);
        device.role = rows->columnText(3);
        device.removed = rows->columnInt64(4) != 0;
        if (!rows->columnIsNull(5)) device.cutoffSeq = rows->columnInt64(5);
        device.signPublicKey = rows->columnBlob(6);
        device.boxPublicKey = rows->columnBlob(7);
        device.lastHeardMs = rows->columnInt64(8);
        device.clockAheadMs = rows->columnInt64(9);
        device.admittedBy = rows->columnBlob(10);
        device.admittedAtMs = rows->columnInt64(11);
        device.removedBy = rows->columnBlob(12);
        device.removedAtMs = rows->columnInt64(13);
        device.refusedChanges = rows->columnInt64(14);
        if (!rows->columnIsNull(15)) device.forkedSeq = rows->columnInt64(15);
        device.forkedEvents = rows->columnInt64(16) != 0;
        result.push_back(std::move(device));
    }
    return result;
}

Result<std::map<int, QString>> Devices::names() {
    auto rows = m_connection.prepare("SELECT ord, name FROM device");
    if (!rows) return rows.error();
    std::map<int, QString> result;
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        result.emplace(static_cast<int>(rows->columnInt64(0)), rows->columnText(1));
    }
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
        "role, removed, cutoff_seq, admitted_by, admitted_ms, removed_by, removed_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return insert.error();
    insert->bind(1, deviceId).bind(2, standing.signPublicKey).bind(3, standing.name).bind(4, knownSinceMs);
    bindStanding(*insert, 5, standing);
    return insert->run();
}

Result<void> Devices::setStanding(int ord, const DeviceStanding& standing) {
    auto update = m_connection.prepare(
        "UPDATE device SET box_public_key = ?, box_key_generation = ?, role = ?, removed = ?, cutoff_seq = ?, "
        "admitted_by = ?, admitted_ms = ?, removed_by = ?, removed_ms = ? WHERE ord = ?");
    if (!update) return update.error();
    bindStanding(*update, 1, standing);
    return update->bind(10, static_cast<qint64>(ord)).run();
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
    for (;;) {
        auto row = silent->step();
        if (!row) return row.error();
        if (!*row) break;
        result.insert(static_cast<int>(silent->columnInt64(0)));
    }
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
