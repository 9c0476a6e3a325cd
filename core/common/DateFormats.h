#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates as people read and type them in their language: the one place their format is
// decided, for every screen, command and document.
class DateFormats
{
public:
    // The short numeric form of the user's language with all four digits of the year
    // (5/4/1926, 05/04/1926): a two-digit year cannot tell a grandmother from a baby. A
    // language without a numeric form (the C locale of a bare system) uses dd/MM/yyyy.
    static QString numericFormat();
    static QString numeric(QDate date);
    // The same with the time of day in hours and minutes (and seconds, for the audit trail),
    // in local time.
    static QString numeric(const QDateTime& moment, bool withSeconds = false);
};
