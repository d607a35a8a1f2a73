#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>
#include <vector>

// Bundle file v1: the constants, limits and value types shared by BundleWriter and BundleReader.
// The byte layout is specified in docs/sync-protocol.md; keep the two in step.
namespace fieldcase::sync {

// The caller checks a file's size against this before reading it into memory.
inline constexpr qint64 kMaxBundleFileSize = qint64{256} * 1024 * 1024;
// What a writer puts into one bundle at most, in changeset bytes: half the limit, so that membership events and the
// encryption's overhead always fit, and a reader holds no more than about three times this while applying it.
inline constexpr qint64 kChangesetBudget = qint64{128} * 1024 * 1024;

// Version 2 (2026-12) may carry changesets of format 2 (docs/records.md); otherwise it is laid out as version 1,
// which is still read.
inline constexpr std::uint8_t kFormatVersion = 2;
inline constexpr std::uint8_t kOldestFormatVersion = 1;
// X25519 sealed boxes, BLAKE2b-256, XChaCha20-Poly1305 secretstream in 64 KiB chunks, Ed25519.
inline constexpr std::uint8_t kSuite = 1;

inline constexpr int kIdSize = 16;
inline constexpr int kSaltSize = 16;
inline constexpr int kFileKeySize = 32;
inline constexpr int kBoxPublicKeySize = 32;
inline constexpr int kSigningPublicKeySize = 32;
inline constexpr int kSigningSecretKeySize = 64;
inline constexpr int kSignatureSize = 64;
inline constexpr int kMacSize = 32;
// Salt, then the masked fields: version, suite, flags (u16), stanza count (u16), total length (u64).
inline constexpr int kOuterHeaderSize = kSaltSize + 14;
// crypto_box_seal of the file key: ephemeral public key (32) + sealed key (32) + Poly1305 tag (16).
inline constexpr int kStanzaSize = 80;
inline constexpr int kStreamHeaderSize = 24;
inline constexpr int kChunkPlainSize = 64 * 1024;
inline constexpr int kChunkOverhead = 17;
inline constexpr int kChunkCipherSize = kChunkPlainSize + kChunkOverhead;

inline constexpr int kMinStanzas = 4;
inline constexpr int kMaxStanzas = 256;
inline constexpr int kMaxRecipients = kMaxStanzas;
inline constexpr qint64 kMaxRecordSize = qint64{16} * 1024 * 1024;
// Bounds the reader's record list (about 32 bytes each) independently of how small records are.
inline constexpr qint64 kMaxRecords = qint64{1} << 21;
// Small bundles all pad to at least this much plaintext, so an acknowledgement looks like a small edit.
inline constexpr qint64 kMinPaddedPlaintext = 4096;

inline constexpr int kRecordHeaderSize = 6;  // u16 type, u32 length
inline constexpr int kSignatureRecordSize = kRecordHeaderSize + kSignatureSize;
// Team id, sender id, sequence, creation time, kind, recipient count (before the recipient ids).
inline constexpr int kInnerHeaderFixedSize = kIdSize + kIdSize + 8 + 8 + 1 + 2;

// Record types (u16). A set top bit marks a critical type: a reader that does not know it refuses the bundle;
// an unknown type without the bit is skipped.
namespace RecordType {
inline constexpr quint16 kCritical = 0x8000;
inline constexpr quint16 Padding = 0x0000;
inline constexpr quint16 InnerHeader = 0x8001;
inline constexpr quint16 VersionVector = 0x8002;
inline constexpr quint16 MembershipEvent = 0x8003;
inline constexpr quint16 Changeset = 0x8004;
inline constexpr quint16 StateDigest = 0x0005;
inline constexpr quint16 Signature = 0xFFFF;

inline constexpr bool isCritical(quint16 type) {
    return (type & kCritical) != 0;
}
// Types the sync engine reads (the reader returns them); the envelope's own types are not among them.
bool isKnownContent(quint16 type);
// Types the format itself places (inner header, padding, signature); no caller may add them.
bool isReserved(quint16 type);
}  // namespace RecordType

enum class BundleKind : std::uint8_t { Changes = 1, Welcome = 2, EnrolmentReply = 3, Snapshot = 4 };
bool isKnownKind(std::uint8_t kind);

// Who wrote the bundle, for which team, and for whom.
struct BundleHeader {
    QByteArray teamId;          // 16 bytes
    QByteArray senderDeviceId;  // 16 bytes
    quint64 sequence = 0;       // the sender's bundle counter
    quint64 createdMs = 0;      // the sender's clock (Unix ms); informational only
    BundleKind kind = BundleKind::Changes;
    std::vector<QByteArray> recipientDeviceIds;  // 16 bytes each, in the order of the writer's recipient keys

    bool operator==(const BundleHeader&) const = default;
};

// One opaque record of the sync engine (a version vector, a membership event, a changeset...).
struct BundleRecord {
    quint16 type = 0;
    QByteArray body;

    bool operator==(const BundleRecord&) const = default;
};

// What a bundle carries: the writer's input and the reader's output.
struct BundleContent {
    BundleHeader header;
    std::vector<BundleRecord> records;

    bool operator==(const BundleContent&) const = default;
};

// Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with PURBs", 2019):
// rounds up to a length whose low bits are zero, so a length reveals O(log log n) bits; overhead at most ~12%.
quint64 padme(quint64 length);
// The inner plaintext's padded length for an unpadded length (Padmé, with the small-bundle floor).
quint64 paddedPlaintextSize(quint64 unpaddedSize);
// The stanza count for a number of recipients: a power of two, at least kMinStanzas.
int stanzaCountFor(int recipients);
// Number of payload chunks for a plaintext size (at least one).
quint64 chunkCountFor(quint64 plaintextSize);
// The size of the whole file for a stanza count and an inner plaintext size.
quint64 fileSizeFor(int stanzaCount, quint64 plaintextSize);

}  // namespace fieldcase::sync
