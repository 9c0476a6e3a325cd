#include "core/reference/HolidayCalendar.h"

#include "core/reference/ReferenceFile.h"

#include "core/reference/CountryCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
Error broken(const QString& what)
{
    return Error(Error::Code::Refused,
                 HolidayCalendar::tr("The holidays file cannot be used: %1").arg(what));
}
} // namespace

Result<HolidayCalendar> HolidayCalendar::fromJson(const QByteArray& json)
{
    Result<QJsonObject> parsed = ReferenceFile::root(json, SupportedFormat);
    if (!parsed)
        return broken(parsed.error().message());
    const QJsonObject& root = *parsed;
    HolidayCalendar c;
    c.m_version = root.value(QStringLiteral("version")).toString();
    const QJsonObject countries = root.value(QStringLiteral("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        if (!CountryCatalog::instance().isCountry(it.key()))
            return broken(tr("“%1” is not a country code.").arg(it.key()));
        for (const QJsonValue& v : it.value().toArray()) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid())
                return broken(
                    tr("“%1” under %2 is not a date (YYYY-MM-DD).").arg(v.toString(), it.key()));
            c.m_holidays[it.key()].insert(d);
            c.m_years[it.key()].insert(d.year());
        }
    }
    return c;
}

Result<HolidayCalendar> HolidayCalendar::load(const QString& path)
{
    Result<QByteArray> bytes = ReferenceFile::read(path, 4 * 1024 * 1024);
    if (!bytes)
        return broken(bytes.error().message());
    return fromJson(*bytes);
}

const HolidayCalendar& HolidayCalendar::current()
{
    return ReferenceFile::Installed<HolidayCalendar>::current(
        QStringLiteral(":/reference/holidays.json"));
}

Status HolidayCalendar::installFrom(const QString& path)
{
    return ReferenceFile::Installed<HolidayCalendar>::installFrom(path);
}

QString HolidayCalendar::overridePath()
{
    return ReferenceFile::overridePath(QStringLiteral("holidays.json"));
}

bool HolidayCalendar::isHoliday(const QString& country, QDate day) const
{
    return m_holidays.value(country).contains(day);
}

bool HolidayCalendar::isWorkingDay(const QString& country, QDate day) const
{
    return day.dayOfWeek() <= 5 && !isHoliday(country, day);
}

QDate HolidayCalendar::addWorkingDays(const QString& country, QDate from, int days) const
{
    QDate d = from;
    int counted = 0;
    while (counted < days) {
        d = d.addDays(1);
        if (isWorkingDay(country, d))
            ++counted;
    }
    return d;
}
