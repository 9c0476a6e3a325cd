#pragma once

#include "core/common/Result.h"
#include "core/domain/DocumentType.h"
#include "core/security/UserSession.h"
#include "core/storage/DeadlineRepository.h"

#include <QCoreApplication>

class Clock;
class Database;

// Every deadline in sight: what is overdue, due today, this week and later, for the
// signed-in user or for everyone; marking done; adding one by hand.
class DeadlineService
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineService)

public:
    enum class Bucket
    {
        Overdue,
        Today,
        ThisWeek,
        Flagged, // due later, but flagged already (a screening's follow-up at 4 of 6 weeks)
        Later
    };
    // "This week": the next seven days after today.
    static constexpr int WeekDays = 7;

    // Where a deadline comes from (Deadline::sourceKey), so that it can be told in the
    // language of whoever reads it rather than of whoever recorded it.
    static inline const QString RulePrefix = QStringLiteral("rule:");           // + rule code
    static inline const QString DocumentEventPrefix = QStringLiteral("yield:"); // + event code
    static inline const QString DocumentPrefix = QStringLiteral("doc:");        // see CaseService
    static inline const QString FollowUpPrefix = QStringLiteral("followup:");   // + level (1-3)

    // What a deadline asks, in the current language.
    static QString describe(const DeadlineRow& row);
    static QString documentExpiryText(DocumentType type, const QString& personName);

    DeadlineService(const Database& db, const Clock& clock, const UserSession& session);

    static Bucket bucketOf(QDate due, QDate today, QDate noticeOn = {});
    static Bucket bucketOf(const Deadline& deadline, QDate today);
    static QString followUpText(int level, const QString& personName);
    static QString bucketLabel(Bucket bucket);
    // "overdue", "today", "this_week", "later": for files and scripts.
    static QString bucketCode(Bucket bucket);
    // "3 days late", "today", "tomorrow", "in 5 days".
    static QString whenText(QDate due, QDate today);

    // Open deadlines, oldest first; `mineOnly`: those the signed-in user is responsible for.
    Result<QList<DeadlineRow>> open(bool mineOnly, QDate dueOnOrBefore = {}) const;
    Result<QList<DeadlineRow>> forCase(qint64 caseId, bool includeDone) const;
    // Overdue, and due today or in the next seven days.
    Result<std::pair<int, int>> counts(bool mineOnly) const;
    Status setDone(qint64 id, bool done);
    Result<qint64> add(qint64 caseId, qint64 procedureId, const QString& what, QDate due,
                       const QString& responsible);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
