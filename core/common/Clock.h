#pragma once

#include <QDate>
#include <QDateTime>

// The source of "now". Services take a Clock so that deadlines, ages and dates are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    // The real clock of the machine.
    static const Clock& system();
};
