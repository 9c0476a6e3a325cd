#include "core/domain/TracingRequest.h"

QString SoughtPerson::fullName() const
{
    return QStringList{givenNames, familyName1, familyName2}.join(QLatin1Char(' ')).simplified();
}

QString TracingRequest::reference() const
{
    return id > 0 ? QStringLiteral("TR-%1").arg(id, 6, 10, QLatin1Char('0')) : QString();
}
