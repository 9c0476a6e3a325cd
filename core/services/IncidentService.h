#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Incident.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// What happened to the persons of a case (issue 26): recorded, changed and removed by legal
// staff and administrators, who alone read them, narrative included; every change in the
// audit trail, under the case. What is counted of them (the codes) goes into the protected
// statistics; the narrative never does.
class IncidentService
{
    Q_DECLARE_TR_FUNCTIONS(IncidentService)

public:
    static constexpr int MaxNarrativeLength = 8000;

    IncidentService(const Database& db, const Clock& clock, const UserSession& session);

    // The problems of an incident of `record`: IncidentValidator's fields, "person" (not a
    // member of the case) and "narrative".
    QList<FieldError> validate(const CaseRecord& record, const Incident& incident) const;

    Result<Incident> record(const Incident& draft);
    Result<Incident> change(const Incident& incident);
    Status remove(qint64 incidentId);
    Result<QList<Incident>> forCase(qint64 caseId) const;
    // One line a person reads: "Extortion · Police · 2026-03 · Colombia, Norte de Santander".
    static QString describe(const IncidentFacts& facts);
    // "Colombia, Norte de Santander": the country and, when recorded, the department.
    static QString where(const IncidentFacts& facts);

private:
    Result<CaseRecord> caseToChange(qint64 caseId) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
