#pragma once

#include "core/common/Result.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

class Clock;
class Database;

// The organisation's retention promise for closed cases (administrators): how many months a
// case is kept after it closes — Amparo sets no period of its own, and recommends setting one
// until the organisation has — and the cases past it, each to erase, anonymize (keep only
// what statistics count) or renew until a date with a reason. Every decision is audited.
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)

public:
    // The cases past their period listed at once, longest past first.
    static constexpr int ListLimit = 500;

    struct DueCase
    {
        qint64 caseId = 0;
        QString caseNumber;
        QDate closedOn;
        QDate dueOn; // closedOn plus the period
        int members = 0;
    };
    struct DueList
    {
        QList<DueCase> cases;
        int total = 0;
    };

    RetentionService(const Database& db, const Clock& clock, const UserSession& session);

    // Months a closed case is kept; nothing when the organisation has not decided yet.
    Result<std::optional<int>> months() const;
    Status setMonths(int months);
    // Closed cases kept here past their period, neither anonymized nor renewed beyond today.
    Result<DueList> due() const;
    Status renew(qint64 caseId, QDate until, const QString& reason);
    Status anonymize(qint64 caseId);
    // Every member erased (ErasureService, ground: no longer necessary); returns how many.
    Result<int> erase(qint64 caseId);

private:
    // The case, if it is closed here and past its period.
    Result<DueCase> dueCase(qint64 caseId) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
