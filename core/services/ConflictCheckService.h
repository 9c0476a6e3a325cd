#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/ConflictCheck.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;

// Conflict-of-interest checks before a case or procedure is taken on: the names and
// document numbers of the new persons (and of any opposing party) against every person and
// opposing party already known, with the same tolerant name comparison as family tracing.
// The decision is recorded on the case.
class ConflictCheckService
{
    Q_DECLARE_TR_FUNCTIONS(ConflictCheckService)

public:
    static constexpr double NameThreshold = 0.82;

    ConflictCheckService(const Database& db, const Clock& clock, const UserSession& session);

    // Possible conflicts, best first; persons of `excludeCaseId` are not reported.
    Result<QList<ConflictFinding>> check(const QList<ConflictSubject>& subjects,
                                         qint64 excludeCaseId = 0) const;
    Result<ConflictCheck> record(qint64 caseId, const QList<ConflictSubject>& subjects,
                                 const QList<ConflictFinding>& findings,
                                 ConflictCheck::Decision decision, const QString& note);
    Result<QList<ConflictCheck>> checks(qint64 caseId) const;

    Result<OpposingParty> addOpposingParty(qint64 caseId, const QString& name,
                                           const QString& document, const QString& note);
    Status removeOpposingParty(qint64 caseId, qint64 partyId);
    Result<QList<OpposingParty>> opposingParties(qint64 caseId) const;

    // What to check for a case: each member's name and document numbers, and each
    // opposing party's.
    static QList<ConflictSubject> subjectsFor(const CaseRecord& record,
                                              const QList<OpposingParty>& parties);
    static QString decisionLabel(ConflictCheck::Decision decision);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
