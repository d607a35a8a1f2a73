// The Mutator's other half: applying changesets made on other devices (merge per field, purge wins).
#include "core/crypto/Hash.h"
#include "core/crypto/Signer.h"
#include "core/db/Statement.h"
#include "core/store/Mutator.h"
#include "core/store/RowClock.h"
#include "core/store/SqlValues.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace fieldcase::store {

namespace {

Error rejected(const char* why) {
    return makeError(ErrorCode::Rejected, QCoreApplication::translate("Sync", why));
}

}  // namespace

Result<void> Mutator::Batch::addDevice(const QByteArray& deviceId, const QByteArray& signPublicKey,
                                       const QString& name) {
    auto insert = m_mutator.m_connection.prepare(
        "INSERT OR IGNORE INTO device(device_id, sign_public_key, name) VALUES (?, ?, ?)");
    if (!insert) return insert.error();
    return insert->bind(1, deviceId).bind(2, signPublicKey).bind(3, name).run();
}

Result<int> Mutator::deviceOrd(const QByteArray& deviceId) {
    auto lookup = m_connection.prepare("SELECT ord FROM device WHERE device_id = ?");
    if (!lookup) return lookup.error();
    lookup->bind(1, deviceId);
    auto row = lookup->step();
    if (!row) return row.error();
    if (!*row) return rejected(QT_TRANSLATE_NOOP("Sync", "A change comes from a device that is not in the team."));
    return static_cast<int>(lookup->columnInt64(0));
}

Result<bool> Mutator::isPurged(int table, const QByteArray& rowId) {
    auto lookup = m_connection.prepare("SELECT 1 FROM purged WHERE tbl = ? AND row_id = ?");
    if (!lookup) return lookup.error();
    lookup->bind(1, static_cast<qint64>(table)).bind(2, rowId);
    return lookup->step();
}

Result<void> Mutator::updateConflict(const model::TableDef& table, const QByteArray& rowId, int field, bool conflicted,
                                     qint64 since) {
    auto statement = m_connection.prepare(
        conflicted ? "INSERT OR REPLACE INTO conflict(tbl, row_id, field, since_hlc) VALUES (?, ?, ?, ?)"
                   : "DELETE FROM conflict WHERE tbl = ? AND row_id = ? AND field = ?");
    if (!statement) return statement.error();
    statement->bind(1, static_cast<qint64>(table.id)).bind(2, rowId).bind(3, static_cast<qint64>(field));
    if (conflicted) statement->bind(4, since);
    return statement->run();
}

