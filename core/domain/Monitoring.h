#pragma once

#include "core/domain/AgeGroup.h"
#include "core/domain/Incident.h"
#include "core/domain/Sex.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A round of protection monitoring at a site: a few days or weeks of short interviews,
// counted together.
struct MonitoringRound
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString siteCode; // read with the round
    QString name;
    QDate startsOn;
    QDate endsOn;
    QString createdBy;
    int interviews = 0; // read with the round

    bool operator==(const MonitoringRound&) const = default;
};

// One anonymous interview of a round, following the sections of UNHCR's protection
// monitoring: who (an adult, as age group, sex and what they chose to say), legal status,
// intentions, risks upon return, needs, and what happened to them or their household. No
// name, contact or document; every answer a code of the incident catalogue.
struct MonitoringInterview
{
    qint64 id = 0;
    qint64 roundId = 0;
    QDate heldOn;
    bool consent = false; // to the interview, asked first
    AgeGroup ageGroup = AgeGroup::From18To59;
    Sex sex = Sex::Unknown;
    QStringList diversity;
    int householdSize = 1;
    QString legalStatus;
    QString intention;
    QStringList returnRisks;
    QStringList needs;
    QList<IncidentFacts> incidents;
    QString recordedBy;

    static constexpr int MaxHouseholdSize = 30;
    bool operator==(const MonitoringInterview&) const = default;
};
