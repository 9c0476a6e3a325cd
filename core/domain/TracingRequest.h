#pragma once

#include "core/domain/PartialDate.h"
#include "core/domain/Relationship.h"
#include "core/domain/Sex.h"
#include "core/domain/TracingStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A relative whose whereabouts are unknown, as the person looking for them describes them.
struct SoughtPerson
{
    QString givenNames;
    QString familyName1;
    QString familyName2;
    QStringList otherNames; // nicknames, other spellings
    Sex sex = Sex::Unknown;
    PartialDate birthDate; // often only a year or an age ("about 12")
    QString nationality;   // ISO 3166-1 alpha-3, may be empty
    QString lastKnownCountry;
    QString lastKnownPlace;
    PartialDate lastSeen;
    QString separation; // the circumstances of the separation

    QString fullName() const;
    bool operator==(const SoughtPerson&) const = default;
};

// "I am looking for my son": who asks (a member of a case, or someone not registered), who
// is sought, how to answer, and where the search stands.
struct TracingRequest
{
    qint64 id = 0;
    int revision = 0;
    qint64 siteId = 0;
    qint64 caseId = 0;           // the inquirer's case, 0 when they are not registered
    qint64 inquirerPersonId = 0; // 0 when not registered
    QString inquirerName;
    Relationship relationship = Relationship::OtherRelative; // what the sought is to them
    QString contact; // how to give the answer: phone, shelter, another organisation
    QDate requestedOn;
    SoughtPerson sought;
    TracingStatus status = TracingStatus::Open;
    QString closureReason;
    QDate closedOn;
    qint64 foundPersonId = 0;
    QString createdBy;

    // "TR-000123": what the inquirer is given to ask again.
    QString reference() const;
};

// One change of a request's status, for its history.
struct TracingStatusChange
{
    QDateTime at;
    QString by;
    TracingStatus from = TracingStatus::Open;
    TracingStatus to = TracingStatus::Open;
    QString note;
};