Result<void> Mutator::mergeField(const model::TableDef& table, const QByteArray& rowId, int origin, qint64 seq,
                                 qint64 hlc, const Op& op) {
    const model::FieldDef* field = model::Schema::fieldById(table, op.field);
    if (field == nullptr) return {};  // a field of a newer version: the changeset is kept for relaying all the same
    auto current = m_connection.prepare(
        (QByteArray("SELECT clock, ") + field->name + " FROM " + table.name + " WHERE id = ?").constData());
    if (!current) return current.error();
    current->bind(1, rowId);
    auto found = current->step();
    if (!found) return found.error();
    RowClock clock;
    QVariant shown;
    bool created = false;
    if (*found) {
        auto decoded = RowClock::decode(current->columnBlob(0));
        if (!decoded) return decoded.error();
        clock = std::move(*decoded);
        shown = readFieldValue(*current, 1, *field);
    } else {
        // The first field of a record made elsewhere: the record starts here, its other fields follow.
        auto insert = m_connection.prepare(
            (QByteArray("INSERT INTO ") + table.name + "(id, clock, created_at, updated_at) VALUES (?, ?, ?, ?)")
                .constData());
        if (!insert) return insert.error();
        const qint64 now = m_clock.nowMs();
        FC_TRY(insert->bind(1, rowId).bind(2, RowClock{}.encode()).bind(3, now).bind(4, now).run());
        created = true;
    }

    FieldClock& fieldClock = clock.fields[field->id];
    const auto seen = fieldClock.context.find(origin);
    if (seen != fieldClock.context.end() && seq <= seen->second) return {};  // already merged: idempotent

    std::map<int, qint64> writerContext;
    for (const auto& [deviceId, deviceSeq] : op.context) {
        auto ord = deviceOrd(deviceId);
        if (ord) writerContext[*ord] = std::max(writerContext[*ord], deviceSeq);  // unknown devices: no versions here
    }
    // The shown version's value lives in the record's column; hand it back before reshuffling the versions.
    if (!fieldClock.versions.empty()) fieldClock.versions.front().value = shown;
    // Versions the writer had seen are overwritten by this op.
    fieldClock.versions.erase(std::remove_if(fieldClock.versions.begin(), fieldClock.versions.end(),
                                             [&](const FieldVersion& version) {
                                                 const auto it = writerContext.find(version.origin);
                                                 return it != writerContext.end() && version.seq <= it->second;
                                             }),
                              fieldClock.versions.end());
    fieldClock.versions.push_back(FieldVersion{origin, seq, hlc, op.value});
    for (const auto& [device, deviceSeq] : writerContext) {
        fieldClock.context[device] = std::max(fieldClock.context[device], deviceSeq);
    }
    fieldClock.context[origin] = std::max(fieldClock.context[origin], seq);

    // The same winner everywhere: the highest (hybrid clock, device id).
    auto deviceIdOf = [this](int ord) {
        auto ids = contextOf({{ord, 0}});
        return ids && !ids->empty() ? ids->front().first : QByteArray();
    };
    std::sort(fieldClock.versions.begin(), fieldClock.versions.end(),
              [&](const FieldVersion& a, const FieldVersion& b) {
                  if (a.hlc != b.hlc) return a.hlc > b.hlc;
                  return deviceIdOf(a.origin) > deviceIdOf(b.origin);
              });
    const QVariant winner = fieldClock.versions.front().value;
    fieldClock.versions.front().value = QVariant();
    qint64 since = hlc;
    for (const auto& version : fieldClock.versions)
        since = std::min(since, version.hlc);

    auto update = m_connection.prepare(
        (QByteArray("UPDATE ") + table.name + " SET clock = ?, updated_at = ?, " + field->name + " = ? WHERE id = ?")
            .constData());
    if (!update) return update.error();
    update->bind(1, clock.encode()).bind(2, m_clock.nowMs());
    bindFieldValue(*update, 3, field->id == model::kArchivedFieldId && winner.isNull() ? QVariant(qint64{0}) : winner);
    update->bind(4, rowId);
    FC_TRY(update->run());
    FC_TRY(updateConflict(table, rowId, field->id, fieldClock.versions.size() > 1, since));
    touch(table, rowId, created ? QStringLiteral("create") : QStringLiteral("edit"), {QLatin1String(field->name)});
    return {};
}

