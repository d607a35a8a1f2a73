#include "core/sync/bundle/BundleWriter.h"

#include "core/crypto/Random.h"
#include "core/crypto/SecretStream.h"
#include "core/crypto/Signer.h"
#include "core/sync/bundle/EnvelopeKeys.h"
#include "core/sync/bundle/InnerRecords.h"
#include "core/sync/bundle/OuterHeader.h"
#include "core/sync/bundle/Stanzas.h"

#include <QCoreApplication>

#include <algorithm>

namespace fieldcase::sync {

namespace {

Error invalidHeader() {
    return makeError(
        ErrorCode::Usage,
        QCoreApplication::translate("Sync", "The bundle cannot be written: its header or recipients are not valid."));
}

Error invalidRecords() {
    return makeError(
        ErrorCode::Usage,
        QCoreApplication::translate(
            "Sync", "The bundle cannot be written: a record is too large or of a type reserved for the format."));
}

Error tooLarge() {
    return makeError(ErrorCode::Usage, QCoreApplication::translate(
                                           "Sync", "The bundle cannot be written: it would be larger than 256 MiB."));
}

bool validHeader(const BundleHeader& header, const SecretBytes& signingKey,
                 const std::vector<QByteArray>& recipientBoxKeys) {
    const auto& ids = header.recipientDeviceIds;
    const auto hasIdSize = [](const QByteArray& id) { return id.size() == kIdSize; };
    const auto hasKeySize = [](const QByteArray& key) { return key.size() == kBoxPublicKeySize; };
    return header.teamId.size() == kIdSize && header.senderDeviceId.size() == kIdSize &&
           isKnownKind(static_cast<std::uint8_t>(header.kind)) && !ids.empty() &&
           ids.size() <= static_cast<std::size_t>(kMaxRecipients) && std::all_of(ids.begin(), ids.end(), hasIdSize) &&
           recipientBoxKeys.size() == ids.size() &&
           std::all_of(recipientBoxKeys.begin(), recipientBoxKeys.end(), hasKeySize) &&
           signingKey.size() == static_cast<std::size_t>(kSigningSecretKeySize);
}

bool validRecords(const std::vector<BundleRecord>& records) {
    const auto valid = [](const BundleRecord& record) {
        return !RecordType::isReserved(record.type) && record.body.size() <= kMaxRecordSize;
    };
    return static_cast<qint64>(records.size()) <= kMaxRecords && std::all_of(records.begin(), records.end(), valid);
}

}  // namespace

Result<QByteArray> BundleWriter::write(const BundleContent& content, const SecretBytes& signingKey,
                                       const std::vector<QByteArray>& recipientBoxKeys) {
    crypto::initialiseCrypto();
    if (!validHeader(content.header, signingKey, recipientBoxKeys)) {
        return invalidHeader();
    }
    if (!validRecords(content.records)) {
        return invalidRecords();
    }

    // Sizes first: the total length is part of the authenticated header, and no buffer is made before it fits.
    const QByteArray headerBody = InnerRecords::encodeHeader(content.header);
    quint64 unpadded =
        kRecordHeaderSize + static_cast<quint64>(headerBody.size()) + kRecordHeaderSize + kSignatureRecordSize;
    for (const BundleRecord& record : content.records) {
        unpadded += kRecordHeaderSize + static_cast<quint64>(record.body.size());
    }
    const quint64 plainSize = paddedPlaintextSize(unpadded);
    const int stanzaCount = stanzaCountFor(static_cast<int>(recipientBoxKeys.size()));
    const quint64 totalSize = fileSizeFor(stanzaCount, plainSize);
    if (totalSize > static_cast<quint64>(kMaxBundleFileSize)) {
        return tooLarge();
    }

    // The plaintext lives in locked memory that is wiped when this returns.
    SecretBytes plain(plainSize);
    const std::size_t signedSize = plainSize - kSignatureRecordSize;
    std::size_t at = InnerRecords::put(plain.data(), RecordType::InnerHeader, headerBody.constData(),
                                       static_cast<std::size_t>(headerBody.size()));
    for (const BundleRecord& record : content.records) {
        at += InnerRecords::put(plain.data() + at, record.type, record.body.constData(),
                                static_cast<std::size_t>(record.body.size()));
    }
    at += InnerRecords::put(plain.data() + at, RecordType::Padding, nullptr, signedSize - at - kRecordHeaderSize);

    const SecretBytes fileKey = crypto::randomSecret(kFileKeySize);
    OuterHeader outer;
    outer.stanzaCount = static_cast<quint16>(stanzaCount);
    outer.totalLength = totalSize;
    outer.salt = crypto::randomBytes(kSaltSize);
    const auto stanzas = Stanzas::seal(fileKey, recipientBoxKeys, stanzaCount);
    if (!stanzas) {
        return invalidHeader();  // a recipient key is not a usable X25519 public key
    }
    const EnvelopeKeys keys = EnvelopeKeys::derive(fileKey, outer.salt);
    QByteArray envelope = outer.encode() + *stanzas;
    const QByteArray mac = keys.headerMac(envelope);
    envelope += mac;

    // Signed after the envelope is fixed, so re-sealing the same records to other recipients breaks the signature.
    const QByteArray signature = crypto::sign(signingKey, signedMessage(envelope, plain.data(), at));
    at += InnerRecords::put(plain.data() + at, RecordType::Signature, signature.constData(),
                            static_cast<std::size_t>(signature.size()));

    crypto::SecretStream stream = crypto::SecretStream::forWriting(keys.payloadKey());
    QByteArray file = envelope + stream.header();
    qsizetype out = file.size();
    file.resize(static_cast<qsizetype>(totalSize));
    for (std::size_t offset = 0; offset < plainSize; offset += kChunkPlainSize) {
        const std::size_t size = std::min<std::size_t>(kChunkPlainSize, plainSize - offset);
        const bool final = offset + size == plainSize;
        // The header MAC as associated data ties every chunk to this envelope.
        stream.encrypt(plain.data() + offset, size, mac, final, file.data() + out);
        out += static_cast<qsizetype>(size) + kChunkOverhead;
    }
    return file;
}

}  // namespace fieldcase::sync
