#pragma once

#include "core/sync/bundle/BundleReadResult.h"

#include <QByteArray>

#include <cstddef>
#include <functional>
#include <optional>

namespace fieldcase::crypto {
struct BoxKeyPair;
}  // namespace fieldcase::crypto

namespace fieldcase::sync {

// Opens bundle files (format v1, docs/sync-protocol.md), entirely in memory. Checks, in this order: the length,
// this device's stanza, the header MAC, every chunk and then the sender's signature, and parses records only after
// all of that holds. The caller then checks the team id, that this device is among the recipients, and the sequence.
class BundleReader {
public:
    // The Ed25519 public key of a device this one knows (an active member), or nothing. Called at most once per
    // read, after the envelope and every chunk verified.
    using SenderKeyLookup = std::function<std::optional<QByteArray>(const QByteArray& senderDeviceId)>;

    // The content of file (at most kMaxBundleFileSize bytes: check the size before reading the file), opened with
    // this device's key pair; a BundleProblem and code Rejected when it cannot be trusted.
    static BundleReadResult read(const QByteArray& file, const crypto::BoxKeyPair& myKeys,
                                 const SenderKeyLookup& senderKey);

    // The sender's Ed25519 public key as the bundle's own (still unverified) content introduces it, or nothing. The
    // content given carries the header and the membership events only.
    using IntroducedKey = std::function<std::optional<QByteArray>(const BundleContent& content)>;
    // For a device that knows nobody yet (a welcome bundle): the records are parsed before the signature is
    // checked, so that the key can be taken from them; the caller must then confirm that key out of band (the
    // safety number). Every other check is read()'s.
    // With onlyType, only the records of that type are parsed (a welcome waiting for its safety number needs only
    // its membership log).
    static BundleReadResult readIntroduced(const QByteArray& file, const crypto::BoxKeyPair& myKeys,
                                           const IntroducedKey& senderKey,
                                           std::optional<quint16> onlyType = std::nullopt);

private:
    using KeyFinder = std::function<std::optional<QByteArray>(const QByteArray& sender, const unsigned char* inner,
                                                              std::size_t signedSize)>;
    static BundleReadResult open(const QByteArray& file, const crypto::BoxKeyPair& myKeys, const KeyFinder& senderKey,
                                 std::optional<quint16> onlyType);
};

}  // namespace fieldcase::sync