Result<ApplyOutcome> Mutator::applyRemote(const StoredChangeset& changeset) {
    if (!m_transaction) {
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: no change in progress."));
    }
    auto origin = deviceOrd(changeset.origin);
    if (!origin) return origin.error();
    auto standing = m_connection.prepare("SELECT removed, cutoff_seq FROM device WHERE ord = ?");
    if (!standing) return standing.error();
    standing->bind(1, static_cast<qint64>(*origin));
    auto standingRow = standing->step();
    if (!standingRow) return standingRow.error();
    if (*standingRow && standing->columnInt64(0) != 0 && changeset.seq > standing->columnInt64(1)) {
        FC_TRY(noteRefused(*origin, changeset.seq));
        return ApplyOutcome::Refused;
    }

    auto existing = m_connection.prepare("SELECT hash FROM changeset WHERE origin = ? AND seq = ?");
    if (!existing) return existing.error();
    existing->bind(1, static_cast<qint64>(*origin)).bind(2, changeset.seq);
    auto have = existing->step();
    if (!have) return have.error();
    if (*have) {
        if (existing->columnBlob(0) == changeset.hash) return ApplyOutcome::AlreadyHave;
        return rejected(QT_TRANSLATE_NOOP("Sync",
                                          "Two different changes carry the same number from one device: a forgery, "
                                          "or a device restored from an old backup."));
    }
    if (*origin == 1)
        return rejected(QT_TRANSLATE_NOOP("Sync", "A change claims to come from this device but was not made here."));

    auto last = m_connection.prepare("SELECT seq, hash FROM changeset WHERE origin = ? ORDER BY seq DESC LIMIT 1");
    if (!last) return last.error();
    last->bind(1, static_cast<qint64>(*origin));
    auto lastRow = last->step();
    if (!lastRow) return lastRow.error();
    const qint64 lastSeq = *lastRow ? last->columnInt64(0) : 0;
    if (changeset.seq != lastSeq + 1) return ApplyOutcome::NotReady;
    const QByteArray expectedPrevious = *lastRow ? last->columnBlob(1) : QByteArray(crypto::kHashSize, '\0');
    if (changeset.prevHash != expectedPrevious)
        return rejected(QT_TRANSLATE_NOOP("Sync", "A change does not follow on from the one before it."));

    auto entries = decodeBody(changeset.body);
    if (!entries) return entries.error();
    const QByteArray message =
        signedMessage({changeset.origin, changeset.seq, changeset.hlc, changeset.prevHash}, *entries);
    auto key = m_connection.prepare("SELECT sign_public_key, name FROM device WHERE ord = ?");
    if (!key) return key.error();
    key->bind(1, static_cast<qint64>(*origin));
    auto keyRow = key->step();
    if (!keyRow) return keyRow.error();
    if (!*keyRow || crypto::hash(message) != changeset.hash ||
        !crypto::verifySignature(key->columnBlob(0), message, changeset.signature)) {
        return rejected(QT_TRANSLATE_NOOP("Sync", "A change's signature does not match its device."));
    }
    m_hlc.observe(changeset.hlc);  // a stamp more than a day ahead is not adopted (the clock warning is the sync's)

    m_actor = *origin;
    m_actorName = key->columnText(1);
    auto applied = [&]() -> Result<void> {
        std::vector<std::pair<const model::TableDef*, QByteArray>> changedRows;  // by this changeset
        for (const auto& entry : *entries) {
            if (entry.content.isEmpty()) continue;  // redacted: its record was purged
            auto op = openOp(entry);
            if (!op) return op.error();
            const model::TableDef* table = model::Schema::tableByNumber(op->table);
            if (table == nullptr) continue;  // a kind of record this version does not know
            if (op->kind == Op::Purge) {
                auto exists =
                    m_connection.prepare((QByteArray("SELECT 1 FROM ") + table->name + " WHERE id = ?").constData());
                if (!exists) return exists.error();
                exists->bind(1, op->rowId);
                auto row = exists->step();
                if (!row) return row.error();
                if (*row) {
                    FC_TRY(purgeOne(*table, op->rowId, false));
                } else {
                    auto tombstone =
                        m_connection.prepare("INSERT OR REPLACE INTO purged(tbl, row_id, hlc) VALUES (?, ?, ?)");
                    if (!tombstone) return tombstone.error();
                    FC_TRY(tombstone->bind(1, static_cast<qint64>(table->id))
                               .bind(2, op->rowId)
                               .bind(3, changeset.hlc)
                               .run());
                    FC_TRY(redactHistory(*table, op->rowId));
                }
                continue;
            }
            auto purged = isPurged(op->table, op->rowId);
            if (!purged) return purged.error();
            if (*purged) continue;  // purge always wins, whatever arrives later
            FC_TRY(mergeField(*table, op->rowId, *origin, changeset.seq, changeset.hlc, *op));
            changedRows.emplace_back(table, op->rowId);
            auto index =
                m_connection.prepare("INSERT OR IGNORE INTO op_index(tbl, row_id, origin, seq) VALUES (?, ?, ?, ?)");
            if (!index) return index.error();
            FC_TRY(index->bind(1, static_cast<qint64>(table->id))
                       .bind(2, op->rowId)
                       .bind(3, static_cast<qint64>(*origin))
                       .bind(4, changeset.seq)
                       .run());
        }
        // A record that belongs to a purged record (an encounter added elsewhere to a case purged here) goes too.
        std::sort(changedRows.begin(), changedRows.end());
        changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
        for (const auto& [recordTable, recordId] : changedRows) {
            for (const auto& field : recordTable->fields) {
                if (!field.owner) continue;
                auto owner = m_connection.prepare(
                    (QByteArray("SELECT ") + field.name + " FROM " + recordTable->name + " WHERE id = ?").constData());
                if (!owner) return owner.error();
                owner->bind(1, recordId);
                auto row = owner->step();
                if (!row) return row.error();
                if (!*row || owner->columnIsNull(0)) continue;
                auto ownerPurged = isPurged(static_cast<int>(*field.references), owner->columnBlob(0));
                if (!ownerPurged) return ownerPurged.error();
                if (*ownerPurged) {
                    FC_TRY(purgeOne(*recordTable, recordId, false));
                    break;
                }
            }
        }
        // Kept for relaying, minus the content of anything purged here: purged content stays gone.
        bool redacted = false;
        for (auto& entry : *entries) {
            if (entry.content.isEmpty()) continue;
            auto op = openOp(entry);
            if (!op) return op.error();
            if (op->kind != Op::SetField) continue;  // a purge itself holds no content and must travel on
            auto purged = isPurged(op->table, op->rowId);
            if (!purged) return purged.error();
            if (*purged) {
                entry.content.clear();
                redacted = true;
            }
        }
        auto store = m_connection.prepare(
            "INSERT INTO changeset(origin, seq, hlc, prev_hash, body, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!store) return store.error();
        return store->bind(1, static_cast<qint64>(*origin))
            .bind(2, changeset.seq)
            .bind(3, changeset.hlc)
            .bind(4, changeset.prevHash)
            .bind(5, redacted ? encodeBody(*entries) : changeset.body)
            .bind(6, changeset.hash)
            .bind(7, changeset.signature)
            .run();
    }();
    m_actor = 1;
    m_actorName.clear();
    if (!applied) return applied.error();
    return ApplyOutcome::Applied;
}

}  // namespace fieldcase::store

