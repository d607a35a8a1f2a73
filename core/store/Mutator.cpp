#include "core/store/Mutator.h"

#include "core/base/Clock.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Random.h"
#include "core/crypto/Signer.h"
#include "core/db/Statement.h"
#include "core/store/AuditLog.h"
#include "core/store/RowClock.h"
#include "core/store/SqlValues.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QStringList>
#include <algorithm>
#include <cstring>

namespace fieldcase::store {

namespace {

constexpr int kIdSize = 16;

Error notFound(const model::TableDef& table) {
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("Store", "There is no such %1.")
                                              .arg(QCoreApplication::translate("Fields", table.label).toLower()));
}

QString actionFor(const FieldValues& values) {
    if (values.size() == 1 && values.front().first->id == model::kArchivedFieldId) {
        return values.front().second.toLongLong() != 0 ? QStringLiteral("archive") : QStringLiteral("restore");
    }
    return QStringLiteral("edit");
}

}  // namespace

Mutator::Mutator(db::Connection& connection, const Clock& clock, LocalIdentity identity)
    : m_connection(connection), m_hlc(clock, 0), m_clock(clock), m_identity(std::move(identity)) {}

Mutator::~Mutator() {
    rollback();
}

Mutator::Batch::~Batch() {
    if (m_open) m_mutator.rollback();
}

Result<QByteArray> Mutator::Batch::insert(const model::TableDef& table, const FieldValues& values) {
    auto rowId = m_mutator.insert(table, values);
    if (!rowId) return rowId;
    FC_TRY(m_mutator.keepBounded());
    return rowId;
}
Result<void> Mutator::Batch::update(const model::TableDef& table, const QByteArray& rowId, const FieldValues& values) {
    FC_TRY(m_mutator.update(table, rowId, values));
    return m_mutator.keepBounded();
}
Result<void> Mutator::Batch::purge(const model::TableDef& table, const QByteArray& rowId) {
    FC_TRY(m_mutator.purge(table, rowId));
    return m_mutator.keepBounded();
}
Result<void> Mutator::Batch::erase(const model::TableDef& table, const QByteArray& rowId) {
    return m_mutator.erase(table, rowId);
}
Result<void> Mutator::Batch::confirmPurge(const model::TableDef& table, const QByteArray& rowId) {
    FC_TRY(m_mutator.confirmPurge(table, rowId));
    return m_mutator.keepBounded();
}
Result<ApplyOutcome> Mutator::Batch::applyRemote(const StoredChangeset& changeset) {
    return m_mutator.applyRemote(changeset);
}

Result<void> Mutator::Batch::putContentChunk(const QByteArray& attachmentId, int index, const QByteArray& data) {
    auto insert =
        m_mutator.m_connection.prepare("INSERT INTO attachment_chunks(attachment_id, idx, data) VALUES (?, ?, ?)");
    if (!insert) return insert.error();
    return insert->bind(1, attachmentId).bind(2, static_cast<qint64>(index)).bind(3, data).run();
}

Result<void> Mutator::Batch::commit() {
    m_open = false;
    return m_mutator.commit();
}

Result<qint64> Mutator::loadLastSeq() {
    auto last = m_connection.prepare("SELECT max(seq) FROM changeset WHERE origin = 1");
    if (!last) return last.error();
    auto row = last->step();
    if (!row) return row.error();
    return last->columnInt64(0);
}

Result<std::unique_ptr<Mutator::Batch>> Mutator::begin() {
    if (m_transaction) {
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: a change is already in progress."));
    }
    m_writeScope.emplace(m_connection);
    auto transaction = db::Transaction::begin(m_connection);
    if (!transaction) {
        m_writeScope.reset();
        return transaction.error();
    }
    m_transaction.emplace(std::move(*transaction));
    auto lastSeq = loadLastSeq();
    if (!lastSeq) {
        rollback();
        return lastSeq.error();
    }
    auto stamp = m_connection.queryText("SELECT value FROM meta WHERE key = 'hlc'");
    if (!stamp) {
        rollback();
        return stamp.error();
    }
    m_hlc.observe(stamp->toLongLong());
    m_seq = *lastSeq + 1;
    m_stamp = m_hlc.tick();
    return std::unique_ptr<Batch>(new Batch(*this));
}

