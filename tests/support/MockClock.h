#pragma once

#include "core/common/Clock.h"

#include <QTimeZone>

// A clock that says what the test tells it to.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime now = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
