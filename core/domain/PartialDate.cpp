#include "core/domain/PartialDate.h"

#include "core/common/DateFormats.h"

#include <QCoreApplication>
#include <QRegularExpression>

PartialDate PartialDate::exact(QDate date)
{
    PartialDate d;
    if (!date.isValid())
        return d;
    d.m_precision = Precision::Exact;
    d.m_year = date.year();
    d.m_month = date.month();
    d.m_day = date.day();
    return d;
}

PartialDate PartialDate::yearMonth(int year, int month)
{
    PartialDate d;
    d.m_precision = Precision::YearMonth;
    d.m_year = year;
    d.m_month = month;
    return d;
}

PartialDate PartialDate::yearOnly(int year)
{
    PartialDate d;
    d.m_precision = Precision::Year;
    d.m_year = year;
    return d;
}

PartialDate PartialDate::estimatedFromAge(int ageYears, QDate onDay)
{
    return estimatedYear(onDay.year() - ageYears);
}

PartialDate PartialDate::estimatedYear(int year)
{
    PartialDate d;
    d.m_precision = Precision::Estimated;
    d.m_year = year;
    return d;
}

std::optional<PartialDate> PartialDate::parse(const QString& text, QDate today)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return PartialDate();
    static const QRegularExpression age(
        QStringLiteral(
            "^(?:~|about|approx\\.?|aproximadamente|aprox\\.?|cerca de|cerca)\\s*(\\d{1,3})$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = age.match(t); m.hasMatch())
        return estimatedFromAge(m.captured(1).toInt(), today);
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    if (const auto m = dayFirst.match(t); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return d.isValid() ? std::optional<PartialDate>(exact(d)) : std::nullopt;
    }
    static const QRegularExpression iso(QStringLiteral("^\\d{4}(-\\d{2}){0,2}$"));
    if (!iso.match(t).hasMatch())
        return std::nullopt;
    const int parts = int(t.count(QLatin1Char('-')));
    const QString precision = parts == 2   ? QStringLiteral("exact")
                              : parts == 1 ? QStringLiteral("month")
                                           : QStringLiteral("year");
    return fromStorage(precision, t);
}

std::optional<PartialDate> PartialDate::fromStorage(const QString& precisionCode,
                                                    const QString& value)
{
    if (precisionCode == QLatin1String("unknown") || precisionCode.isEmpty())
        return PartialDate();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?$"));
    const auto match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    PartialDate d;
    if (precisionCode == QLatin1String("exact") && QDate(year, month, day).isValid())
        d = exact(QDate(year, month, day));
    else if (precisionCode == QLatin1String("month") && month > 0 && day == 0)
        d = yearMonth(year, month);
    else if (precisionCode == QLatin1String("year") && month == 0)
        d = yearOnly(year);
    else if (precisionCode == QLatin1String("estimated") && month == 0)
        d = estimatedYear(year);
    else
        return std::nullopt;
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString PartialDate::precisionCode() const
{
    switch (m_precision) {
    case Precision::Exact:
        return QStringLiteral("exact");
    case Precision::YearMonth:
        return QStringLiteral("month");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Estimated:
        return QStringLiteral("estimated");
    case Precision::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString PartialDate::storageValue() const
{
    const QString y = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    switch (m_precision) {
    case Precision::Exact:
        return date().toString(Qt::ISODate);
    case Precision::YearMonth:
        return y + QStringLiteral("-%1").arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Year:
    case Precision::Estimated:
        return y;
    case Precision::Unknown:
        break;
    }
    return {};
}

bool PartialDate::isValid() const
{
    switch (m_precision) {
    case Precision::Unknown:
        return true;
    case Precision::Exact:
        return QDate(m_year, m_month, m_day).isValid();
    case Precision::YearMonth:
        return m_year >= 1 && m_year <= 9999 && m_month >= 1 && m_month <= 12;
    case Precision::Year:
    case Precision::Estimated:
        return m_year >= 1 && m_year <= 9999;
    }
    return false;
}

QDate PartialDate::date() const
{
    return m_precision == Precision::Exact ? QDate(m_year, m_month, m_day) : QDate();
}

QDate PartialDate::earliest() const
{
    switch (m_precision) {
    case Precision::Exact:
        return date();
    case Precision::YearMonth:
        return QDate(m_year, m_month, 1);
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Estimated:
        return QDate(m_year - EstimateToleranceYears, 1, 1);
    case Precision::Unknown:
        break;
    }
    return {};
}

QDate PartialDate::latest() const
{
    switch (m_precision) {
    case Precision::Exact:
        return date();
    case Precision::YearMonth: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Estimated:
        return QDate(m_year + EstimateToleranceYears, 12, 31);
    case Precision::Unknown:
        break;
    }
    return {};
}

std::optional<int> PartialDate::ageOn(QDate day) const
{
    if (!isKnown() || !isValid() || !day.isValid())
        return std::nullopt;
    if (m_precision == Precision::Exact || m_precision == Precision::YearMonth) {
        const QDate born = m_precision == Precision::Exact ? date() : QDate(m_year, m_month, 1);
        int age = day.year() - born.year();
        if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day()))
            --age;
        return std::max(age, 0);
    }
    // Year only or estimated: the age reached this year.
    return std::max(day.year() - m_year, 0);
}

QString PartialDate::displayText(QDate today) const
{
    switch (m_precision) {
    case Precision::Exact:
        return DateFormats::numeric(date());
    case Precision::YearMonth:
        return QStringLiteral("%1/%2").arg(m_month, 2, 10, QLatin1Char('0')).arg(m_year);
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Estimated: {
        const int age = ageOn(today).value_or(0);
        return QCoreApplication::translate("PartialDate", "about %n years", nullptr, age);
    }
    case Precision::Unknown:
        break;
    }
    return QCoreApplication::translate("PartialDate", "unknown");
}