void Mutator::rollback() {
    m_entries.clear();
    m_ops.clear();
    m_entriesBytes = 0;
    m_confirmedPurges = 0;
    m_touched.clear();
    m_touchedIndex.clear();
    m_purged = false;
    m_changedTables = 0;
    m_transaction.reset();  // rolls back
    m_writeScope.reset();
}

Mutator::Touched& Mutator::touch(const model::TableDef& table, const QByteArray& rowId, const QString& action,
                                 const QStringList& fields) {
    m_changedTables |= 1U << static_cast<int>(table.id);
    const int device = m_actor;
    // Found by key, not by scanning: an import touches thousands of records in one batch.
    const QString key = QString::number(static_cast<int>(table.id)) + QLatin1Char('/') +
                        QString::fromLatin1(rowId.toHex()) + QLatin1Char('/') + action + QLatin1Char('/') +
                        QString::number(device);
    const auto found = m_touchedIndex.constFind(key);
    if (found != m_touchedIndex.cend()) {
        Touched& touched = m_touched[*found];
        for (const QString& field : fields) {
            if (!touched.fields.contains(field)) touched.fields << field;
        }
        return touched;
    }
    const QString worker = device == kSelfDevice ? m_identity.worker : m_actorName;
    m_touchedIndex.insert(key, m_touched.size());
    m_touched.push_back({&table, rowId, action, fields, device, worker, false, key});
    return m_touched.back();
}

void Mutator::untouchFrom(qsizetype first) {
    while (m_touched.size() > first) {
        m_touchedIndex.remove(m_touched.last().key);
        m_touched.removeLast();
    }
}

void Mutator::appendOp(Op op) {
    OpEntry entry = sealOp(op);
    m_entriesBytes += entry.hash.size() + entry.content.size();
    m_entries.push_back(std::move(entry));
    m_ops.push_back(std::move(op));
}

Result<void> Mutator::keepBounded() {
    if (m_entriesBytes >= kChangesetCutBytes) {
        FC_TRY(writeChangeset());
        ++m_seq;
        m_stamp = m_hlc.tick();
    }
    if (m_touched.size() >= kTouchedHeldAtMost) FC_TRY(flushTouched());
    return {};
}

Result<void> Mutator::checkReferences(const FieldValues& values) {
    for (const auto& [field, value] : values) {
        if (field->type != model::FieldType::Reference || value.isNull()) continue;
        const model::TableDef& target = model::Schema::table(*field->references);
        auto exists = m_connection.prepare((QByteArray("SELECT 1 FROM ") + target.name + " WHERE id = ?").constData());
        if (!exists) return exists.error();
        exists->bind(1, value.toByteArray());
        auto row = exists->step();
        if (!row) return row.error();
        if (!*row) return notFound(target);
    }
    return {};
}

Result<QString> Mutator::nextCaseReference() {
    auto prefix = m_connection.queryText("SELECT reference_prefix FROM device WHERE ord = 1");
    if (!prefix) return prefix.error();
    const QString year = QString::number(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().year());
    auto counter = m_connection.queryText("SELECT value FROM meta WHERE key = 'case_counter'");
    if (!counter) return counter.error();
    const qint64 next = counter->toLongLong() + 1;
    auto save = m_connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('case_counter', ?)");
    if (!save) return save.error();
    FC_TRY(save->bind(1, QByteArray::number(next)).run());
    // Unique across the team without coordination: each device has its own prefix.
    return QStringLiteral("%1-%2-%3").arg(*prefix, year).arg(next, 4, 10, QLatin1Char('0'));
}

Result<void> Mutator::indexOp(const model::TableDef& table, const QByteArray& rowId) {
    auto index = m_connection.prepare("INSERT OR IGNORE INTO op_index(tbl, row_id, origin, seq) VALUES (?, ?, 1, ?)");
    if (!index) return index.error();
    return index->bind(1, static_cast<qint64>(table.id)).bind(2, rowId).bind(3, m_seq).run();
}

