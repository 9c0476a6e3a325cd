#include "core/domain/PersonJson.h"

#include <QJsonArray>

QJsonObject PersonJson::of(const Person& p)
{
    QJsonArray documents;
    for (const IdentityDocument& d : p.documents) {
        documents.append(QJsonObject{{QStringLiteral("type"), documentTypeCodes().code(d.type)},
                                     {QStringLiteral("number"), d.number},
                                     {QStringLiteral("issuingCountry"), d.issuingCountry},
                                     {QStringLiteral("expiry"), d.expiry.toString(Qt::ISODate)}});
    }
    return QJsonObject{
        {QStringLiteral("givenNames"), p.givenNames},
        {QStringLiteral("familyName1"), p.familyName1},
        {QStringLiteral("familyName2"), p.familyName2},
        {QStringLiteral("otherNames"), QJsonArray::fromStringList(p.otherNames)},
        {QStringLiteral("sex"), sexCodes().code(p.sex)},
        {QStringLiteral("birthDate"), p.birthDate.storageValue()},
        {QStringLiteral("birthDatePrecision"), p.birthDate.precisionCode()},
        {QStringLiteral("birthCountry"), p.birthCountry},
        {QStringLiteral("nationalities"), QJsonArray::fromStringList(p.nationalities)},
        {QStringLiteral("noDocument"), p.hasNoDocument},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("country"), p.location.country},
        {QStringLiteral("admin1"), p.location.admin1},
        {QStringLiteral("place"), p.location.place},
    };
}

QString PersonJson::text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(text(item));
        return items.join(QStringLiteral("; "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const QString part = text(it.value()); !part.isEmpty())
                parts.append(it.key() + QLatin1Char(' ') + part);
        }
        return parts.join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}
