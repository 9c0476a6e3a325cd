#include "core/domain/Person.h"

#include "core/common/TextNormalizer.h"

QString Person::fullName() const
{
    QStringList parts;
    for (const QString& p : {givenNames, familyName1, familyName2}) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            parts.append(t);
    }
    return parts.join(QLatin1Char(' '));
}

QString Person::sortKey() const
{
    return TextNormalizer::fold(
        QStringList{familyName1, familyName2, givenNames}.join(QLatin1Char(' ')));
}
