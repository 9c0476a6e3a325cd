#include "core/common/DateFormats.h"

#include <QLocale>

QString DateFormats::numericFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1String("MMM")) || !format.contains(QLatin1Char('M')))
        return QStringLiteral("dd/MM/yyyy");
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateFormats::numeric(QDate date)
{
    return QLocale().toString(date, numericFormat());
}

QString DateFormats::numeric(const QDateTime& moment, bool withSeconds)
{
    return QLocale().toString(moment.toLocalTime(),
                              numericFormat() + (withSeconds ? QStringLiteral(" HH:mm:ss")
                                                             : QStringLiteral(" HH:mm")));
}
