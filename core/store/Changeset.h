#pragma once

#include "core/api/Result.h"

#include <QByteArray>
#include <QVariant>

#include <utility>
#include <vector>

namespace fieldcase::store {

// The writer's causal context for one field: for each device, the highest change it had seen of that field.
using Context = std::vector<std::pair<QByteArray, qint64>>;

// One change to one field of one record, or the purge of a record. Tables and fields travel as the numbers of
// model::Schema, never as names. Byte layout in docs/sync-protocol.md.
struct Op {
    enum Kind : quint8 { SetField = 1, Purge = 2 };
    Kind kind = SetField;
    int table = 0;
    QByteArray rowId;  // 16 random bytes
    int field = 0;     // 0 for a purge
    Context context;
    QVariant value;  // null, qint64, QString or QByteArray
};

QByteArray encodeOp(const Op& op);
Result<Op> decodeOp(const QByteArray& bytes);

// An op as stored and signed: its hash commits to a random salt and the op's bytes. A purge removes `content`
// (salt and bytes) from every stored change log and keeps the hash, so signatures still verify afterwards.
struct OpEntry {
    QByteArray hash;
    QByteArray content;  // salt (16) + encoded op, or empty once redacted
};

OpEntry sealOp(const Op& op);
// The op of an entry, checked against its hash; Rejected when content and hash disagree.
Result<Op> openOp(const OpEntry& entry);

QByteArray encodeBody(const std::vector<OpEntry>& entries);
Result<std::vector<OpEntry>> decodeBody(const QByteArray& body);

// What the origin device signs for one changeset (one local transaction): who, which number in its sequence,
// when, the hash of its previous changeset, and the hashes of the ops.
struct ChangesetHeader {
    QByteArray origin;  // device id, 16 bytes
    qint64 seq = 0;
    qint64 hlc = 0;
    QByteArray prevHash;  // 32 bytes; zeros for the first
};

QByteArray signedMessage(const ChangesetHeader& header, const std::vector<OpEntry>& entries);

}  // namespace fieldcase::store