namespace fieldcase::store {

Result<void> Mutator::Batch::forgetChangesAfter(int device, qint64 cutoffSeq) {
    return m_mutator.forgetChangesAfter(device, cutoffSeq);
}

Result<void> Mutator::noteRefused(int device, qint64 seq) {
    auto note = m_connection.prepare("UPDATE device SET refused_up_to = max(refused_up_to, ?) WHERE ord = ?");
    if (!note) return note.error();
    return note->bind(1, seq).bind(2, static_cast<qint64>(device)).run();
}

Result<void> Mutator::forgetChangesAfter(int device, qint64 cutoffSeq) {
    if (device == kSelfDevice) return {};
    auto newest = m_connection.prepare("SELECT max(seq) FROM changeset WHERE origin = ? AND seq > ?");
    if (!newest) return newest.error();
    newest->bind(1, static_cast<qint64>(device)).bind(2, cutoffSeq);
    auto newestRow = newest->step();
    if (!newestRow) return newestRow.error();
    if (*newestRow && !newest->columnIsNull(0)) FC_TRY(noteRefused(device, newest->columnInt64(0)));
    auto rows = m_connection.prepare("SELECT DISTINCT tbl, row_id FROM op_index WHERE origin = ? AND seq > ?");
    if (!rows) return rows.error();
    rows->bind(1, static_cast<qint64>(device)).bind(2, cutoffSeq);
    std::vector<std::pair<int, QByteArray>> affected;
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        affected.emplace_back(static_cast<int>(rows->columnInt64(0)), rows->columnBlob(1));
    }
    for (const char* sql :
         {"DELETE FROM changeset WHERE origin = ? AND seq > ?", "DELETE FROM op_index WHERE origin = ? AND seq > ?"}) {
        auto forget = m_connection.prepare(sql);
        if (!forget) return forget.error();
        FC_TRY(forget->bind(1, static_cast<qint64>(device)).bind(2, cutoffSeq).run());
    }
    for (const auto& [tableNumber, rowId] : affected) {
        const model::TableDef* table = model::Schema::tableByNumber(tableNumber);
        if (table == nullptr) continue;
        FC_TRY(rebuildRecord(*table, rowId, device));
    }
    return {};
}

