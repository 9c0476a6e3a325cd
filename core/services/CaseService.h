#pragma once

#include "CaseValidator.h"
#include "common/Result.h"
#include "domain/CaseRecord.h"

#include <QCoreApplication>

class Clock;
class Database;

// Registers and changes cases with their family groups. Every save is validated whole and
// written in one transaction: it all lands, or nothing does.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    CaseService(const Database& db, const Clock& clock);

    // Saves a new case (id 0: a number is assigned) or changes to an existing one. Returns
    // the case as stored, with ids, number and revision filled in.
    Result<CaseRecord> save(const CaseRecord& record);
    Result<CaseRecord> load(qint64 caseId) const;
    Result<CaseRecord> loadByNumber(const QString& caseNumber) const;

private:
    Status checkDocumentsAreFree(const CaseRecord& record) const;
    Result<qint64> write(const CaseRecord& record);

    const Database& m_db;
    const Clock& m_clock;
    CaseValidator m_validator;
};
