// The Mutator's other half: applying changesets made on other devices (merge per field, purge wins).
#include "core/base/Clock.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Signer.h"
#include "core/db/Statement.h"
#include "core/store/Mutator.h"
#include "core/store/Retention.h"
#include "core/store/RowClock.h"
#include "core/store/SignatureCheck.h"
#include "core/store/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>
#include <iterator>

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

Result<Mutator::Standing> Mutator::memberStanding(const QByteArray& deviceId) {
    auto standing = standingOf(deviceId);
    if (!standing) return standing.error();
    if (!*standing) return rejected(QT_TRANSLATE_NOOP("Sync", "A change comes from a device that is not in the team."));
    return std::move(**standing);
}

Result<int> Mutator::deviceOrd(const QByteArray& deviceId) {
    auto standing = memberStanding(deviceId);
    if (!standing) return standing.error();
    return standing->ord;
}

Result<std::optional<Mutator::Standing>> Mutator::standingOf(const QByteArray& deviceId) {
    if (m_standings) {
        const auto known = m_standings->find(deviceId);
        if (known != m_standings->end()) return known->second;
    }
    auto lookup = m_connection.prepare(
        "SELECT ord, removed, coalesce(cutoff_seq, 0), sign_public_key, name FROM device WHERE device_id = ?");
    if (!lookup) return lookup.error();
    lookup->bind(1, deviceId);
    auto row = lookup->step();
    if (!row) return row.error();
    std::optional<Standing> standing;
    if (*row) {
        standing = Standing{static_cast<int>(lookup->columnInt64(0)), lookup->columnInt64(1) != 0,
                            lookup->columnInt64(2), lookup->columnBlob(3), lookup->columnText(4)};
    }
    if (m_standings) m_standings->emplace(deviceId, standing);
    return standing;
}

Result<qint64> Mutator::heldUpTo(int ord) {
    auto lookup = m_connection.prepare("SELECT coalesce(max(seq), 0) FROM changeset WHERE origin = ?");
    if (!lookup) return lookup.error();
    lookup->bind(1, static_cast<qint64>(ord));
    auto row = lookup->step();
    if (!row) return row.error();
    return lookup->columnInt64(0);
}

