#include "core/sync/bundle/BundleReader.h"

#include "core/crypto/BoxKeys.h"
#include "core/crypto/KeyedHash.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecretStream.h"
#include "core/crypto/Signer.h"
#include "core/sync/bundle/EnvelopeKeys.h"
#include "core/sync/bundle/InnerRecords.h"
#include "core/sync/bundle/OuterHeader.h"
#include "core/sync/bundle/Stanzas.h"

#include <QtEndian>

#include <bit>

namespace fieldcase::sync {

namespace {

// Where the parts of a file start, worked out from its header and size alone.
struct Layout {
    qint64 stanzaCount = 0;
    qint64 envelopeSize = 0;  // outer header, stanzas, header MAC
    qint64 chunkCount = 0;
    qint64 lastChunkSize = 0;  // ciphertext bytes of the last chunk
    qint64 plainSize = 0;
};

BundleProblem checkLayout(const OuterHeader& outer, qint64 fileSize, Layout& layout) {
    if (outer.version < kOldestFormatVersion || outer.version > kFormatVersion || outer.suite != kSuite ||
        outer.flags != 0) {
        return BundleProblem::Unsupported;
    }
    if (outer.totalLength > static_cast<quint64>(fileSize)) {
        return BundleProblem::Truncated;
    }
    if (outer.totalLength < static_cast<quint64>(fileSize)) {
        return BundleProblem::Damaged;  // bytes after the end
    }
    const unsigned count = outer.stanzaCount;
    if (count < kMinStanzas || count > kMaxStanzas || !std::has_single_bit(count)) {
        return BundleProblem::Damaged;
    }
    layout.stanzaCount = count;
    layout.envelopeSize = kOuterHeaderSize + layout.stanzaCount * kStanzaSize + kMacSize;
    const qint64 cipherSize = fileSize - layout.envelopeSize - kStreamHeaderSize;
    if (cipherSize <= 0) {
        return BundleProblem::Damaged;
    }
    // Every chunk but the last holds exactly kChunkPlainSize bytes; the last holds 1 to kChunkPlainSize.
    const qint64 fullChunks = cipherSize / kChunkCipherSize;
    const qint64 rest = cipherSize % kChunkCipherSize;
    if (rest != 0 && rest <= kChunkOverhead) {
        return BundleProblem::Damaged;
    }
    layout.chunkCount = fullChunks + (rest != 0 ? 1 : 0);
    layout.lastChunkSize = rest != 0 ? rest : kChunkCipherSize;
    layout.plainSize = cipherSize - layout.chunkCount * kChunkOverhead;
    return BundleProblem::None;
}

// Decrypts every chunk into plain; the stream must end with the last chunk, and only there.
BundleProblem decryptPayload(const QByteArray& file, const Layout& layout, const EnvelopeKeys& keys,
                             const QByteArray& mac, SecretBytes& plain) {
    const char* at = file.constData() + layout.envelopeSize;
    auto stream = crypto::SecretStream::forReading(keys.payloadKey(), at);
    if (!stream) {
        return BundleProblem::Damaged;
    }
    at += kStreamHeaderSize;
    unsigned char* out = plain.data();
    for (qint64 chunk = 0; chunk < layout.chunkCount; ++chunk) {
        const bool last = chunk == layout.chunkCount - 1;
        const qint64 size = last ? layout.lastChunkSize : kChunkCipherSize;
        const auto tag = stream->decrypt(at, static_cast<std::size_t>(size), mac, out);
        if (!tag || *tag != (last ? crypto::SecretStream::Tag::Final : crypto::SecretStream::Tag::Message)) {
            return BundleProblem::Damaged;
        }
        at += size;
        out += size - kChunkOverhead;
    }
    return BundleProblem::None;
}

}  // namespace

BundleReadResult BundleReader::read(const QByteArray& file, const crypto::BoxKeyPair& myKeys,
                                    const SenderKeyLookup& senderKey) {
    return open(
        file, myKeys,
        [&](const QByteArray& sender, const unsigned char*, std::size_t) {
            return senderKey ? senderKey(sender) : std::nullopt;
        },
        std::nullopt);
}

BundleReadResult BundleReader::readIntroduced(const QByteArray& file, const crypto::BoxKeyPair& myKeys,
                                              const IntroducedKey& senderKey, std::optional<quint16> onlyType) {
    return open(
        file, myKeys,
        [&](const QByteArray&, const unsigned char* inner, std::size_t size) {
            auto content = InnerRecords::parse(inner, size, RecordType::MembershipEvent);
            return content ? senderKey(*content) : std::nullopt;
        },
        onlyType);
}

BundleReadResult BundleReader::open(const QByteArray& file, const crypto::BoxKeyPair& myKeys,
                                    const KeyFinder& senderKey, std::optional<quint16> onlyType) {
    crypto::initialiseCrypto();
    const qint64 fileSize = file.size();
    if (fileSize > kMaxBundleFileSize) {
        return BundleProblem::TooLarge;
    }
    if (fileSize < kOuterHeaderSize) {
        return BundleProblem::Truncated;
    }
    const OuterHeader outer = OuterHeader::decode(file.constData());
    Layout layout;
    if (const BundleProblem problem = checkLayout(outer, fileSize, layout); problem != BundleProblem::None) {
        return problem;
    }

    const auto fileKey =
        Stanzas::open(myKeys, file.constData() + kOuterHeaderSize, static_cast<int>(layout.stanzaCount));
    if (!fileKey) {
        return BundleProblem::NotForThisDevice;
    }
    const EnvelopeKeys keys = EnvelopeKeys::derive(*fileKey, outer.salt);
    // fromRawData: views into file, no copies.
    const QByteArray envelope = QByteArray::fromRawData(file.constData(), layout.envelopeSize);
    const QByteArray mac = QByteArray::fromRawData(file.constData() + layout.envelopeSize - kMacSize, kMacSize);
    if (!crypto::equalMacs(keys.headerMac(envelope.left(layout.envelopeSize - kMacSize)), mac)) {
        return BundleProblem::Damaged;
    }

    // First pass: decrypt everything and check the signature before any record is parsed.
    SecretBytes plain(static_cast<std::size_t>(layout.plainSize));
    if (const BundleProblem problem = decryptPayload(file, layout, keys, mac, plain); problem != BundleProblem::None) {
        return problem;
    }
    if (layout.plainSize < kSignatureRecordSize) {
        return BundleProblem::BadSignature;
    }
    const auto signedSize = static_cast<std::size_t>(layout.plainSize - kSignatureRecordSize);
    const unsigned char* signatureRecord = plain.data() + signedSize;
    if (qFromLittleEndian<quint16>(signatureRecord) != RecordType::Signature ||
        qFromLittleEndian<quint32>(signatureRecord + 2) != static_cast<quint32>(kSignatureSize)) {
        return BundleProblem::BadSignature;
    }
    const auto sender = InnerRecords::senderOf(plain.data(), signedSize);
    if (!sender) {
        return BundleProblem::Damaged;
    }
    const auto publicKey = senderKey(*sender, plain.data(), signedSize);
    if (!publicKey) {
        return BundleProblem::UnknownSender;
    }
    const QByteArray signature(reinterpret_cast<const char*>(signatureRecord) + kRecordHeaderSize, kSignatureSize);
    if (!crypto::verifySignature(*publicKey, signedMessage(envelope, plain.data(), signedSize), signature)) {
        return BundleProblem::BadSignature;
    }

    // Second pass: the records, now known to come from the sender exactly as written.
    return InnerRecords::parse(plain.data(), signedSize, onlyType);
}

}  // namespace fieldcase::sync