// Merge is order-free, so a record is exactly the merge of the ops that remain: start it again from nothing and
// replay them, each device's in sequence.
Result<void> Mutator::rebuildRecord(const model::TableDef& table, const QByteArray& rowId, int undoneDevice) {
    auto purged = isPurged(static_cast<int>(table.id), rowId);
    if (!purged) return purged.error();
    if (*purged) return {};  // purge is forever: nothing to rebuild
    auto created =
        m_connection.prepare((QByteArray("SELECT created_at FROM ") + table.name + " WHERE id = ?").constData());
    if (!created) return created.error();
    created->bind(1, rowId);
    auto createdRow = created->step();
    if (!createdRow) return createdRow.error();
    const bool existed = *createdRow;
    const qint64 createdAt = existed ? created->columnInt64(0) : 0;
    created->reset();
    for (const QByteArray& sql : {QByteArray("DELETE FROM ") + table.name + " WHERE id = ?",
                                  QByteArray("DELETE FROM conflict WHERE row_id = ?")}) {
        auto remove = m_connection.prepare(sql.constData());
        if (!remove) return remove.error();
        FC_TRY(remove->bind(1, rowId).run());
    }

    auto sources = m_connection.prepare(
        "SELECT c.origin, c.seq, c.hlc, c.body FROM op_index o JOIN changeset c ON c.origin = o.origin AND c.seq = "
        "o.seq "
        "WHERE o.tbl = ? AND o.row_id = ? ORDER BY c.origin, c.seq");
    if (!sources) return sources.error();
    sources->bind(1, static_cast<qint64>(table.id)).bind(2, rowId);
    const auto touchedBefore = m_touched.size();
    const int actor = m_actor;
    const QString actorName = m_actorName;
    for (;;) {
        auto row = sources->step();
        if (!row) return row.error();
        if (!*row) break;
        const int origin = static_cast<int>(sources->columnInt64(0));
        auto entries = decodeBody(sources->columnBlob(3));
        if (!entries) return entries.error();
        m_actor = origin;
        for (const auto& entry : *entries) {
            if (entry.content.isEmpty()) continue;
            auto op = openOp(entry);
            if (!op) return op.error();
            if (op->kind != Op::SetField || op->table != static_cast<int>(table.id) || op->rowId != rowId) continue;
            FC_TRY(mergeField(table, rowId, origin, sources->columnInt64(1), sources->columnInt64(2), *op));
        }
    }
    m_actor = actor;
    m_actorName = actorName;
    if (existed) {
        auto restore =
            m_connection.prepare((QByteArray("UPDATE ") + table.name + " SET created_at = ? WHERE id = ?").constData());
        if (!restore) return restore.error();
        FC_TRY(restore->bind(1, createdAt).bind(2, rowId).run());
    }
    // One audit entry and one index update for the record, in place of the replayed ones.
    untouchFrom(touchedBefore);
    const int previousActor = m_actor;
    m_actor = undoneDevice;
    touch(table, rowId, QStringLiteral("undo-revoked"), {});
    m_actor = previousActor;
    return {};
}

}  // namespace fieldcase::store
