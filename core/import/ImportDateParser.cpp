#include "core/import/ImportDateParser.h"

#include "core/common/TextNormalizer.h"

#include <QLocale>
#include <QRegularExpression>

ImportDateParser::ImportDateParser(ImportMapping::DateOrder order, QDate today)
    : m_order(order)
    , m_today(today)
{
}

int ImportDateParser::fullYear(int year, int digits) const
{
    if (digits != 2)
        return year;
    // "03/05/12" is 2012; "03/05/85" is 1985.
    const int century = m_today.year() / 100 * 100;
    return century + year > m_today.year() ? century - 100 + year : century + year;
}

bool ImportDateParser::looksLikeAge(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*\\d{1,3}\\s*$"));
    return number.match(text).hasMatch() && text.trimmed().toInt() <= 120;
}

ImportDateParser::Parsed ImportDateParser::dayMonthYear(int day, int month, int year,
                                                        const QString& text) const
{
    if (month < 1 || month > 12)
        return {std::nullopt, tr("“%1” is not a date: there is no month %2. Check the order of "
                                 "day and month chosen for the file.")
                                  .arg(text)
                                  .arg(month)};
    const QDate date(year, month, day);
    if (!date.isValid()) {
        const QDate first(year, month, 1);
        return {std::nullopt,
                tr("“%1” is not a date: %2 has %3 days.")
                    .arg(text, QLocale().standaloneMonthName(month) + u' ' + QString::number(year))
                    .arg(first.daysInMonth())};
    }
    return {PartialDate::exact(date), {}};
}

ImportDateParser::Parsed ImportDateParser::date(const QString& raw) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {PartialDate(), {}};
    // ISO, with or without a time after it.
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]*Z?)?$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return dayMonthYear(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt(),
                            text);
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{1,4})[/.\\- ](\\d{1,2})[/.\\- ](\\d{1,4})(?:\\s+[0-9:.]+)?$"));
    if (const auto m = parts.match(text); m.hasMatch()) {
        const QString a = m.captured(1), b = m.captured(2), c = m.captured(3);
        if (a.size() == 4)
            return dayMonthYear(c.toInt(), b.toInt(), a.toInt(), text);
        if (c.size() != 2 && c.size() != 4)
            return {std::nullopt,
                    tr("“%1” is not a date: the year must have 2 or 4 digits.").arg(text)};
        const int year = fullYear(c.toInt(), int(c.size()));
        if (m_order == ImportMapping::DateOrder::MonthDayYear)
            return dayMonthYear(b.toInt(), a.toInt(), year, text);
        return dayMonthYear(a.toInt(), b.toInt(), year, text);
    }
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{4})$"));
    if (const auto m = monthYear.match(text); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        if (month < 1 || month > 12)
            return {std::nullopt,
                    tr("“%1” is not a date: there is no month %2.").arg(text).arg(month)};
        return {PartialDate::yearMonth(m.captured(2).toInt(), month), {}};
    }
    static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
    if (yearOnly.match(text).hasMatch())
        return {PartialDate::yearOnly(text.toInt()), {}};
    if (looksLikeAge(text))
        return {std::nullopt, tr("“%1” looks like an age, not a date. If the column holds ages, "
                                 "map it as “%2”.")
                                  .arg(text, importFieldCodes().label(ImportField::Age))};
    return {std::nullopt,
            tr("“%1” is not a date Amparo can read; write it as %2.")
                .arg(text.left(40), m_order == ImportMapping::DateOrder::MonthDayYear
                                        ? QStringLiteral("12/31/2020")
                                    : m_order == ImportMapping::DateOrder::YearMonthDay
                                        ? QStringLiteral("2020-12-31")
                                        : QStringLiteral("31/12/2020"))};
}

std::optional<int> ImportDateParser::age(const QString& raw) const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})\\s*([a-z ]*)$"));
    const auto m = pattern.match(TextNormalizer::fold(raw));
    if (!m.hasMatch())
        return std::nullopt;
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2).trimmed();
    if (unit.isEmpty() || unit.startsWith(u'a') || unit.startsWith(u'y'))
        return n <= 120 ? std::optional<int>(n) : std::nullopt;
    // Months (meses, months) and weeks (semanas, weeks), days (dias, days): under a year.
    if (unit.startsWith(u'm') || unit.startsWith(u's') || unit.startsWith(u'w') ||
        unit.startsWith(u'd'))
        return n / (unit.startsWith(u'm') ? 12 : unit.startsWith(u'd') ? 365 : 52);
    return std::nullopt;
}
