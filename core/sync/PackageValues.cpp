#include "core/sync/PackageValues.h"

#include <QJsonObject>

#include <cmath>

namespace {
const QString bytesKey = QStringLiteral("$b");
}

QJsonValue PackageValues::toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject{{bytesKey, QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant PackageValues::fromJson(const QJsonValue& value, bool* ok)
{
    *ok = true;
    switch (value.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            return qint64(d);
        return d;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.value(bytesKey).isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                o.value(bytesKey).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                return decoded.decoded;
        }
        break;
    }
    default:
        break;
    }
    *ok = false;
    return QVariant();
}
