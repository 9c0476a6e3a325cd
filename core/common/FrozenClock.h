#pragma once

#include "core/common/Clock.h"

#include <QDateTime>

// The time at which a long piece of work began, read once: an import checks a million rows
// against one "today", and asking the system for the local time on every row (a file system
// look-up for the time zone each time) would cost more than checking the row.
class FrozenClock : public Clock
{
public:
    explicit FrozenClock(const Clock& clock)
        : m_now(clock.now().toLocalTime())
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
