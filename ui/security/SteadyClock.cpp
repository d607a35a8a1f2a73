#include "ui/security/SteadyClock.h"

#include <QElapsedTimer>

namespace fieldcase::ui {

qint64 steadyNowMs() {
    static QElapsedTimer since;
    if (!since.isValid()) since.start();
    return since.elapsed();
}

SteadyClock orSteadyClock(SteadyClock clock) {
    return clock ? std::move(clock) : SteadyClock(steadyNowMs);
}

}  // namespace fieldcase::ui
