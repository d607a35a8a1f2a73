#include "tests/sync/ReferenceBundle.h"

#include <QtEndian>

#include <sodium.h>

#include <algorithm>

namespace fieldcase::test::reference {

namespace {

constexpr int kChunk = 65536;
constexpr int kHeader = 30;
constexpr int kStanza = 80;
constexpr int kMac = 32;

unsigned char* out(QByteArray& array) {
    return reinterpret_cast<unsigned char*>(array.data());
}

const unsigned char* in(const QByteArray& array) {
    return reinterpret_cast<const unsigned char*>(array.constData());
}

QByteArray blake2b(const QByteArray& message, const QByteArray& key = {}) {
    QByteArray digest(32, '\0');
    crypto_generichash(out(digest), 32, in(message), static_cast<unsigned long long>(message.size()),
                       key.isEmpty() ? nullptr : in(key), static_cast<std::size_t>(key.size()));
    return digest;
}

QByteArray mask(const QByteArray& salt) {
    return blake2b(QByteArrayLiteral("fieldcase bundle header mask") + salt).left(14);
}

QByteArray xorWith(QByteArray bytes, const QByteArray& with) {
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(bytes[i] ^ with[i]);
    }
    return bytes;
}

QByteArray subkey(const QByteArray& fileKey, const char* context, const QByteArray& salt) {
    return blake2b(QByteArray(context) + salt, fileKey);
}

}  // namespace

OuterFields readOuter(const QByteArray& file) {
    OuterFields outer;
    outer.salt = file.left(16);
    const QByteArray fields = xorWith(file.mid(16, 14), mask(outer.salt));
    outer.version = static_cast<std::uint8_t>(fields[0]);
    outer.suite = static_cast<std::uint8_t>(fields[1]);
    outer.flags = qFromLittleEndian<quint16>(fields.constData() + 2);
    outer.stanzaCount = qFromLittleEndian<quint16>(fields.constData() + 4);
    outer.totalLength = qFromLittleEndian<quint64>(fields.constData() + 6);
    return outer;
}

QByteArray writeOuter(const OuterFields& outer) {
    QByteArray fields;
    fields.append(static_cast<char>(outer.version));
    fields.append(static_cast<char>(outer.suite));
    fields += u16(outer.flags) + u16(static_cast<quint16>(outer.stanzaCount)) + u64(outer.totalLength);
    return outer.salt + xorWith(fields, mask(outer.salt));
}

KeyPair boxKeyPair() {
    KeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, '\0'), QByteArray(crypto_box_SECRETKEYBYTES, '\0')};
    crypto_box_keypair(out(pair.publicKey), out(pair.secretKey));
    return pair;
}

KeyPair signingKeyPair() {
    KeyPair pair{QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'), QByteArray(crypto_sign_SECRETKEYBYTES, '\0')};
    crypto_sign_keypair(out(pair.publicKey), out(pair.secretKey));
    return pair;
}

KeyPair boxKeyPairFromSeed(std::uint8_t seedByte) {
    const QByteArray seed(crypto_box_SEEDBYTES, static_cast<char>(seedByte));
    KeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, '\0'), QByteArray(crypto_box_SECRETKEYBYTES, '\0')};
    crypto_box_seed_keypair(out(pair.publicKey), out(pair.secretKey), in(seed));
    return pair;
}

