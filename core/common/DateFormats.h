#pragma once

#include <QDate>
#include <QString>

// Dates as people read them in their language.
class DateFormats
{
public:
    // The short numeric form of the user's language with all four digits of the year
    // (5/4/1926, 05/04/1926): a two-digit year cannot tell a grandmother from a baby.
    static QString numeric(QDate date);
};
