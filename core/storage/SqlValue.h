#pragma once

#include <QDate>
#include <QVariant>

// How optional values are written to and read from a column: an unset date or reference is
// NULL, a date is its ISO text.
namespace SqlValue {
inline QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

inline QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace SqlValue
