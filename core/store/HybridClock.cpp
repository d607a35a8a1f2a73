#include "core/store/HybridClock.h"

#include "core/base/Clock.h"

#include <algorithm>

namespace fieldcase::store {

namespace {
constexpr qint64 kCounterMask = 0xFFFF;
}

HybridClock::HybridClock(const Clock& clock, qint64 last) : m_clock(clock), m_last(last) {}

qint64 HybridClock::tick() {
    const qint64 now = m_clock.nowMs();
    const qint64 lastWall = wallMs(m_last);
    if (now > lastWall) {
        m_last = pack(now, 0);
    } else if ((m_last & kCounterMask) == kCounterMask) {
        // The counter is full: borrow the next millisecond rather than wrap.
        m_last = pack(lastWall + 1, 0);
    } else {
        m_last += 1;
    }
    return m_last;
}

bool HybridClock::observe(qint64 remote) {
    if (wallMs(remote) > m_clock.nowMs() + kMaxAheadMs) {
        return false;
    }
    m_last = std::max(m_last, remote);
    return true;
}

}  // namespace fieldcase::store
