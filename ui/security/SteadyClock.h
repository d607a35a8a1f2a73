#pragma once

#include <QtGlobal>

#include <functional>

namespace fieldcase::ui {

// Milliseconds from a monotonic clock, for the app's safety timers (auto-lock, clipboard clearing, unlock back-off):
// a clock the person can set would let them stretch those. Tests pass a fake one wherever one is taken.
using SteadyClock = std::function<qint64()>;

// The real one: milliseconds since the first call.
qint64 steadyNowMs();

// clock itself, or the real one when clock is empty.
SteadyClock orSteadyClock(SteadyClock clock);

}  // namespace fieldcase::ui