Result<bool> Mutator::contextsHeld(const std::vector<std::optional<Op>>& ops) {
    std::map<QByteArray, qint64> claimed;
    for (const auto& op : ops) {
        if (!op) continue;
        for (const auto& [deviceId, seq] : op->context)
            claimed[deviceId] = std::max(claimed[deviceId], seq);
    }
    for (const auto& [deviceId, seq] : claimed) {
        auto standing = standingOf(deviceId);
        if (!standing) return standing.error();
        if (!*standing) continue;  // not a member here: it has no versions to overwrite, now or later
        const qint64 needed = (*standing)->removed ? std::min(seq, (*standing)->cutoffSeq) : seq;
        auto held = heldUpTo((*standing)->ord);
        if (!held) return held.error();
        if (*held < needed) return false;
    }
    return true;
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
        auto standing = standingOf(deviceId);
        if (!standing) return standing.error();
        if (!*standing) continue;  // not a member here: none of its changes is ever applied here
        // What the writer had seen of a removed device counts up to its cut-off: later changes exist nowhere.
        const qint64 writerSaw = (*standing)->removed ? std::min(deviceSeq, (*standing)->cutoffSeq) : deviceSeq;
        writerContext[(*standing)->ord] = std::max(writerContext[(*standing)->ord], writerSaw);
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

Result<void> Mutator::noteCreator(int table, const QByteArray& rowId, int origin) {
    auto note = m_connection.prepare("INSERT OR IGNORE INTO record_creator(tbl, row_id, origin) VALUES (?, ?, ?)");
    if (!note) return note.error();
    return note->bind(1, static_cast<qint64>(table)).bind(2, rowId).bind(3, static_cast<qint64>(origin)).run();
}

Result<Mutator::PurgeDecision> Mutator::decidePurge(int origin, const Op& purge, bool withinQuota) {
    auto purged = isPurged(purge.table, purge.rowId);
    if (!purged) return purged.error();
    if (*purged) return PurgeDecision::Apply;  // nothing left to decide
    // ?1 the purging device, ?2 ?3 the record. Roles are those known here now (docs/merge.md says what that costs).
    auto lookup = m_connection.prepare(
        "SELECT (SELECT role FROM device WHERE ord = ?1) = 'coordinator', "
        "EXISTS(SELECT 1 FROM record_creator WHERE tbl = ?2 AND row_id = ?3 AND origin = ?1), "
        "EXISTS(SELECT 1 FROM held_purge h JOIN device d ON d.ord = h.origin "
        "       WHERE h.tbl = ?2 AND h.row_id = ?3 AND h.origin <> ?1 AND d.role = 'coordinator'), "
        "EXISTS(SELECT 1 FROM held_purge WHERE tbl = ?2 AND row_id = ?3 AND origin <> ?1)");
    if (!lookup) return lookup.error();
    lookup->bind(1, static_cast<qint64>(origin)).bind(2, static_cast<qint64>(purge.table)).bind(3, purge.rowId);
    auto row = lookup->step();
    if (!row) return row.error();
    if (!*row) return PurgeDecision::HoldNotTheirs;
    const bool coordinator = lookup->columnInt64(0) != 0;
    const bool creator = lookup->columnInt64(1) != 0;
    const bool heldByAnotherCoordinator = lookup->columnInt64(2) != 0;
    const bool heldByAnother = lookup->columnInt64(3) != 0;
    const bool allowed = coordinator || creator;
    if (allowed && withinQuota) return PurgeDecision::Apply;
    // A second person agrees: a coordinator other than the purger asked for the same purge, or the purger is a
    // coordinator confirming another device's held purge.
    if (heldByAnotherCoordinator || (coordinator && heldByAnother)) return PurgeDecision::Apply;
    return allowed ? PurgeDecision::HoldMany : PurgeDecision::HoldNotTheirs;
}

Result<void> Mutator::purgeHere(const model::TableDef& table, const QByteArray& rowId, qint64 hlc) {
    auto exists = m_connection.prepare((QByteArray("SELECT 1 FROM ") + table.name + " WHERE id = ?").constData());
    if (!exists) return exists.error();
    exists->bind(1, rowId);
    auto row = exists->step();
    if (!row) return row.error();
    if (*row) return purgeOne(table, rowId, false);
    auto tombstone = m_connection.prepare("INSERT OR REPLACE INTO purged(tbl, row_id, hlc) VALUES (?, ?, ?)");
    if (!tombstone) return tombstone.error();
    FC_TRY(tombstone->bind(1, static_cast<qint64>(table.id)).bind(2, rowId).bind(3, hlc).run());
    FC_TRY(redactHistory(table, rowId));
    // A record never seen whole here may still have records of its own here (an encounter whose case arrived only
    // redacted): they go with it.
    return purgeDependents(table, rowId, false);
}

Result<void> Mutator::erase(const model::TableDef& table, const QByteArray& rowId) {
    auto purged = isPurged(static_cast<int>(table.id), rowId);
    if (!purged) return purged.error();
    if (*purged) return {};
    m_actor = kSelfDevice;
    m_actorName.clear();
    return purgeHere(table, rowId, m_stamp);
}

Result<std::vector<bool>> Mutator::purgesDueByRules(int origin, const std::vector<std::optional<Op>>& ops) {
    std::vector<bool> due(ops.size(), false);
    if (!m_retention.any()) return due;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    for (std::size_t i = 0; i < ops.size(); ++i) {
        if (!ops[i] || ops[i]->kind != Op::Purge) continue;
        auto calls = retentionCallsFor(m_connection, m_retention, today, ops[i]->table, ops[i]->rowId, origin);
        if (!calls) return calls.error();
        due[i] = *calls;
    }
    return due;
}

Result<int> Mutator::purgeQuotaLeft(int origin, const StoredChangeset& changeset, int purges) {
    if (purges == 0) return kPurgeQuotaRecords;
    const qint64 wallMs = HybridClock::wallMs(changeset.hlc);
    auto used = m_connection.prepare(
        "SELECT coalesce(sum(records), 0) FROM purge_tally WHERE origin = ? AND seq < ? AND wall_ms > ?");
    if (!used) return used.error();
    used->bind(1, static_cast<qint64>(origin)).bind(2, changeset.seq).bind(3, wallMs - kPurgeQuotaWindowMs);
    auto row = used->step();
    if (!row) return row.error();
    const qint64 left = std::max<qint64>(0, kPurgeQuotaRecords - (*row ? used->columnInt64(0) : 0));
    auto note =
        m_connection.prepare("INSERT OR REPLACE INTO purge_tally(origin, seq, wall_ms, records) VALUES (?, ?, ?, ?)");
    if (!note) return note.error();
    FC_TRY(note->bind(1, static_cast<qint64>(origin))
               .bind(2, changeset.seq)
               .bind(3, wallMs)
               .bind(4, static_cast<qint64>(purges))
               .run());
    return static_cast<int>(left);
}

Result<bool> Mutator::applySetField(const model::TableDef& table, int origin, qint64 seq, qint64 hlc, const Op& op) {
    auto purged = isPurged(op.table, op.rowId);
    if (!purged) return purged.error();
    if (*purged) return false;  // purge always wins, whatever arrives later
    FC_TRY(mergeField(table, op.rowId, origin, seq, hlc, op));
    auto index = m_connection.prepare("INSERT OR IGNORE INTO op_index(tbl, row_id, origin, seq) VALUES (?, ?, ?, ?)");
    if (!index) return index.error();
    FC_TRY(index->bind(1, static_cast<qint64>(table.id))
               .bind(2, op.rowId)
               .bind(3, static_cast<qint64>(origin))
               .bind(4, seq)
               .run());
    return true;
}

Result<void> Mutator::purgeOrphans(std::vector<std::pair<const model::TableDef*, QByteArray>> rows) {
    // A record that belongs to a purged record (an encounter added elsewhere to a case purged here) goes too.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const auto& [recordTable, recordId] : rows) {
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
    return {};
}

Result<bool> Mutator::fillUnconfirmedBlanks(int origin, const StoredChangeset& changeset) {
    auto pending = m_connection.prepare("SELECT entry FROM unconfirmed_blank WHERE origin = ? AND seq = ?");
    if (!pending) return pending.error();
    pending->bind(1, static_cast<qint64>(origin)).bind(2, changeset.seq);
    std::vector<std::size_t> indexes;
    for (;;) {
        auto row = pending->step();
        if (!row) return row.error();
        if (!*row) break;
        indexes.push_back(static_cast<std::size_t>(pending->columnInt64(0)));
    }
    if (indexes.empty()) return false;
    // Only the very change held: its signed hash covers every entry's hash, so a copy that hashes to it is the
    // same change, and each whole entry in it is checked against its hash when opened.
    auto incoming = decodeBody(changeset.body);
    if (!incoming) return false;
    const ChangesetHeader header{changeset.origin, changeset.seq, changeset.hlc, changeset.prevHash};
    if (crypto::hash(signedMessage(header, incoming->format, incoming->entries)) != changeset.hash) return false;
    auto load = m_connection.prepare(
        "SELECT body, d.name FROM changeset JOIN device d ON d.ord = origin "
        "WHERE origin = ? AND seq = ?");
    if (!load) return load.error();
    load->bind(1, static_cast<qint64>(origin)).bind(2, changeset.seq);
    auto loaded = load->step();
    if (!loaded) return loaded.error();
    if (!*loaded) return false;
    auto held = decodeBody(load->columnBlob(0));
    if (!held) return held.error();
    const QString originName = load->columnText(1);
    load->reset();

    bool filled = false;
    std::vector<std::pair<const model::TableDef*, QByteArray>> changedRows;
    m_actor = origin;
    m_actorName = originName;
    auto result = [&]() -> Result<void> {
        for (const std::size_t index : indexes) {
            if (index >= incoming->entries.size() || index >= held->entries.size()) continue;
            const OpEntry& whole = incoming->entries[index];
            if (whole.redacted) continue;
            auto op = openOp(whole, incoming->format);
            if (!op) continue;  // altered on the way: wait for another copy
            held->entries[index] = whole;
            filled = true;
            auto forget =
                m_connection.prepare("DELETE FROM unconfirmed_blank WHERE origin = ? AND seq = ? AND entry = ?");
            if (!forget) return forget.error();
            FC_TRY(forget->bind(1, static_cast<qint64>(origin))
                       .bind(2, changeset.seq)
                       .bind(3, static_cast<qint64>(index))
                       .run());
            const model::TableDef* table = model::Schema::tableByNumber(op->table);
            if (table == nullptr || op->kind != Op::SetField) continue;
            auto set = applySetField(*table, origin, changeset.seq, changeset.hlc, *op);
            if (!set) return set.error();
            if (*set) changedRows.emplace_back(table, op->rowId);
        }
        if (!filled) return {};
        FC_TRY(purgeOrphans(changedRows));
        // What the fill brought that a purge here has since removed stays removed.
        for (OpEntry& entry : held->entries) {
            if (entry.redacted) continue;
            auto op = openOp(entry, held->format);
            if (!op) return op.error();
            if (!purgeRemovesContent(*op)) continue;
            auto purged = isPurged(op->table, op->rowId);
            if (!purged) return purged.error();
            if (*purged) redact(entry, held->format);
        }
        auto save = m_connection.prepare("UPDATE changeset SET body = ? WHERE origin = ? AND seq = ?");
        if (!save) return save.error();
        return save->bind(1, encodeBody(held->format, held->entries))
            .bind(2, static_cast<qint64>(origin))
            .bind(3, changeset.seq)
            .run();
    }();
    m_actor = 1;
    m_actorName.clear();
    if (!result) return result.error();
    return filled;
}

Result<ApplyOutcome> Mutator::applyRemote(const StoredChangeset& changeset, SignatureCheck* signatures,
                                          std::size_t indexInBatch) {
    if (!m_transaction) {
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: no change in progress."));
    }
    auto standing = memberStanding(changeset.origin);
    if (!standing) return standing.error();
    const Standing& device = *standing;
    const int origin = device.ord;
    if (device.removed && changeset.seq > device.cutoffSeq) {
        FC_TRY(noteRefused(origin, changeset.seq));
        return ApplyOutcome::Refused;
    }

    auto existing = m_connection.prepare("SELECT hash FROM changeset WHERE origin = ? AND seq = ?");
    if (!existing) return existing.error();
    existing->bind(1, static_cast<qint64>(origin)).bind(2, changeset.seq);
    auto have = existing->step();
    if (!have) return have.error();
    if (*have && existing->columnBlob(0) == changeset.hash) {
        auto filled = fillUnconfirmedBlanks(origin, changeset);
        if (!filled) return filled.error();
        return *filled ? ApplyOutcome::Applied : ApplyOutcome::AlreadyHave;
    }

    QByteArray expectedPrevious(crypto::kHashSize, '\0');
    if (!*have && origin != kSelfDevice) {
        auto last = m_connection.prepare("SELECT seq, hash FROM changeset WHERE origin = ? ORDER BY seq DESC LIMIT 1");
        if (!last) return last.error();
        last->bind(1, static_cast<qint64>(origin));
        auto lastRow = last->step();
        if (!lastRow) return lastRow.error();
        const qint64 lastSeq = *lastRow ? last->columnInt64(0) : 0;
        if (changeset.seq != lastSeq + 1) return ApplyOutcome::NotReady;
        if (*lastRow) expectedPrevious = last->columnBlob(1);
    }

    auto body = decodeBody(changeset.body);
    if (!body) return body.error();
    const std::uint8_t format = body->format;
    std::vector<OpEntry>& entries = body->entries;
    if (!(signatures != nullptr ? signatures->verified(indexInBatch, device.signPublicKey)
                                : changesetSigned(changeset, *body, device.signPublicKey))) {
        return rejected(QT_TRANSLATE_NOOP("Sync", "A change's signature does not match its device."));
    }
    // Signed by its device, yet not the change held under its number (or under this device's own name, made
    // elsewhere): the device's key made two histories — a forgery with a stolen key, or a laptop restored from an
    // old backup. Neither version is chosen by arrival: the first held stays, the other is set aside and the device
    // named; its removal cuts off before the fork, which brings every laptop back to one history.
    if (*have || origin == kSelfDevice) {
        FC_TRY(noteFork(origin, changeset.seq));
        return ApplyOutcome::Forked;
    }
    if (changeset.prevHash != expectedPrevious) {
        if (changeset.seq == 1)
            return rejected(QT_TRANSLATE_NOOP("Sync", "A change does not follow on from the one before it."));
        FC_TRY(noteFork(origin, changeset.seq - 1));  // it follows another version of the previous change
        return ApplyOutcome::Forked;
    }

    // The ops, opened once. A redacted entry (its content removed by a purge of its record) names its record: the
    // purge is held here, or it is unconfirmed — kept, and the whole change asked for again (see
    // fillUnconfirmedBlanks), because a relaying laptop could blank an honest edit. Entries of format 1 name nothing
    // and are taken as before.
    std::vector<std::optional<Op>> ops;
    std::vector<std::pair<std::size_t, OpTarget>> unconfirmed;
    ops.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const OpEntry& entry = entries[i];
        ops.emplace_back();
        if (entry.redacted) {
            auto target = redactedTarget(entry, format);
            if (!target) return target.error();
            if (!*target) continue;
            if ((*target)->kind != Op::SetField)  // a purge or a creation holds no content: it travels whole
                return rejected(QT_TRANSLATE_NOOP("Sync", "A purge or a creation arrived with its content removed."));
            if (model::Schema::tableByNumber((*target)->table) == nullptr) continue;  // unknown here: never used
            auto purged = isPurged((*target)->table, (*target)->rowId);
            if (!purged) return purged.error();
            if (!*purged) unconfirmed.emplace_back(i, std::move(**target));
            continue;
        }
        auto op = openOp(entry, format);
        if (!op) return op.error();
        ops.back() = std::move(*op);
    }
    // An op's context says which changes its writer had seen, and so which versions it overwrites. It is honoured
    // only once those changes are held here: a context naming changes nobody has (a hostile laptop claiming to have
    // seen change 2^63 of everyone) would otherwise make every later edit of the field look already merged.
    auto held = contextsHeld(ops);
    if (!held) return held.error();
    if (!*held) return ApplyOutcome::NotReady;
    m_hlc.observe(changeset.hlc);  // a stamp more than a day ahead is not adopted (the clock warning is the sync's)

    m_actor = origin;
    m_actorName = device.name;
    auto applied = [&]() -> Result<void> {
        std::vector<std::pair<const model::TableDef*, QByteArray>> changedRows;  // by this changeset
        auto dueByRules = purgesDueByRules(origin, ops);
        if (!dueByRules) return dueByRules.error();
        // The quota counts the purges the rules do not call for, of records still here.
        int purges = 0;
        for (std::size_t i = 0; i < ops.size(); ++i) {
            if (!ops[i] || ops[i]->kind != Op::Purge || (*dueByRules)[i]) continue;
            auto purged = isPurged(ops[i]->table, ops[i]->rowId);
            if (!purged) return purged.error();
            if (!*purged) ++purges;
        }
        auto quota = purgeQuotaLeft(origin, changeset, purges);
        if (!quota) return quota.error();
        int purgeIndex = 0;
        for (std::size_t i = 0; i < ops.size(); ++i) {
            const auto& op = ops[i];
            if (!op) continue;  // redacted: its record was purged
            const model::TableDef* table = model::Schema::tableByNumber(op->table);
            if (table == nullptr) continue;  // a kind of record this version does not know
            if (op->kind == Op::Create) {
                // Only the device whose id the record's id commits to made it; another's claim is ignored.
                if (op->value.typeId() != QMetaType::QByteArray ||
                    recordIdFor(changeset.origin, op->value.toByteArray()) != op->rowId)
                    continue;
                auto purged = isPurged(op->table, op->rowId);
                if (!purged) return purged.error();
                if (!*purged) FC_TRY(noteCreator(op->table, op->rowId, origin));
                continue;
            }
            if (op->kind == Op::Purge) {
                auto purgedBefore = isPurged(op->table, op->rowId);
                if (!purgedBefore) return purgedBefore.error();
                Result<PurgeDecision> decision = PurgeDecision::Apply;
                if ((*dueByRules)[i]) {
                    if (!*purgedBefore) m_purgedByRules.emplace_back(op->table, op->rowId);
                } else {
                    decision = decidePurge(origin, *op, *purgedBefore || purgeIndex++ < *quota);
                }
                if (!decision) return decision.error();
                if (*decision != PurgeDecision::Apply) {
                    const bool many = *decision == PurgeDecision::HoldMany;
                    auto hold = m_connection.prepare(
                        "INSERT OR IGNORE INTO held_purge(origin, seq, tbl, row_id, many) VALUES (?, ?, ?, ?, ?)");
                    if (!hold) return hold.error();
                    FC_TRY(hold->bind(1, static_cast<qint64>(origin))
                               .bind(2, changeset.seq)
                               .bind(3, static_cast<qint64>(op->table))
                               .bind(4, op->rowId)
                               .bind(5, many ? 1 : 0)
                               .run());
                    m_heldPurges.push_back({origin, changeset.seq, op->table, op->rowId, many});
                    continue;
                }
                FC_TRY(purgeHere(*table, op->rowId, changeset.hlc));
                continue;
            }
            auto set = applySetField(*table, origin, changeset.seq, changeset.hlc, *op);
            if (!set) return set.error();
            if (*set) changedRows.emplace_back(table, op->rowId);
        }
        FC_TRY(purgeOrphans(changedRows));
        // Kept for relaying, minus the content of anything purged here: purged content stays gone.
        bool redacted = false;
        for (std::size_t i = 0; i < ops.size(); ++i) {
            const auto& op = ops[i];
            if (!op || !purgeRemovesContent(*op)) continue;  // a purge itself holds no content and must travel on
            auto purged = isPurged(op->table, op->rowId);
            if (!purged) return purged.error();
            if (*purged) {
                redact(entries[i], format);
                redacted = true;
            }
        }
        for (const auto& [index, target] : unconfirmed) {
            auto purged = isPurged(target.table, target.rowId);  // this very changeset may have purged it
            if (!purged) return purged.error();
            if (*purged) continue;
            auto note = m_connection.prepare(
                "INSERT OR IGNORE INTO unconfirmed_blank(origin, seq, entry, tbl, row_id) VALUES (?, ?, ?, ?, ?)");
            if (!note) return note.error();
            FC_TRY(note->bind(1, static_cast<qint64>(origin))
                       .bind(2, changeset.seq)
                       .bind(3, static_cast<qint64>(index))
                       .bind(4, static_cast<qint64>(target.table))
                       .bind(5, target.rowId)
                       .run());
            m_unconfirmedBlanks.push_back({origin, changeset.seq, static_cast<qint64>(index)});
        }
        auto store = m_connection.prepare(
            "INSERT INTO changeset(origin, seq, hlc, prev_hash, body, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!store) return store.error();
        return store->bind(1, static_cast<qint64>(origin))
            .bind(2, changeset.seq)
            .bind(3, changeset.hlc)
            .bind(4, changeset.prevHash)
            .bind(5, redacted ? encodeBody(format, entries) : changeset.body)
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

Result<void> Mutator::noteFork(int device, qint64 seq) {
    auto note = m_connection.prepare("UPDATE device SET forked_seq = min(coalesce(forked_seq, ?1), ?1) WHERE ord = ?2");
    if (!note) return note.error();
    return note->bind(1, seq).bind(2, static_cast<qint64>(device)).run();
}

Result<ApplySummary> Mutator::Batch::applyRemoteAll(std::vector<StoredChangeset> changesets,
                                                    std::vector<StoredChangeset>* waiting) {
    return m_mutator.applyRemoteAll(std::move(changesets), waiting);
}

Result<ApplySummary> Mutator::applyRemoteAll(std::vector<StoredChangeset> changesets,
                                             std::vector<StoredChangeset>* waiting) {
    // Each device's changes in order, one queue per device. A change whose predecessor, or a change its ops'
    // contexts name, comes later in the batch waits; the queues are tried again while any moves, so the cost of
    // waiting is one check per device and round, not per change.
    std::stable_sort(changesets.begin(), changesets.end(), [](const auto& a, const auto& b) {
        return a.origin != b.origin ? a.origin < b.origin : a.seq < b.seq;
    });
    struct Queue {
        std::size_t next;
        std::size_t end;
    };
    std::vector<Queue> queues;
    for (std::size_t i = 0; i < changesets.size(); ++i) {
        if (i == 0 || changesets[i].origin != changesets[i - 1].origin) queues.push_back({i, i});
        queues.back().end = i + 1;
    }
    m_standings.emplace();
    const auto forgetStandings = qScopeGuard([this] { m_standings.reset(); });
    auto keys = signingKeys(changesets);
    if (!keys) return keys.error();
    SignatureCheck signatures(changesets, std::move(*keys));
    ApplySummary summary;
    m_unconfirmedBlanks.clear();
    m_heldPurges.clear();
    m_purgedByRules.clear();
    for (bool moved = true; moved;) {
        moved = false;
        for (Queue& queue : queues) {
            for (; queue.next < queue.end; ++queue.next) {
                const StoredChangeset& changeset = changesets[queue.next];
                auto outcome = applyRemote(changeset, &signatures, queue.next);
                if (!outcome) return outcome.error();
                if (*outcome == ApplyOutcome::NotReady) break;
                moved = true;
                if (*outcome == ApplyOutcome::Applied) {
                    ++summary.applied;
                    qint64& newest = summary.newestApplied[changeset.origin];
                    newest = std::max(newest, changeset.hlc);
                } else if (*outcome == ApplyOutcome::Forked) {
                    auto [it, added] = summary.forked.emplace(changeset.origin, changeset.seq);
                    if (!added) it->second = std::min(it->second, changeset.seq);
                }
                if (*outcome == ApplyOutcome::Applied || *outcome == ApplyOutcome::Forked) {
                    // Stored or set aside, its bytes are not needed again; its signature was checked, so the second
                    // thread is past it. A large bundle is not held whole until its end.
                    changesets[queue.next].body = QByteArray();
                }
                if (m_touched.size() >= kTouchedHeldAtMost) FC_TRY(flushTouched());
            }
        }
    }
    for (const Queue& queue : queues) {
        summary.waiting += static_cast<int>(queue.end - queue.next);
        if (waiting != nullptr) {
            std::move(changesets.begin() + static_cast<std::ptrdiff_t>(queue.next),
                      changesets.begin() + static_cast<std::ptrdiff_t>(queue.end), std::back_inserter(*waiting));
        }
    }
    // A redacted op whose purge came later in the batch (a record made and purged on one laptop) was confirmed by it.
    auto stillUnconfirmed = m_connection.prepare(
        "SELECT EXISTS(SELECT 1 FROM unconfirmed_blank WHERE origin = ? AND seq = ? AND entry = ?)");
    if (!stillUnconfirmed) return stillUnconfirmed.error();
    for (const UnconfirmedBlank& blank : m_unconfirmedBlanks) {
        stillUnconfirmed->reset();
        stillUnconfirmed->bind(1, static_cast<qint64>(blank.origin)).bind(2, blank.seq).bind(3, blank.entry);
        auto row = stillUnconfirmed->step();
        if (!row) return row.error();
        if (stillUnconfirmed->columnInt64(0) != 0) ++summary.unconfirmedBlanks;
    }
    // A purge held here that an allowed purge of the same record (a coordinator's) later in the batch made moot.
    for (const HeldPurge& held : m_heldPurges) {
        auto purged = isPurged(held.table, held.rowId);
        if (!purged) return purged.error();
        if (!*purged) ++(held.many ? summary.heldMassPurges : summary.heldPurges)[held.origin];
    }
    summary.purgedByRules = std::move(m_purgedByRules);
    m_purgedByRules.clear();
    return summary;
}

Result<std::map<QByteArray, QByteArray>> Mutator::signingKeys(const std::vector<StoredChangeset>& changesets) {
    std::map<QByteArray, QByteArray> keys;
    for (const StoredChangeset& changeset : changesets) {
        if (keys.contains(changeset.origin)) continue;
        auto standing = standingOf(changeset.origin);
        if (!standing) return standing.error();
        if (*standing) keys.emplace(changeset.origin, (*standing)->signPublicKey);
    }
    return keys;
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
         {"DELETE FROM changeset WHERE origin = ? AND seq > ?", "DELETE FROM op_index WHERE origin = ? AND seq > ?",
          "DELETE FROM unconfirmed_blank WHERE origin = ? AND seq > ?",
          "DELETE FROM held_purge WHERE origin = ? AND seq > ?",
          "DELETE FROM purge_tally WHERE origin = ? AND seq > ?"}) {
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
        auto body = decodeBody(sources->columnBlob(3));
        if (!body) return body.error();
        m_actor = origin;
        for (const auto& entry : body->entries) {
            if (entry.redacted) continue;
            auto op = openOp(entry, body->format);
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