Result<Context> Mutator::contextOf(const std::map<int, qint64>& context) {
    Context result;
    for (const auto& [origin, seq] : context) {
        if (!m_deviceIds.contains(origin)) {
            auto lookup = m_connection.prepare("SELECT device_id FROM device WHERE ord = ?");
            if (!lookup) return lookup.error();
            lookup->bind(1, static_cast<qint64>(origin));
            auto row = lookup->step();
            if (!row) return row.error();
            if (!*row)
                return makeError(ErrorCode::Damaged,
                                 QCoreApplication::translate("Store", "A record refers to an unknown device."));
            m_deviceIds.insert(origin, lookup->columnBlob(0));
        }
        result.emplace_back(m_deviceIds.value(origin), seq);
    }
    return result;
}

Result<QByteArray> Mutator::insert(const model::TableDef& table, const FieldValues& given) {
    if (!m_transaction)
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: no change in progress."));
    FC_TRY(checkReferences(given));
    FieldValues values = given;
    // A case gets the next reference of this laptop, unless it keeps one it had (adoptChangesAfter); the records
    // layer never passes a generated field.
    if (table.id == model::TableId::Case && std::none_of(values.begin(), values.end(), [](const auto& entry) {
            return std::strcmp(entry.first->name, "reference") == 0;
        })) {
        auto reference = nextCaseReference();
        if (!reference) return reference.error();
        values.emplace_back(model::Schema::field(table, QStringLiteral("reference")), *reference);
    }
    const QByteArray nonce = crypto::randomBytes(kIdSize);
    const QByteArray rowId = recordIdFor(m_identity.deviceId, nonce);
    {
        Op create;
        create.kind = Op::Create;
        create.table = static_cast<int>(table.id);
        create.rowId = rowId;
        create.value = nonce;
        appendOp(std::move(create));
        FC_TRY(noteCreator(static_cast<int>(table.id), rowId, kSelfDevice));
    }
    RowClock clock;
    QByteArray columns = "id, clock, created_at, updated_at";
    QByteArray placeholders = "?, ?, ?, ?";
    QStringList fieldNames;
    for (const auto& [field, value] : values) {
        if (value.isNull()) continue;
        Op op;
        op.table = static_cast<int>(table.id);
        op.rowId = rowId;
        op.field = field->id;
        op.value = value;
        appendOp(std::move(op));
        clock.fields[field->id] = FieldClock{{FieldVersion{kSelfDevice, m_seq, m_stamp, {}}}, {{kSelfDevice, m_seq}}};
        columns += QByteArray(", ") + field->name;
        placeholders += ", ?";
        fieldNames << QLatin1String(field->name);
    }
    auto statement = m_connection.prepare(
        (QByteArray("INSERT INTO ") + table.name + "(" + columns + ") VALUES (" + placeholders + ")").constData());
    if (!statement) return statement.error();
    const qint64 now = m_clock.nowMs();
    statement->bind(1, rowId).bind(2, clock.encode()).bind(3, now).bind(4, now);
    int index = 5;
    for (const auto& [field, value] : values) {
        if (!value.isNull()) bindFieldValue(*statement, index++, value);
    }
    FC_TRY(statement->run());
    FC_TRY(indexOp(table, rowId));
    touch(table, rowId, QStringLiteral("create"), fieldNames);
    return rowId;
}

