#pragma once

#include "core/domain/DocumentType.h"

#include <QDate>
#include <QString>

struct IdentityDocument
{
    qint64 id = 0;
    DocumentType type = DocumentType::Passport;
    QString number;
    QString issuingCountry; // ISO 3166-1 alpha-3
    QDate expiry;           // null when the document does not expire or it is not known

    bool operator==(const IdentityDocument&) const = default;
};
