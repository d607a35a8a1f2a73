#pragma once

#include "core/store/Changeset.h"

#include <QByteArray>

#include <atomic>
#include <cstdint>
#include <map>
#include <thread>
#include <vector>

namespace fieldcase::store {

struct StoredChangeset;

// Whether a changeset, its body decoded, hashes to its stated hash and carries the signature of signPublicKey.
bool changesetSigned(const StoredChangeset& changeset, const ChangesetBody& body, const QByteArray& signPublicKey);

// Checks the hashes and signatures of a batch of changesets on a second thread while the first applies them: the
// Ed25519 check (about 50 µs a changeset) is the largest single cost of an import, and it needs nothing from the
// database but the signers' keys. The batch's changesets must not change while the check lives.
class SignatureCheck {
public:
    // keys: device id -> signing public key, as the vault holds them when the batch starts. Fewer than
    // kParallelFrom changesets are not worth a thread: they are checked when asked.
    SignatureCheck(const std::vector<StoredChangeset>& changesets, std::map<QByteArray, QByteArray> keys);
    ~SignatureCheck();  // stops the thread and waits for it
    SignatureCheck(const SignatureCheck&) = delete;
    SignatureCheck& operator=(const SignatureCheck&) = delete;

    // Whether changeset `index` of the batch hashes to its stated hash and carries its origin's signature under
    // `signPublicKey`; waits for the second thread when it has not got there yet. A key other than the one the
    // thread used (the device's key changed since the batch started) is checked here. Once it returns, the second
    // thread is past `index`: the changeset's bytes may be let go.
    bool verified(std::size_t index, const QByteArray& signPublicKey);

    static constexpr std::size_t kParallelFrom = 16;

private:
    enum Verdict : std::uint8_t { Pending, Good, Bad };
    Verdict check(std::size_t index, const QByteArray& signPublicKey) const;

    const std::vector<StoredChangeset>& m_changesets;
    const std::map<QByteArray, QByteArray> m_keys;
    std::vector<std::atomic<std::uint8_t>> m_verdicts;
    std::jthread m_thread;  // last: stopped and joined before the rest goes
};

}  // namespace fieldcase::store
