#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/base/SecretBytes.h"

#include <QByteArray>

#include <memory>

namespace fieldcase {

struct VaultSession;

namespace vault {

// The decoy a duress passphrase opens (docs/threat-model.md, "The duress passphrase"): a vault held in memory only,
// with a few harmless records, made again the same at every such unlock from the value the duress slot holds. It
// writes no file; what is changed in it is gone when it locks.
struct DecoyValue {
    // The 32 bytes the duress slot seals: an X25519 public key (the note to the office is sealed to it) whose always
    // zero top bit carries the decoy's language.
    static constexpr int kSize = 32;
    enum class Language { Russian, English };

    static SecretBytes make(const QByteArray& publicKey, Language language);
    static QByteArray publicKey(const SecretBytes& value);
    static Language language(const SecretBytes& value);
};

// The decoy session's clock: the real one, except while the decoy's records are made, when it gives their dates.
class DecoyClock final : public Clock {
public:
    explicit DecoyClock(const Clock& real) : m_real(real) {}
    qint64 nowMs() const override { return m_pinnedMs > 0 ? m_pinnedMs : m_real.nowMs(); }
    void pin(qint64 ms) { m_pinnedMs = ms; }
    void release() { m_pinnedMs = 0; }

private:
    const Clock& m_real;
    qint64 m_pinnedMs = 0;
};

// clock: the session's clock; anchorMs: when the records begin (the vault's own age, so they look as old as it).
Result<std::unique_ptr<VaultSession>> openDecoy(const QByteArray& vaultId, const SecretBytes& value, DecoyClock& clock,
                                                qint64 anchorMs);

}  // namespace vault
}  // namespace fieldcase
