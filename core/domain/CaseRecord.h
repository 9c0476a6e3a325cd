#pragma once

#include "core/domain/CaseOutcome.h"
#include "core/domain/CaseStatus.h"
#include "core/domain/Person.h"
#include "core/domain/Relationship.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct CaseMember
{
    Person person;
    Relationship relationship = Relationship::Principal;

    bool operator==(const CaseMember&) const = default;
};

struct CaseNote
{
    qint64 id = 0;
    QDateTime writtenAt;
    QString author;
    QString text;

    bool operator==(const CaseNote&) const = default;
};

// What the principal person agreed to, when, and who recorded it. Later features (referral,
// tracing contact) read it before they share or contact.
struct Consent
{
    QDate givenOn;
    QString recordedBy;
    bool registration = false;
    bool referral = false;
    bool tracingContact = false;

    bool operator==(const Consent&) const = default;
};

// A case: a family group registered together, with its number, status and history.
// members[0] is always the principal person.
struct CaseRecord
{
    qint64 id = 0;
    int revision = 0;   // increases with every save; detects concurrent edits
    QString caseNumber; // assigned when the case is first saved
    qint64 siteId = 0;
    CaseStatus status = CaseStatus::Open;
    QString closureReason;
    std::optional<CaseOutcome> outcome; // how it ended, once closed
    VoluntaryReturn voluntaryReturn;    // with the outcome VoluntaryReturn
    QDate registeredOn;
    QString caseworker;
    QList<CaseMember> members;
    QList<CaseNote> notes; // oldest first; new notes have id 0
    std::optional<Consent> consent;

    const Person* principal() const { return members.isEmpty() ? nullptr : &members[0].person; }

    bool operator==(const CaseRecord&) const = default;
};
