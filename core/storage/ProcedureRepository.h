#pragma once

#include "core/common/Result.h"
#include "core/domain/Procedure.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

class ProcedureRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureRepository)

public:
    ProcedureRepository(const Database& db, const Clock& clock);

    Result<qint64> insert(const Procedure& procedure);
    // Fails with Conflict when someone else changed the procedure since `procedure.revision`.
    Status update(const Procedure& procedure);
    Result<Procedure> find(qint64 id) const;
    Result<QList<Procedure>> forCase(qint64 caseId) const;
    Result<qint64> addEvent(qint64 procedureId, const ProcedureEvent& event);
    // Moves the procedure after an event; bumps the revision.
    Status setState(const Procedure& procedure);

private:
    Status writePersons(qint64 id, const QList<qint64>& personIds);
    Status loadDetails(Procedure& p) const;

    const Database& m_db;
    const Clock& m_clock;
};
