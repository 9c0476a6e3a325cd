#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

// Public holidays per country (resources/reference/holidays.json), and working-day
// arithmetic on them: a deadline of "10 working days" skips weekends and holidays.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)

public:
    static constexpr int SupportedFormat = 1;

    static Result<HolidayCalendar> fromJson(const QByteArray& json);
    static Result<HolidayCalendar> load(const QString& path);
    static const HolidayCalendar& current();
    static Status installFrom(const QString& path);
    static QString overridePath();

    bool isHoliday(const QString& country, QDate day) const;
    bool isWorkingDay(const QString& country, QDate day) const;
    // The day that is `days` working days after `from` (the count starts the next day).
    QDate addWorkingDays(const QString& country, QDate from, int days) const;

private:
    QString m_version;
    QHash<QString, QSet<QDate>> m_holidays;
    QHash<QString, QSet<int>> m_years;
};
