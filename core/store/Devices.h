#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace fieldcase::db {
class Connection;
}

namespace fieldcase::store {

// A device as this vault knows it. Ord 1 is this laptop; the others came through the team's membership log or,
// before it reached here, through their changes.
struct DeviceRecord {
    int ord = 0;
    QByteArray deviceId;
    QString name;
    QString role;  // as the membership log names it ("coordinator", "field_worker")
    bool removed = false;
    std::optional<qint64> cutoffSeq;  // removed: its changes after this are refused
    QByteArray signPublicKey;
    QByteArray boxPublicKey;  // empty for a device known only from its changes
    qint64 lastHeardMs = 0;   // when a bundle of it was last read here; 0: never
    qint64 clockAheadMs = 0;  // how far ahead of this clock its latest bundle was dated
    QByteArray admittedBy;
    qint64 admittedAtMs = 0;
    QByteArray removedBy;
    qint64 removedAtMs = 0;
    qint64 refusedChanges = 0;        // removed: how many of its changes after the cut-off were refused here
    std::optional<qint64> forkedSeq;  // its lowest change met here in two signed versions
    bool forkedEvents = false;        // it signed two membership events under one number
    qint64 duressAtMs = 0;            // the latest duress it reported of itself (its clock); 0: none
};

// What the membership log decides about a device.
struct DeviceStanding {
    QByteArray signPublicKey;
    QString name;
    QByteArray boxPublicKey;
    qint64 boxKeyGeneration = 0;
    QString role;
    bool removed = false;
    qint64 cutoffSeq = 0;  // removed only
    QByteArray admittedBy;
    qint64 admittedAtMs = 0;
    QByteArray removedBy;  // removed only
    qint64 removedAtMs = 0;
    qint64 duressAtMs = 0;  // 0: it reported no duress
};

// The device table's one owner above the Mutator (which records, as changes arrive, a device first met through
// them and the numbers it refused or met twice). The team, the sync engine, the queries and the services read and
// write devices only here. Writing calls belong inside an open Mutator batch.
class Devices {
public:
    explicit Devices(db::Connection& connection) : m_connection(connection) {}

    Result<std::vector<DeviceRecord>> all();  // by ord
    Result<std::map<int, QString>> names();   // by ord
    Result<bool> anyOther();                  // whether this vault knows a device besides itself

    // This laptop, as the vault is created: ord 1, with the prefix its case references carry.
    Result<void> addSelf(const QByteArray& deviceId, const QByteArray& signPublicKey, const QString& name,
                         const QString& referencePrefix);
    Result<void> admit(const QByteArray& deviceId, const DeviceStanding& standing, qint64 knownSinceMs);
    Result<void> setStanding(int ord, const DeviceStanding& standing);
    // A device the log no longer admits: removed, every change of it refused.
    Result<void> dropAdmission(int ord);
    Result<void> noteForkedEvents(const QByteArray& deviceId);

    // Active peers not heard from for `silentMs` longer than the most recently heard one.
    Result<std::set<int>> silentPeers(qint64 silentMs);
    // Whether `fileHash` is the newest bundle read from some device.
    Result<bool> isLastBundleRead(const QByteArray& fileHash);
    // A bundle of the device was read now: remembered if it is its newest, with how far ahead its date was.
    Result<void> noteBundleRead(int ord, qint64 sequence, const QByteArray& fileHash, qint64 nowMs,
                                qint64 clockAheadMs);

private:
    db::Connection& m_connection;
};

}  // namespace fieldcase::store
