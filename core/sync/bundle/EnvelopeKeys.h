#pragma once

#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <cstddef>

namespace fieldcase::sync {

// The keys a bundle's file key stands for, one per purpose, and the values that tie the envelope together.
class EnvelopeKeys {
public:
    static EnvelopeKeys derive(const SecretBytes& fileKey, const QByteArray& salt);

    // The header MAC: keyed BLAKE2b-256 over the outer header and the stanzas. As every recipient checks it with
    // the key it unsealed, all recipients are committed to one file key.
    QByteArray headerMac(const QByteArray& headerAndStanzas) const;
    const SecretBytes& payloadKey() const { return m_payloadKey; }

private:
    SecretBytes m_macKey;
    SecretBytes m_payloadKey;
};

// What the sender signs: a context string and the BLAKE2b-256 of the envelope (outer header, stanzas, header MAC)
// followed by the inner bytes before the signature record. Hashing first lets the signer and the verifier stream
// a large payload through one hash instead of copying it into one message.
QByteArray signedMessage(const QByteArray& envelope, const unsigned char* inner, std::size_t innerSize);

}  // namespace fieldcase::sync
