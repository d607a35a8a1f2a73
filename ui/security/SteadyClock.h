#pragma once

#include <QtGlobal>

#include <functional>

namespace fieldcase::ui {

// Milliseconds from a clock nobody can set and that counts time spent asleep, for the app's safety timers
// (auto-lock, clipboard clearing, unlock back-off): a clock the person can set would let them stretch those, and one
// that stops while the laptop sleeps would find a vault left open before two hours of sleep freshly used on waking.
// Tests pass a fake one wherever one is taken.
using SteadyClock = std::function<qint64()>;

// The real one: on Linux, milliseconds since boot including suspend (CLOCK_BOOTTIME); elsewhere a monotonic clock.
qint64 steadyNowMs();

// clock itself, or the real one when clock is empty.
SteadyClock orSteadyClock(SteadyClock clock);

}  // namespace fieldcase::ui
