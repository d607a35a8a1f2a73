#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::store {

// Who did what to which record, when — never the values. Append-only (triggers refuse UPDATE and DELETE) and
// hash-chained: each entry's hash covers the previous hash, so a removed, reordered or edited entry shows.
struct AuditEntry {
    qint64 seq = 0;
    qint64 at = 0;  // ms since the epoch
    int device = 0;
    QString worker;
    QString action;  // create, edit, archive, restore, purge
    int table = 0;
    QByteArray rowId;
    QStringList fields;
};

class AuditLog {
public:
    explicit AuditLog(db::Connection& connection) : m_connection(connection) {}

    // Appends inside the caller's transaction and write scope. The chain's head is read once per AuditLog, so
    // use one AuditLog for all the entries of a transaction.
    Result<void> append(const AuditEntry& entry);
    // Entries about the given records, oldest first.
    Result<QList<AuditEntry>> entriesFor(const QList<QByteArray>& rowIds);
    // Recomputes the chain; the error names the first entry that does not fit.
    Result<qint64> verify();

private:
    db::Connection& m_connection;
    bool m_headKnown = false;
    qint64 m_headSeq = 0;
    QByteArray m_headHash;
};

}  // namespace fieldcase::store
