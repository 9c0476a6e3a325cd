#pragma once

#include "core/common/Result.h"
#include "core/domain/Screening.h"

#include <QHash>

class Clock;
class Database;

// The current risk of each case, derived from the newest screening of each member and kept
// in its own tables so that the case list can filter and sort on it with indexes.
class CaseRiskRepository
{
public:
    explicit CaseRiskRepository(const Database& db);

    // Rewrites the case's row from the newest screenings of its members.
    Status store(qint64 caseId, const QHash<qint64, Screening>& latest);
    // The same, reading those screenings: after the members or their screenings changed.
    Status refresh(qint64 caseId, const Clock& clock);

private:
    const Database& m_db;
};
