#pragma once

#include "core/common/EnumTable.h"
#include "core/domain/AgeGroup.h"
#include "core/domain/Sex.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Whether the person reported what happened to an institution.
enum class IncidentReported
{
    Yes,
    No,
    NotSaid
};

// What a person may choose to say about themselves, so that what happens to groups often
// targeted can be counted; never asked as a condition of anything.
enum class Diversity
{
    Lgbtiq,
    Disability,
    Indigenous,
    AfroDescendant
};

const EnumTable<IncidentReported>& incidentReportedCodes();
const EnumTable<Diversity>& diversityCodes();

// What happened, in the incident catalogue's codes only: the part of an incident that is
// counted, the same whether it was told in a case or in an anonymous monitoring interview.
struct IncidentFacts
{
    QString type;                          // incident catalogue: incidentTypes
    QString perpetrator;                   // perpetrators
    QDate month;                           // the first day of the month it happened in
    QString country;                       // ISO 3166-1 alpha-3
    QString admin1;                        // ISO 3166-2, or empty
    QString place;                         // places: an official or informal crossing, the route…
    AgeGroup ageGroup = AgeGroup::Unknown; // of the person it happened to
    Sex sex = Sex::Unknown;
    QStringList diversity; // Diversity codes the person chose to state
    IncidentReported reported = IncidentReported::NotSaid;
    QString institution;   // institutions: where it was reported; empty when not reported
    QString stateResponse; // stateResponses

    bool operator==(const IncidentFacts&) const = default;
};

// An incident told by a person of a case (or by the family, personId 0). The narrative is
// read only by legal staff and administrators.
struct Incident
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 personId = 0;
    IncidentFacts facts;
    QString narrative;
    QString recordedBy;

    bool operator==(const Incident&) const = default;
};
