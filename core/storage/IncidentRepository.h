#pragma once

#include "core/common/Result.h"
#include "core/domain/Incident.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

class IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)

public:
    IncidentRepository(const Database& db, const Clock& clock);

    Result<qint64> insert(const Incident& incident);
    // Everything but the case and who recorded it.
    Status update(const Incident& incident);
    Status remove(qint64 id);
    Result<Incident> find(qint64 id) const;
    // Newest first (by the month it happened).
    Result<QList<Incident>> forCase(qint64 caseId) const;
    Result<QList<Incident>> forPerson(qint64 personId) const;

private:
    Result<QList<Incident>> select(const QString& condition, const QVariantList& params) const;

    const Database& m_db;
    const Clock& m_clock;
};
