#pragma once

#include "core/domain/IdentityDocument.h"
#include "core/domain/Location.h"
#include "core/domain/PartialDate.h"
#include "core/domain/Sex.h"

#include <QList>
#include <QString>
#include <QStringList>

// A person as registered: names as the person carries them, and what identifies them.
struct Person
{
    qint64 id = 0;
    QString givenNames;     // one or several ("María José")
    QString familyName1;    // first family name
    QString familyName2;    // second family name, often absent
    QStringList otherNames; // aliases and spellings from other documents
    Sex sex = Sex::Unknown;
    PartialDate birthDate;
    QString birthCountry;       // ISO 3166-1 alpha-3, may be empty
    QStringList nationalities;  // ISO 3166-1 alpha-3, in order of importance
    bool hasNoDocument = false; // the person has no identity document at all
    QList<IdentityDocument> documents;
    QString phone;
    Location location;

    // "María José Pérez Gómez"
    QString fullName() const;
    // Family names then given names, folded: how lists sort people.
    QString sortKey() const;

    bool operator==(const Person&) const = default;
};
