#pragma once

#include <QDate>
#include <QString>

#include <optional>

// A date of birth as people know it: exact, year and month, year only, estimated from an
// age ("about 40"), or unknown. Stored as an ISO prefix ("2012-05-03", "2012-05", "2012")
// plus the precision.
class PartialDate
{
public:
    enum class Precision
    {
        Unknown,
        Year,
        YearMonth,
        Exact,
        Estimated
    };

    PartialDate() = default;
    static PartialDate exact(QDate date);
    static PartialDate yearMonth(int year, int month);
    static PartialDate yearOnly(int year);
    // "About N years old" on a given day: the year of birth is estimated.
    static PartialDate estimatedFromAge(int ageYears, QDate onDay);
    static PartialDate estimatedYear(int year);
    // Reads what a person types: "2012-05-03", "03/05/2012" (day first), "2012-05", "2012",
    // "~40" or "about 40" (an age). nullopt when the text is none of these or no such date
    // exists; an empty text is an unknown date.
    static std::optional<PartialDate> parse(const QString& text, QDate today);

    // Parses what fromStorage() wrote; nullopt when the stored text is malformed.
    static std::optional<PartialDate> fromStorage(const QString& precisionCode,
                                                  const QString& value);
    QString precisionCode() const;
    QString storageValue() const;

    Precision precision() const { return m_precision; }
    bool isKnown() const { return m_precision != Precision::Unknown; }
    bool isValid() const;
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate date() const;

    // The first and last day the person may have been born on (for estimates, a few years
    // either side). Null dates when unknown.
    QDate earliest() const;
    QDate latest() const;

    // Age in whole years on a day: exact when the date allows, the most likely otherwise.
    std::optional<int> ageOn(QDate day) const;
    // "03/05/2012", "05/2012", "2012", "about 40 years", or "unknown".
    QString displayText(QDate today) const;

    bool operator==(const PartialDate& other) const = default;

    // How many years either side an estimated year of birth may be off.
    static constexpr int EstimateToleranceYears = 3;

private:
    Precision m_precision = Precision::Unknown;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
