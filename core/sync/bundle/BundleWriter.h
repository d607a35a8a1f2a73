#pragma once

#include "core/base/Result.h"
#include "core/base/SecretBytes.h"
#include "core/sync/bundle/BundleFormat.h"

#include <QByteArray>

#include <vector>

namespace fieldcase::sync {

// Builds bundle files (format v1, docs/sync-protocol.md): the records signed by the sender, then encrypted so that
// only the recipients can read them, padded so the size says little about the content. Everything stays in memory.
class BundleWriter {
public:
    // The file for content, signed with the sender's Ed25519 secret key and readable with the X25519 secret keys
    // matching recipientBoxKeys: one key per entry of content.header.recipientDeviceIds, in the same order.
    // Usage errors for ids, keys or records the format cannot carry, or more than kMaxBundleFileSize in all.
    static Result<QByteArray> write(const BundleContent& content, const SecretBytes& signingKey,
                                    const std::vector<QByteArray>& recipientBoxKeys);
};

}  // namespace fieldcase::sync
