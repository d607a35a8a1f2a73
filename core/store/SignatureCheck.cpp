#include "core/store/SignatureCheck.h"

#include "core/crypto/Hash.h"
#include "core/crypto/Signer.h"
#include "core/store/Mutator.h"

namespace fieldcase::store {

bool changesetSigned(const StoredChangeset& changeset, const ChangesetBody& body, const QByteArray& signPublicKey) {
    const QByteArray message =
        signedMessage({changeset.origin, changeset.seq, changeset.hlc, changeset.prevHash}, body.format, body.entries);
    return crypto::hash(message) == changeset.hash &&
           crypto::verifySignature(signPublicKey, message, changeset.signature);
}

SignatureCheck::SignatureCheck(const std::vector<StoredChangeset>& changesets, std::map<QByteArray, QByteArray> keys)
    : m_changesets(changesets), m_keys(std::move(keys)), m_verdicts(changesets.size()) {
    if (changesets.size() < kParallelFrom) return;
    m_thread = std::jthread([this](std::stop_token stop) {
        for (std::size_t i = 0; i < m_changesets.size() && !stop.stop_requested(); ++i) {
            const auto key = m_keys.find(m_changesets[i].origin);
            m_verdicts[i].store(key == m_keys.end() ? Bad : check(i, key->second), std::memory_order_release);
            m_verdicts[i].notify_one();
        }
    });
}

SignatureCheck::~SignatureCheck() = default;

bool SignatureCheck::verified(std::size_t index, const QByteArray& signPublicKey) {
    if (m_thread.joinable()) m_verdicts[index].wait(Pending, std::memory_order_acquire);  // the thread is past it
    const auto key = m_keys.find(m_changesets[index].origin);
    if (!m_thread.joinable() || key == m_keys.end() || key->second != signPublicKey)
        return check(index, signPublicKey) == Good;
    return m_verdicts[index].load(std::memory_order_acquire) == Good;
}

SignatureCheck::Verdict SignatureCheck::check(std::size_t index, const QByteArray& signPublicKey) const {
    auto body = decodeBody(m_changesets[index].body);
    return body && changesetSigned(m_changesets[index], *body, signPublicKey) ? Good : Bad;
}

}  // namespace fieldcase::store
