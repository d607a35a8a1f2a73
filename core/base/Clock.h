#pragma once

#include <QtGlobal>

namespace fieldcase {

// Wall-clock time in milliseconds since the epoch; injectable so tests control time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The system's clock.
class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

}  // namespace fieldcase