Result<void> Mutator::update(const model::TableDef& table, const QByteArray& rowId, const FieldValues& values) {
    if (!m_transaction)
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: no change in progress."));
    if (table.appendOnly) {
        return makeError(
            ErrorCode::Rejected,
            QCoreApplication::translate("Store", "A note cannot be changed once written; add a new one instead."));
    }
    FC_TRY(checkReferences(values));
    QByteArray columns = "clock";
    for (const auto& entry : values)
        columns += QByteArray(", ") + entry.first->name;
    auto current =
        m_connection.prepare((QByteArray("SELECT ") + columns + " FROM " + table.name + " WHERE id = ?").constData());
    if (!current) return current.error();
    current->bind(1, rowId);
    auto found = current->step();
    if (!found) return found.error();
    if (!*found) return notFound(table);
    auto clock = RowClock::decode(current->columnBlob(0));
    if (!clock) return clock.error();

    FieldValues changed;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto& [field, value] = values[i];
        const auto existing = clock->fields.find(field->id);
        const bool conflicted = existing != clock->fields.end() && existing->second.versions.size() > 1;
        // An unchanged value writes nothing, unless it settles a conflict.
        if (!conflicted && readFieldValue(*current, static_cast<int>(i) + 1, *field) == value) continue;
        FieldClock& fieldClock = clock->fields[field->id];
        auto context = contextOf(fieldClock.context);
        if (!context) return context.error();
        Op op;
        op.table = static_cast<int>(table.id);
        op.rowId = rowId;
        op.field = field->id;
        op.context = std::move(*context);
        op.value = value;
        appendOp(std::move(op));
        // This write has seen every version of the field: it replaces them all.
        fieldClock.versions = {FieldVersion{kSelfDevice, m_seq, m_stamp, {}}};
        fieldClock.context[kSelfDevice] = m_seq;
        changed.push_back(values[i]);
    }
    if (changed.empty()) return {};

    QByteArray assignments = "clock = ?, updated_at = ?";
    for (const auto& entry : changed)
        assignments += QByteArray(", ") + entry.first->name + " = ?";
    auto statement = m_connection.prepare(
        (QByteArray("UPDATE ") + table.name + " SET " + assignments + " WHERE id = ?").constData());
    if (!statement) return statement.error();
    statement->bind(1, clock->encode()).bind(2, m_clock.nowMs());
    int index = 3;
    QStringList fieldNames;
    for (const auto& [field, value] : changed) {
        bindFieldValue(*statement, index++, value);
        fieldNames << QLatin1String(field->name);
    }
    statement->bind(index, rowId);
    FC_TRY(statement->run());
    for (const auto& entry : changed)
        FC_TRY(updateConflict(table, rowId, entry.first->id, false, 0));
    FC_TRY(indexOp(table, rowId));
    touch(table, rowId, actionFor(changed), fieldNames);
    return {};
}

Result<void> Mutator::purge(const model::TableDef& table, const QByteArray& rowId) {
    if (!m_transaction)
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: no change in progress."));
    auto exists = m_connection.prepare((QByteArray("SELECT 1 FROM ") + table.name + " WHERE id = ?").constData());
    if (!exists) return exists.error();
    exists->bind(1, rowId);
    auto row = exists->step();
    if (!row) return row.error();
    if (!*row) return notFound(table);
    return purgeOne(table, rowId);
}

Result<QList<QByteArray>> ownedIds(db::Connection& connection, const model::TableDef& dependent,
                                   const model::FieldDef& ownerField, const QByteArray& ownerId) {
    auto children = connection.prepare(
        (QByteArray("SELECT id FROM ") + dependent.name + " WHERE " + ownerField.name + " = ?").constData());
    if (!children) return children.error();
    children->bind(1, ownerId);
    QList<QByteArray> ids;
    for (;;) {
        auto child = children->step();
        if (!child) return child.error();
        if (!*child) break;
        ids << children->columnBlob(0);
    }
    return ids;
}

Result<void> Mutator::purgeDependents(const model::TableDef& table, const QByteArray& rowId, bool emitOps) {
    for (const auto& [dependent, ownerField] : model::Schema::dependents(table.id)) {
        auto ids = ownedIds(m_connection, *dependent, *ownerField, rowId);
        if (!ids) return ids.error();
        for (const QByteArray& child : *ids)
            FC_TRY(purgeOne(*dependent, child, emitOps));
    }
    return {};
}

Result<void> Mutator::purgeOne(const model::TableDef& table, const QByteArray& rowId, bool emitOps) {
    // What belongs to the record goes first (encounters of a case, consents of a person...).
    FC_TRY(purgeDependents(table, rowId, emitOps));

    if (emitOps) {
        Op op;
        op.kind = Op::Purge;
        op.table = static_cast<int>(table.id);
        op.rowId = rowId;
        appendOp(std::move(op));
    }
    auto unconflict = m_connection.prepare("DELETE FROM conflict WHERE tbl = ? AND row_id = ?");
    if (!unconflict) return unconflict.error();
    FC_TRY(unconflict->bind(1, static_cast<qint64>(table.id)).bind(2, rowId).run());

    if (table.id == model::TableId::Attachment) {
        auto content = m_connection.prepare("DELETE FROM attachment_chunks WHERE attachment_id = ?");
        if (!content) return content.error();
        FC_TRY(content->bind(1, rowId).run());
    }
    auto remove = m_connection.prepare((QByteArray("DELETE FROM ") + table.name + " WHERE id = ?").constData());
    if (!remove) return remove.error();
    FC_TRY(remove->bind(1, rowId).run());
    auto tombstone = m_connection.prepare("INSERT OR REPLACE INTO purged(tbl, row_id, hlc) VALUES (?, ?, ?)");
    if (!tombstone) return tombstone.error();
    FC_TRY(tombstone->bind(1, static_cast<qint64>(table.id)).bind(2, rowId).bind(3, m_stamp).run());
    FC_TRY(redactHistory(table, rowId));
    if (m_observer) FC_TRY(m_observer->recordPurged(table, rowId));
    touch(table, rowId, QStringLiteral("purge"), {}).purged = true;
    m_purged = true;
    return {};
}