KeyPair signingKeyPairFromSeed(std::uint8_t seedByte) {
    const QByteArray seed(crypto_sign_SEEDBYTES, static_cast<char>(seedByte));
    KeyPair pair{QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'), QByteArray(crypto_sign_SECRETKEYBYTES, '\0')};
    crypto_sign_seed_keypair(out(pair.publicKey), out(pair.secretKey), in(seed));
    return pair;
}

QByteArray u16(quint16 value) {
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray u32(quint32 value) {
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray u64(quint64 value) {
    QByteArray bytes(8, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray record(quint16 type, const QByteArray& body) {
    return u16(type) + u32(static_cast<quint32>(body.size())) + body;
}

QByteArray innerHeader(const QByteArray& teamId, const QByteArray& senderId, quint64 sequence, quint64 createdMs,
                       std::uint8_t kind, const std::vector<QByteArray>& recipientIds) {
    QByteArray body = teamId + senderId + u64(sequence) + u64(createdMs);
    body.append(static_cast<char>(kind));
    body += u16(static_cast<quint16>(recipientIds.size()));
    for (const QByteArray& id : recipientIds) {
        body += id;
    }
    return body;
}

// The paper's definition, step by step: E = floor(log2 L), S = floor(log2 E) + 1, zero the last E - S bits.
quint64 padme(quint64 length) {
    if (length < 2) {
        return length;
    }
    int e = 0;
    while ((length >> (e + 1)) != 0) {
        ++e;
    }
    int s = 1;
    while ((e >> s) != 0) {
        ++s;
    }
    const quint64 zeroBits = (quint64{1} << (e - s)) - 1;
    return (length + zeroBits) & ~zeroBits;
}

Envelope envelope(const std::vector<QByteArray>& recipientKeys, quint64 plainSize, const SealOptions& options) {
    Envelope result;
    result.fileKey = options.fileKey.value_or(QByteArray(32, '\0'));
    if (!options.fileKey) {
        randombytes_buf(result.fileKey.data(), 32);
    }
    result.salt = QByteArray(16, '\0');
    randombytes_buf(result.salt.data(), 16);
    const quint64 chunks = plainSize == 0 ? 1 : (plainSize + kChunk - 1) / kChunk;
    const quint64 size = kHeader + quint64{static_cast<unsigned>(options.stanzaCount)} * kStanza + kMac + 24 +
                         plainSize + chunks * 17 + (options.extraChunkAfterFinal ? 17 + 1 : 0);
    result.bytes = writeOuter(OuterFields{result.salt, options.version, options.suite, options.flags,
                                          options.stanzaCount, options.totalLength.value_or(size)});
    std::vector<QByteArray> stanzas;
    for (int i = 0; i < options.stanzaCount; ++i) {
        const QByteArray key = i < static_cast<int>(recipientKeys.size()) ? recipientKeys[static_cast<std::size_t>(i)]
                                                                          : boxKeyPair().publicKey;
        QByteArray stanza(kStanza, '\0');
        crypto_box_seal(out(stanza), in(result.fileKey), 32, in(key));
        stanzas.push_back(stanza);
    }
    std::reverse(stanzas.begin(), stanzas.end());  // recipients last, unlike the writer's random order
    for (const QByteArray& stanza : stanzas) {
        result.bytes += stanza;
    }
    result.bytes += blake2b(result.bytes, subkey(result.fileKey, "fieldcase bundle v1 header mac", result.salt));
    return result;
}

QByteArray signatureRecord(const QByteArray& envelopeBytes, const QByteArray& inner, const QByteArray& signingSecret) {
    const QByteArray message = QByteArrayLiteral("fieldcase bundle v1 signature") + blake2b(envelopeBytes + inner);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(out(signature), nullptr, in(message), static_cast<unsigned long long>(message.size()),
                         in(signingSecret));
    return record(0xFFFF, signature);
}

QByteArray encrypt(const Envelope& envelope, const QByteArray& plaintext, const SealOptions& options) {
    const QByteArray mac = envelope.bytes.right(kMac);
    const QByteArray key = subkey(envelope.fileKey, "fieldcase bundle v1 payload", envelope.salt);
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, out(header), in(key));
    QByteArray file = envelope.bytes + header;
    const auto push = [&](const QByteArray& chunk, unsigned char tag) {
        QByteArray cipher(chunk.size() + 17, '\0');
        crypto_secretstream_xchacha20poly1305_push(&state, out(cipher), nullptr, in(chunk),
                                                   static_cast<unsigned long long>(chunk.size()), in(mac), kMac, tag);
        file += cipher;
    };
    const auto chunks = static_cast<int>((plaintext.size() + kChunk - 1) / kChunk);
    const int finalChunk = options.finalChunk.value_or(chunks - 1);
    for (int chunk = 0; chunk < chunks; ++chunk) {
        push(plaintext.mid(qsizetype{chunk} * kChunk, kChunk), chunk == finalChunk
                                                                   ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                                   : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    }
    if (options.extraChunkAfterFinal) {
        push(QByteArray(1, '\0'), crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    }
    return file;
}

QByteArray sealSigned(const QByteArray& inner, const QByteArray& signingSecret,
                      const std::vector<QByteArray>& recipientKeys, const SealOptions& options) {
    const Envelope sealed = envelope(recipientKeys, static_cast<quint64>(inner.size()) + 70, options);
    return encrypt(sealed, inner + signatureRecord(sealed.bytes, inner, signingSecret), options);
}

std::optional<Opened> open(const QByteArray& file, const KeyPair& boxKeys) {
    if (file.size() < kHeader) {
        return std::nullopt;
    }
    Opened opened;
    opened.outer = readOuter(file);
    const qsizetype envelopeSize = kHeader + qsizetype{opened.outer.stanzaCount} * kStanza + kMac;
    if (file.size() < envelopeSize + 24) {
        return std::nullopt;
    }
    for (int i = 0; i < opened.outer.stanzaCount && opened.fileKey.isEmpty(); ++i) {
        QByteArray key(32, '\0');
        if (crypto_box_seal_open(out(key), in(file) + kHeader + i * kStanza, kStanza, in(boxKeys.publicKey),
                                 in(boxKeys.secretKey)) == 0) {
            opened.fileKey = key;
        }
    }
    if (opened.fileKey.isEmpty()) {
        return std::nullopt;
    }
    opened.envelope = file.left(envelopeSize);
    const QByteArray mac = opened.envelope.right(kMac);
    const QByteArray macKey = subkey(opened.fileKey, "fieldcase bundle v1 header mac", opened.outer.salt);
    if (blake2b(opened.envelope.left(envelopeSize - kMac), macKey) != mac) {
        return std::nullopt;
    }
    const QByteArray key = subkey(opened.fileKey, "fieldcase bundle v1 payload", opened.outer.salt);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, in(file) + envelopeSize, in(key)) != 0) {
        return std::nullopt;
    }
    qsizetype at = envelopeSize + 24;
    unsigned char tag = 0;
    while (at < file.size()) {
        const qsizetype size = std::min<qsizetype>(kChunk + 17, file.size() - at);
        if (size < 17) {
            return std::nullopt;
        }
        QByteArray plain(size - 17, '\0');
        if (crypto_secretstream_xchacha20poly1305_pull(&state, out(plain), nullptr, &tag, in(file) + at,
                                                       static_cast<unsigned long long>(size), in(mac), kMac) != 0) {
            return std::nullopt;
        }
        opened.plaintext += plain;
        at += size;
        opened.chunkEnds.push_back(at);
    }
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        return std::nullopt;
    }
    return opened;
}

}  // namespace fieldcase::test::reference
