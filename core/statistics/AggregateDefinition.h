#pragma once

#include "core/common/EnumTable.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What is counted.
enum class Measure
{
    Persons,             // members of cases, by the month their case was registered
    Cases,               // family groups, by the month of registration
    Screenings,          // risk screenings (or, by risk category or level, the categories assessed)
    SpecificNeeds,       // specific-needs codes in force, by the month they were recorded
    Procedures,          // legal procedures, by the month they were opened
    PermitsGranted,      // procedures that ended in recognition or a permit, by the month decided
    TracingRequests,     // tracing requests, by the month asked
    Reunifications,      // tracing requests closed as reunited, by the month closed
    DeadlinesMissed,     // deadlines met late or overdue, by the month due
    OpenDeadlines,       // deadlines not met yet, by the month due
    Referrals,           // referrals made and received, by the month made
    Incidents,           // what happened, told in cases and monitoring interviews, by the month
    ServiceBarriers,     // the incidents that deny asylum or a service (health, education, papers)
    MonitoringInterviews // anonymous protection-monitoring interviews, by the day held
};

// What the counts are broken down by. Every value is a category: no dimension can carry a
// name, a date finer than a month, a number or free text.
enum class Dimension
{
    Sex,
    AgeGroup, // 0–4, 5–11, 12–17, 18–59, 60+
    AgeBand,  // 0–17, 18+
    Nationality,
    Country, // of the current location (or of the site)
    Admin1,  // first-level division of the current location (or of the site)
    Site,
    Month,
    Quarter,
    Year,
    RiskCategory,
    RiskLevel,
    SpecificNeedCategory,
    ProcedureType,
    ProcedureOutcome,
    CaseStatus,
    TracingStatus,
    DeadlineDue, // overdue, within a week, later
    OverallRiskLevel,
    ReferralDirection,
    ReferralService, // a referral asking for two services counts in each
    ReferralPriority,
    ReferralState,
    AnswerTime, // how soon the partner answered: within 24 hours, 72 hours, 2 weeks, later
    IncidentType,
    IncidentGroup,
    Perpetrator,
    StateResponse,
    Reported,
    Place,          // the kind of place an incident happened in: a crossing, the route…
    IncidentSource, // told in a case or in a monitoring interview
    LegalStatus,
    Intention,
    ReturnRisk,    // an interview naming two risks counts in each
    MonitoringNeed // an interview naming two needs counts in each
};

const EnumTable<Measure>& measureCodes();
const EnumTable<Dimension>& dimensionCodes();

// An export definition: what to count, broken down by what, over which records, and the
// smallest count that may be shown. Saved as a small JSON file and run again.
struct AggregateDefinition
{
    Q_DECLARE_TR_FUNCTIONS(AggregateDefinition)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int MinimumThreshold = 5;
    static constexpr int MaximumThreshold = 1000;
    static constexpr int MaximumDimensions = 4;

    QString title;
    Measure measure = Measure::Persons;
    QList<Dimension> dimensions;
    QString fromMonth; // "2026-01"; empty: from the beginning
    QString toMonth;   // "2026-03", included; empty: up to now
    QStringList siteCodes;
    QString country; // ISO 3166-1 alpha-3; empty: every country
    int threshold = MinimumThreshold;

    // Checks everything a hand-edited file could get wrong; nothing half-read is returned.
    static Result<AggregateDefinition> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    Status validate() const;
    // "Persons by sex and age group, 2026-01 to 2026-03, sites CUC": for titles and audit.
    QString describe() const;
    static bool isPeriod(Dimension d);
    // "2026-03": a month as definitions and counts packages write it.
    static bool isMonth(const QString& text);
};
