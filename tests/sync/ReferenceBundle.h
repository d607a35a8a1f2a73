#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

// A second implementation of bundle format v1, written from docs/sync-protocol.md with libsodium called directly
// and nothing from core/sync. Tests use it to check that the spec and the reader agree, and to build the files
// an honest writer never makes (a recipient who forwards, a wrong signature, a stream cut after a chunk).
// The fuzzer uses it to wrap arbitrary inner bytes in a valid envelope.
namespace fieldcase::test::reference {

struct KeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};

KeyPair boxKeyPair();
KeyPair signingKeyPair();
// Deterministic pairs for golden files and the fuzzer (seed: 32 copies of seedByte).
KeyPair boxKeyPairFromSeed(std::uint8_t seedByte);
KeyPair signingKeyPairFromSeed(std::uint8_t seedByte);

QByteArray u16(quint16 value);
QByteArray u32(quint32 value);
QByteArray u64(quint64 value);
QByteArray record(quint16 type, const QByteArray& body);
QByteArray innerHeader(const QByteArray& teamId, const QByteArray& senderId, quint64 sequence, quint64 createdMs,
                       std::uint8_t kind, const std::vector<QByteArray>& recipientIds);
quint64 padme(quint64 length);

// The outer header's fields, unmasked.
struct OuterFields {
    QByteArray salt;
    std::uint8_t version = 1;
    std::uint8_t suite = 1;
    quint16 flags = 0;
    int stanzaCount = 0;
    quint64 totalLength = 0;
};
OuterFields readOuter(const QByteArray& file);  // file has at least 30 bytes
QByteArray writeOuter(const OuterFields& fields);

struct SealOptions {
    std::uint8_t version = 2;  // 1 is read too: its bodies are the same, its changesets all of format 1
    std::uint8_t suite = 1;
    quint16 flags = 0;
    int stanzaCount = 4;
    std::optional<quint64> totalLength;  // what the header claims; the real size when unset
    std::optional<int> finalChunk;  // the one chunk tagged final (an index past the end: none); the last when unset
    bool extraChunkAfterFinal = false;
    std::optional<QByteArray> fileKey;  // random when unset
};

// The envelope (outer header, stanzas, header MAC) for a plaintext of plainSize bytes.
struct Envelope {
    QByteArray bytes;
    QByteArray fileKey;
    QByteArray salt;
};
Envelope envelope(const std::vector<QByteArray>& recipientKeys, quint64 plainSize, const SealOptions& options);
// The signature record over envelope and inner, as the spec says.
QByteArray signatureRecord(const QByteArray& envelopeBytes, const QByteArray& inner, const QByteArray& signingSecret);
// envelope followed by the secretstream payload of plaintext.
QByteArray encrypt(const Envelope& envelope, const QByteArray& plaintext, const SealOptions& options);
// A whole file: inner (everything before the signature record), signed and sealed.
QByteArray sealSigned(const QByteArray& inner, const QByteArray& signingSecret,
                      const std::vector<QByteArray>& recipientKeys, const SealOptions& options = {});

// A file taken apart by a recipient.
struct Opened {
    OuterFields outer;
    QByteArray fileKey;
    QByteArray envelope;            // outer header, stanzas, MAC
    std::vector<qint64> chunkEnds;  // file offsets where each payload chunk ends
    QByteArray plaintext;           // all inner bytes, signature record included
};
std::optional<Opened> open(const QByteArray& file, const KeyPair& boxKeys);

}  // namespace fieldcase::test::reference
