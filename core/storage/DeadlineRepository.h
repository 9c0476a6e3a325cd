#pragma once

#include "core/common/Result.h"
#include "core/domain/Deadline.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

struct DeadlineRow
{
    Deadline deadline;
    QString caseNumber;
    QString procedureType; // type code, empty when not from a procedure
    QString personName;    // whom the deadline is about, else the case's principal person
};

struct DeadlineFilter
{
    bool openOnly = true;
    QString responsible; // empty: everyone's
    QDate dueOnOrBefore; // null: any date
    qint64 caseId = 0;   // 0: every case
};

class DeadlineRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRepository)

public:
    DeadlineRepository(const Database& db, const Clock& clock);

    Result<qint64> insert(const Deadline& deadline);
    Result<Deadline> find(qint64 id) const;
    Status setDone(qint64 id, bool done, QDate on, const QString& by);
    // Oldest due first.
    Result<QList<DeadlineRow>> list(const DeadlineFilter& filter) const;
    // Open deadlines already overdue, and due from today to `weekEnd` or flagged by today.
    Result<std::pair<int, int>> counts(QDate today, QDate weekEnd,
                                       const QString& responsible) const;
    // Marks done the open screening follow-ups of a person in a case: a new screening is
    // the follow-up.
    Status closeScreeningFollowUps(qint64 caseId, qint64 personId, QDate on, const QString& by);
    // Marks done the open deadline of a referral's answer: it came, or none is awaited.
    Status closeReferralAnswer(qint64 referralId, QDate on, const QString& by);
    // Makes the open document-expiry deadlines of a case what `wanted` says (matched on
    // sourceKey); those done stay as they are.
    Status syncDocuments(qint64 caseId, const QList<Deadline>& wanted);

private:
    Status closeOpen(const QString& condition, QVariantList params, QDate on, const QString& by);

    const Database& m_db;
    const Clock& m_clock;
};
