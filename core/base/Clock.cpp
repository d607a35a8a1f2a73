#include "core/base/Clock.h"

#include <QDateTime>

namespace fieldcase {

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace fieldcase
