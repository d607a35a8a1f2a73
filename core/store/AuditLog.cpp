#include "core/store/AuditLog.h"

#include "core/base/Bytes.h"
#include "core/crypto/Hash.h"
#include "core/db/Connection.h"
#include "core/db/Statement.h"

#include <QCoreApplication>

namespace fieldcase::store {

namespace {

QByteArray entryHash(const QByteArray& previous, const AuditEntry& entry) {
    ByteWriter out;
    out.raw(previous);
    out.u64(static_cast<quint64>(entry.seq));
    out.u64(static_cast<quint64>(entry.at));
    out.u32(static_cast<quint32>(entry.device));
    out.sized(entry.worker.toUtf8());
    out.sized(entry.action.toUtf8());
    out.u16(static_cast<quint16>(entry.table));
    out.sized(entry.rowId);
    out.sized(entry.fields.join(QLatin1Char(',')).toUtf8());
    return crypto::hash(out.bytes());
}

AuditEntry readEntry(const db::Statement& row) {
    AuditEntry entry;
    entry.seq = row.columnInt64(0);
    entry.at = row.columnInt64(1);
    entry.device = static_cast<int>(row.columnInt64(2));
    entry.worker = row.columnText(3);
    entry.action = row.columnText(4);
    entry.table = static_cast<int>(row.columnInt64(5));
    entry.rowId = row.columnBlob(6);
    const QString fields = row.columnText(7);
    entry.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
    return entry;
}

constexpr char kSelectColumns[] =
    "SELECT seq, at, device, worker, action, tbl, row_id, fields, prev_hash, hash FROM audit ";

}  // namespace

Result<void> AuditLog::append(const AuditEntry& given) {
    if (!m_headKnown) {
        auto last = m_connection.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (!last) return last.error();
        auto row = last->step();
        if (!row) return row.error();
        m_headSeq = *row ? last->columnInt64(0) : 0;
        m_headHash = *row ? last->columnBlob(1) : QByteArray(crypto::kHashSize, '\0');
        m_headKnown = true;
    }
    AuditEntry entry = given;
    entry.seq = m_headSeq + 1;
    const QByteArray previous = m_headHash;
    const QByteArray hash = entryHash(previous, entry);
    auto insert = m_connection.prepare(
        "INSERT INTO audit(seq, at, device, worker, action, tbl, row_id, fields, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return insert.error();
    insert->bind(1, entry.seq)
        .bind(2, entry.at)
        .bind(3, static_cast<qint64>(entry.device))
        .bind(4, entry.worker)
        .bind(5, entry.action)
        .bind(6, static_cast<qint64>(entry.table))
        .bind(7, entry.rowId)
        .bind(8, entry.fields.join(QLatin1Char(',')))
        .bind(9, previous)
        .bind(10, hash);
    FC_TRY(insert->run());
    m_headSeq = entry.seq;
    m_headHash = hash;
    return {};
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QList<QByteArray>& rowIds) {
    QList<AuditEntry> entries;
    auto select = m_connection.prepare((QByteArray(kSelectColumns) + "WHERE row_id = ? ORDER BY seq").constData());
    if (!select) return select.error();
    for (const QByteArray& rowId : rowIds) {
        select->reset();
        select->bind(1, rowId);
        for (;;) {
            auto row = select->step();
            if (!row) return row.error();
            if (!*row) break;
            entries << readEntry(*select);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
    return entries;
}

Result<qint64> AuditLog::verify() {
    auto select = m_connection.prepare((QByteArray(kSelectColumns) + "ORDER BY seq").constData());
    if (!select) return select.error();
    QByteArray previous(crypto::kHashSize, '\0');
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = select->step();
        if (!row) return row.error();
        if (!*row) break;
        const AuditEntry entry = readEntry(*select);
        if (entry.seq != expectedSeq || select->columnBlob(8) != previous ||
            select->columnBlob(9) != entryHash(previous, entry)) {
            return makeError(
                ErrorCode::Damaged,
                QCoreApplication::translate("Store", "The audit trail is broken at entry %1.").arg(expectedSeq));
        }
        previous = select->columnBlob(9);
        ++expectedSeq;
    }
    return expectedSeq - 1;
}

}  // namespace fieldcase::store