Result<void> Mutator::confirmPurge(const model::TableDef& table, const QByteArray& rowId) {
    auto purged = isPurged(static_cast<int>(table.id), rowId);
    if (!purged) return purged.error();
    if (!*purged)
        return makeError(ErrorCode::Failed, QCoreApplication::translate(
                                                "Store", "Internal error: a purge confirmed of a record still here."));
    Op op;
    op.kind = Op::Purge;
    op.table = static_cast<int>(table.id);
    op.rowId = rowId;
    appendOp(std::move(op));
    ++m_confirmedPurges;
    return {};
}

bool purgeRemovesContent(const Op& op) {
    if (op.kind != Op::SetField) return false;
    const model::TableDef* table = model::Schema::tableByNumber(op.table);
    const model::FieldDef* field = table == nullptr ? nullptr : model::Schema::fieldById(*table, op.field);
    return field == nullptr || !field->owner;
}

Result<void> Mutator::redactHistory(const model::TableDef& table, const QByteArray& rowId) {
    const int tableNumber = static_cast<int>(table.id);
    auto matches = [&](const Op& op) {
        return purgeRemovesContent(op) && op.table == tableNumber && op.rowId == rowId;
    };
    // Ops of this very batch.
    for (std::size_t i = 0; i < m_ops.size(); ++i) {
        if (matches(m_ops[i])) redact(m_entries[i], kChangesetFormat);
    }
    // Stored changesets, found through the op index.
    auto changesets = m_connection.prepare("SELECT origin, seq FROM op_index WHERE tbl = ? AND row_id = ?");
    if (!changesets) return changesets.error();
    changesets->bind(1, static_cast<qint64>(tableNumber)).bind(2, rowId);
    QList<std::pair<qint64, qint64>> dots;
    for (;;) {
        auto row = changesets->step();
        if (!row) return row.error();
        if (!*row) break;
        dots.append({changesets->columnInt64(0), changesets->columnInt64(1)});
    }
    for (const auto& [origin, seq] : dots) {
        auto load = m_connection.prepare("SELECT body FROM changeset WHERE origin = ? AND seq = ?");
        if (!load) return load.error();
        load->bind(1, origin).bind(2, seq);
        auto row = load->step();
        if (!row) return row.error();
        if (!*row) continue;  // not committed yet: this batch, handled above
        auto body = decodeBody(load->columnBlob(0));
        if (!body) return body.error();
        bool redacted = false;
        for (auto& entry : body->entries) {
            if (entry.redacted) continue;
            auto op = openOp(entry, body->format);
            if (op && matches(*op)) {
                redact(entry, body->format);
                redacted = true;
            }
        }
        if (!redacted) continue;
        auto save = m_connection.prepare("UPDATE changeset SET body = ? WHERE origin = ? AND seq = ?");
        if (!save) return save.error();
        FC_TRY(save->bind(1, encodeBody(body->format, body->entries)).bind(2, origin).bind(3, seq).run());
    }
    // The purge confirms every op of this record that arrived redacted (none of them is asked for again), and
    // settles every purge of it held here for a coordinator.
    for (const char* sql : {"DELETE FROM op_index WHERE tbl = ? AND row_id = ?",
                            "DELETE FROM unconfirmed_blank WHERE tbl = ? AND row_id = ?",
                            "DELETE FROM held_purge WHERE tbl = ? AND row_id = ?"}) {
        auto forget = m_connection.prepare(sql);
        if (!forget) return forget.error();
        FC_TRY(forget->bind(1, static_cast<qint64>(tableNumber)).bind(2, rowId).run());
    }
    return {};
}

