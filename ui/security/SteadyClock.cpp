#include "ui/security/SteadyClock.h"

#include <QElapsedTimer>

#ifdef Q_OS_LINUX
#include <time.h>
#endif

namespace fieldcase::ui {

qint64 steadyNowMs() {
#ifdef Q_OS_LINUX
    // CLOCK_BOOTTIME goes on while the laptop sleeps; CLOCK_MONOTONIC (QElapsedTimer's) stops, so a vault left
    // open when the lid closed would still count as freshly used two hours later.
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return static_cast<qint64>(now.tv_sec) * 1000 + static_cast<qint64>(now.tv_nsec) / 1000000;
#endif
    static QElapsedTimer since;
    if (!since.isValid()) since.start();
    return since.elapsed();
}

SteadyClock orSteadyClock(SteadyClock clock) {
    return clock ? std::move(clock) : SteadyClock(steadyNowMs);
}

}  // namespace fieldcase::ui
