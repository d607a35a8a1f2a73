#pragma once

#include <QtGlobal>

namespace fieldcase {
class Clock;
}

namespace fieldcase::store {

// Hybrid logical clock (Kulkarni et al. 2014) packed in one integer: wall milliseconds << 16 | counter.
// It orders events close to real time, never goes backwards, and never adopts a remote time that is
// more than a day ahead of this laptop's clock (a device with a wrong date cannot drag everyone along).
class HybridClock {
public:
    static constexpr qint64 kMaxAheadMs = 24LL * 60 * 60 * 1000;

    HybridClock(const Clock& clock, qint64 last);

    // A stamp for a local event, greater than every stamp seen so far.
    qint64 tick();
    // Takes a remote stamp into account; returns false (and ignores it) when it is more than a day ahead.
    bool observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 wallMs(qint64 stamp) { return stamp >> 16; }
    static qint64 pack(qint64 wallMs, qint64 counter) { return (wallMs << 16) | counter; }

private:
    const Clock& m_clock;
    qint64 m_last;
};

}  // namespace fieldcase::store
