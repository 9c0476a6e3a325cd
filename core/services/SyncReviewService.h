#pragma once

#include "core/common/Result.h"
#include "core/domain/SyncReview.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;

// The review list (issue 20): records another site changed while they were changed here too.
// Each waits with both versions until a person with case work rights keeps this database's
// version (which then travels to that site as chosen, and is applied there without waiting
// again) or takes the other site's. Both decisions are audited.
class SyncReviewService
{
    Q_DECLARE_TR_FUNCTIONS(SyncReviewService)

public:
    SyncReviewService(const Database& db, const Clock& clock, const UserSession& session);

    Result<QList<SyncReview>> waiting() const;
    Result<int> count() const;
    Status keepOurs(qint64 reviewId);
    Status takeTheirs(qint64 reviewId);

    // A kind of record in words ("Person", "Case note").
    static QString kindLabel(const QString& kind);
    // A field in words ("Place", "Nationalities"); its column name when it has none.
    static QString fieldLabel(const QString& name);

private:
    struct Stored
    {
        qint64 id = 0;
        QString kind;
        QByteArray uid;
        qint64 recordId = 0;
        QString sender;
        QDateTime arrivedAt;
        QString theirs; // JSON; empty when the sender removed the record
    };
    Result<QList<Stored>> stored(std::optional<qint64> id) const;
    // The review a person is about to decide, once they may.
    Result<Stored> toDecide(qint64 reviewId) const;
    Status decided(const Stored& review, const QString& decision);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
