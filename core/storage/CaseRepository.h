#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QCoreApplication>

class Clock;
class Database;
struct Site;

// The cases table: number allocation, the case's own fields, optimistic revisions.
// Members, notes and consent have repositories of their own.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    CaseRepository(const Database& db, const Clock& clock);

    // The next case number for a site and year ("CUC-2026-00042"); never handed out twice,
    // even if a case is later removed.
    Result<QString> allocateNumber(const Site& site, int year);
    // Reserves the next `count` numbers of a site and year at once; returns the last of them.
    Result<int> reserveNumbers(qint64 siteId, int year, int count);
    // Gives back the numbers after `used` of a reservation that ended at `reserved`, unless
    // more were reserved since.
    Status returnNumbers(qint64 siteId, int year, int reserved, int used);
    static QString numberText(const Site& site, int year, int sequence);

    Result<qint64> insert(const CaseRecord& record, qint64 principalId, const QString& sortName);
    // Fails with Conflict when the stored revision is not record.revision: someone else
    // saved the case in between.
    Status update(const CaseRecord& record, qint64 principalId, const QString& sortName);
    // The case's own fields (no members, notes or consent).
    // `withClosureReason`: false for a role that may not read free text.
    Result<CaseRecord> find(qint64 id, bool withClosureReason = true) const;
    Result<qint64> idForNumber(const QString& caseNumber) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};
