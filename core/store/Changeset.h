#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace fieldcase::store {

// The writer's causal context for one field: for each device, the highest change it had seen of that field.
using Context = std::vector<std::pair<QByteArray, qint64>>;

// One change to one field of one record, or the purge of a record. Tables and fields travel as the numbers of
// model::Schema, never as names. Byte layout in docs/sync-protocol.md.
// A Create op (changeset format 2) names the device that made a record, which decides who may purge it (merge.md).
struct Op {
    enum Kind : quint8 { SetField = 1, Purge = 2, Create = 3 };
    Kind kind = SetField;
    int table = 0;
    QByteArray rowId;  // 16 random bytes
    int field = 0;     // 0 for a purge or a create
    Context context;
    QVariant value;  // null, qint64, QString or QByteArray; a Create op's is the record id's nonce
};

// A new record's id commits to the device that made it: the first 16 bytes of
// BLAKE2b-256("fieldcase record id" ‖ device id ‖ nonce), the nonce (16 random bytes) travelling in the record's Create
// op. Nobody else can make a Create op that names the record.
QByteArray recordIdFor(const QByteArray& creatorDeviceId, const QByteArray& nonce);

QByteArray encodeOp(const Op& op);
Result<Op> decodeOp(const QByteArray& bytes);

// The changeset format this version writes. Format 1 (before 2026-12) is still read, relayed and verified.
inline constexpr std::uint8_t kChangesetFormat = 2;

// An op as stored and signed. Format 2: content is the op's first 19 bytes (kind, table, record id), a random 16-byte
// salt, then the rest of the op; the hash commits to the 19 bytes and to a hash of salt and rest. A purge replaces
// the content of every entry about the purged record by those 19 bytes and that inner hash (redacted), so the
// signature still verifies, a redacted entry still names its record checkably, and its value cannot be confirmed by
// guessing (the salt is gone with it). Format 1: content is salt · op, hash = BLAKE2b(content); a redacted entry is
// empty and names nothing. Byte layout in docs/records.md.
struct OpEntry {
    QByteArray hash;
    QByteArray content;
    bool redacted = false;
};

// What a redacted entry of format 2 was about.
struct OpTarget {
    Op::Kind kind = Op::SetField;
    int table = 0;
    QByteArray rowId;
};

OpEntry sealOp(const Op& op);
// The op of a whole entry, checked against its hash; Rejected when content and hash disagree.
Result<Op> openOp(const OpEntry& entry, std::uint8_t format);
// The record a redacted entry names, checked against its hash (nullopt for format 1, whose redacted entries name
// nothing); Rejected when they disagree.
Result<std::optional<OpTarget>> redactedTarget(const OpEntry& entry, std::uint8_t format);
// Removes what a purge removes from a whole entry (its hash, and so the signature, stays valid).
void redact(OpEntry& entry, std::uint8_t format);
// Whether an entry's content (whole or redacted) agrees with its hash.
bool entryMatchesHash(const OpEntry& entry, std::uint8_t format);

struct ChangesetBody {
    std::uint8_t format = kChangesetFormat;
    std::vector<OpEntry> entries;
};

QByteArray encodeBody(std::uint8_t format, const std::vector<OpEntry>& entries);
Result<ChangesetBody> decodeBody(const QByteArray& body);

// What the origin device signs for one changeset (one local transaction): who, which number in its sequence,
// when, the hash of its previous changeset, and the hashes of the ops.
struct ChangesetHeader {
    QByteArray origin;  // device id, 16 bytes
    qint64 seq = 0;
    qint64 hlc = 0;
    QByteArray prevHash;  // 32 bytes; zeros for the first
};

QByteArray signedMessage(const ChangesetHeader& header, std::uint8_t format, const std::vector<OpEntry>& entries);

}  // namespace fieldcase::store