Result<void> Mutator::flushTouched() {
    if (m_touched.isEmpty()) return {};
    // Remote stamps observed while applying move the clock too: persist it either way.
    auto stamp = m_connection.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('hlc', ?)");
    if (!stamp) return stamp.error();
    FC_TRY(stamp->bind(1, QByteArray::number(m_hlc.last())).run());
    AuditLog audit(m_connection);
    const qint64 now = m_clock.nowMs();
    for (const auto& touched : m_touched) {
        FC_TRY(audit.append(AuditEntry{0, now, touched.device, touched.worker, touched.action,
                                       static_cast<int>(touched.table->id), touched.rowId, touched.fields}));
        if (m_observer && !touched.purged)
            FC_TRY(m_observer->recordChanged(*touched.table, touched.rowId, touched.action == QLatin1String("create")));
    }
    m_touched.clear();
    m_touchedIndex.clear();
    return {};
}

Result<void> Mutator::writeChangeset() {
    if (m_entries.empty()) return {};
    auto previous = m_connection.prepare("SELECT hash FROM changeset WHERE origin = 1 AND seq = ?");
    if (!previous) return previous.error();
    previous->bind(1, m_seq - 1);
    auto row = previous->step();
    if (!row) return row.error();
    ChangesetHeader header{m_identity.deviceId, m_seq, m_stamp,
                           *row ? previous->columnBlob(0) : QByteArray(crypto::kHashSize, '\0')};
    const QByteArray message = signedMessage(header, kChangesetFormat, m_entries);
    auto insert = m_connection.prepare(
        "INSERT INTO changeset(origin, seq, hlc, prev_hash, body, hash, signature) VALUES (1, ?, ?, ?, ?, ?, ?)");
    if (!insert) return insert.error();
    auto inserted = insert->bind(1, m_seq)
                        .bind(2, m_stamp)
                        .bind(3, header.prevHash)
                        .bind(4, encodeBody(kChangesetFormat, m_entries))
                        .bind(5, crypto::hash(message))
                        .bind(6, crypto::sign(m_identity.signingKey, message))
                        .run();
    if (!inserted) return inserted.error();
    // This laptop's own purges count towards its weekly quota as the others count them (purgeQuotaLeft).
    const auto purges = std::count_if(m_ops.begin(), m_ops.end(), [](const Op& op) { return op.kind == Op::Purge; }) -
                        m_confirmedPurges;
    if (purges > 0) {
        auto tally = m_connection.prepare(
            "INSERT OR REPLACE INTO purge_tally(origin, seq, wall_ms, records) VALUES (1, ?, ?, ?)");
        if (!tally) return tally.error();
        auto counted =
            tally->bind(1, m_seq).bind(2, HybridClock::wallMs(m_stamp)).bind(3, static_cast<qint64>(purges)).run();
        if (!counted) return counted.error();
    }
    m_entries.clear();
    m_ops.clear();
    m_entriesBytes = 0;
    m_confirmedPurges = 0;
    return {};
}

Result<void> Mutator::commit() {
    if (!m_transaction)
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("Store", "Internal error: no change in progress."));
    auto failed = [this](const Error& error) -> Result<void> {
        rollback();
        return error;
    };
    if (auto written = writeChangeset(); !written) return failed(written.error());
    if (auto flushed = flushTouched(); !flushed) return failed(flushed.error());
    auto committed = m_transaction->commit();
    if (!committed) return failed(committed.error());
    const bool purged = m_purged;
    const quint32 changedTables = m_changedTables;
    rollback();  // clears the batch state; the transaction is already committed
    if (m_commitListener && changedTables != 0) {
        QStringList kinds;
        for (const model::TableDef& table : model::Schema::tables()) {
            if ((changedTables & (1U << static_cast<int>(table.id))) != 0) kinds << QLatin1String(table.singular);
        }
        m_commitListener(kinds);
    }
    if (purged) {
        if (m_observer) FC_TRY(m_observer->compactAfterPurge());
        // Old page images of the purged rows may still sit in the write-ahead log: fold it in and truncate it.
        FC_TRY(m_connection.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return {};
}

}  // namespace fieldcase::store
