#include "core/sync/bundle/Stanzas.h"

#include "core/crypto/BoxKeys.h"
#include "core/crypto/Random.h"
#include "core/sync/bundle/BundleFormat.h"

#include <utility>

namespace fieldcase::sync {

std::optional<QByteArray> Stanzas::seal(const SecretBytes& fileKey, const std::vector<QByteArray>& recipientKeys,
                                        int count) {
    std::vector<QByteArray> sealed;
    sealed.reserve(static_cast<std::size_t>(count));
    for (const QByteArray& key : recipientKeys) {
        auto stanza = crypto::sealTo(key, fileKey);
        if (!stanza) {
            return std::nullopt;
        }
        sealed.push_back(std::move(*stanza));
    }
    // Dummies are real seals (to keys thrown away at once), so they cannot be told apart from a recipient's.
    while (sealed.size() < static_cast<std::size_t>(count)) {
        const crypto::BoxKeyPair throwAway = crypto::generateBoxKeyPair();
        sealed.push_back(*crypto::sealTo(throwAway.publicKey, fileKey));
    }
    // Fisher-Yates with an unbiased bound, so a stanza's position says nothing about whose it is.
    for (std::size_t i = sealed.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(crypto::randomBelow(static_cast<std::uint32_t>(i)));
        std::swap(sealed[i - 1], sealed[j]);
    }
    QByteArray all;
    all.reserve(count * kStanzaSize);
    for (const QByteArray& stanza : sealed) {
        all.append(stanza);
    }
    return all;
}

std::optional<SecretBytes> Stanzas::open(const crypto::BoxKeyPair& keys, const char* stanzas, int count) {
    for (int i = 0; i < count; ++i) {
        auto opened = crypto::openSealed(keys, stanzas + static_cast<std::ptrdiff_t>(i) * kStanzaSize, kStanzaSize);
        if (opened) return opened;
    }
    return std::nullopt;
}

}  // namespace fieldcase::sync
