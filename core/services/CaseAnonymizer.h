#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class Clock;
class Database;

// Keeps of a case only what statistics count, in the caller's transaction: each member's
// sex, date of birth, nationalities, country and department; the case's site, dates, status
// and outcome; risk levels, specific-needs codes, procedures' types, stages and outcomes,
// deadlines' dates, referrals' services, priority and answers, tracing requests' status.
// Everything that names or describes someone goes: names, other names, documents, phone,
// place, notes, closure reason, caseworker, observations, file numbers, reasons, the case
// plan, conflict checks, the names a tracing request seeks. Returns what identified the
// members, so that the audit trail can be emptied of it too.
class CaseAnonymizer
{
    Q_DECLARE_TR_FUNCTIONS(CaseAnonymizer)

public:
    CaseAnonymizer(const Database& db, const Clock& clock);

    Result<QStringList> anonymize(qint64 caseId) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};
