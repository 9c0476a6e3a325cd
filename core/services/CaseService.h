#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"
#include "core/services/CaseValidator.h"

#include <QCoreApplication>

class Clock;
class Database;

// Registers, opens and changes cases with their family groups, on behalf of a signed-in
// user. Every save is validated whole and written in one transaction together with its
// audit entry: it all lands, or nothing does. What a role may not read is removed from the
// cases it gets.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    CaseService(const Database& db, const Clock& clock, const UserSession& session);

    // Saves a new case (id 0: a number is assigned) or changes to an existing one. Returns
    // the case as stored, with ids, number and revision filled in.
    // What save() checks before it writes: permission, every field, documents held by
    // others, where the case is kept. Nothing is written.
    Status checkSavable(const CaseRecord& record) const;
    // `newPersonReason`: why a person is registered although IntakeCheck found who may be
    // them (kept in the audit trail).
    Result<CaseRecord> save(const CaseRecord& record, const QString& newPersonReason = {});
    // A person opens a case to look at it: recorded in the audit trail.
    Result<CaseRecord> open(qint64 caseId);
    Result<CaseRecord> openByNumber(const QString& caseNumber);
    // Reads a case without recording it (to refresh what is already open).
    Result<CaseRecord> load(qint64 caseId) const;
    // The case, to change it or what belongs to it: refused when another site owns it.
    Result<CaseRecord> loadToChange(qint64 caseId) const;
    // The site that keeps the case when it is not this database (empty when it is).
    Result<QString> keptElsewhere(qint64 caseId) const;

private:
    // The case as the session's role may see it, before CaseRedactor shortens birth dates.
    Result<CaseRecord> readVisible(qint64 caseId) const;
    Status checkDocumentsAreFree(const CaseRecord& record) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseValidator m_validator;
};
