#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Deadline.h"
#include "core/domain/Procedure.h"
#include "core/security/UserSession.h"
#include "core/services/ProcedureRules.h"

#include <QCoreApplication>

class Clock;
class Database;

// Legal procedures on a case, on behalf of a signed-in user: opened for some or all members,
// moved by recorded events as ProcedureRules say. Each change is one transaction with its
// audit entry.
class ProcedureService
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureService)

public:
    ProcedureService(const Database& db, const Clock& clock, const UserSession& session);

    Result<Procedure> open(const Procedure& procedure);
    // Authority, file number, responsible, persons, named stages.
    Result<Procedure> update(const Procedure& procedure);
    Result<Procedure> find(qint64 id) const;
    Result<QList<Procedure>> forCase(qint64 caseId) const;
    Result<Procedure> recordEvent(qint64 procedureId, const ProcedureRules::EventInput& input);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
