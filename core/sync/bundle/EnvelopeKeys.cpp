#include "core/sync/bundle/EnvelopeKeys.h"

#include "core/crypto/Hash.h"
#include "core/crypto/KeyedHash.h"

namespace fieldcase::sync {

EnvelopeKeys EnvelopeKeys::derive(const SecretBytes& fileKey, const QByteArray& salt) {
    EnvelopeKeys keys;
    keys.m_macKey = crypto::deriveSubkey(fileKey, "fieldcase bundle v1 header mac", salt);
    keys.m_payloadKey = crypto::deriveSubkey(fileKey, "fieldcase bundle v1 payload", salt);
    return keys;
}

QByteArray EnvelopeKeys::headerMac(const QByteArray& headerAndStanzas) const {
    return crypto::keyedHash(m_macKey, headerAndStanzas);
}

QByteArray signedMessage(const QByteArray& envelope, const unsigned char* inner, std::size_t innerSize) {
    crypto::StreamHash digest;
    digest.add(envelope);
    // fromRawData does not copy: the inner bytes stay in the caller's locked buffer.
    digest.add(QByteArray::fromRawData(reinterpret_cast<const char*>(inner), static_cast<qsizetype>(innerSize)));
    return QByteArrayLiteral("fieldcase bundle v1 signature") + digest.result();
}

}  // namespace fieldcase::sync
