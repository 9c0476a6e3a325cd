#pragma once

#include "core/common/Result.h"
#include "core/domain/TracingRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

class Clock;
class Database;
struct NameKeys;

struct TracingRequestFilter
{
    QList<TracingStatus> statuses; // empty: any
    qint64 caseId = 0;             // 0: every case (and none)
    qint64 siteId = 0;             // 0: every site
};

// Tracing requests with the keys of the names they seek and the history of their status.
// Callers wrap writes in a Transaction.
class TracingRequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(TracingRequestRepository)

public:
    TracingRequestRepository(const Database& db, const Clock& clock);

    Result<qint64> insert(const TracingRequest& request);
    // Fails with Conflict when someone else changed the request since `request.revision`.
    Status update(const TracingRequest& request);
    Result<TracingRequest> find(qint64 id) const;
    Result<QList<TracingRequest>> list(const TracingRequestFilter& filter) const;
    // The ids of open requests (open or with a match proposed) filed under any of `keys`.
    Result<QList<qint64>> openFiledUnder(const QSet<QString>& keys) const;
    Result<QList<qint64>> openIds() const;

    Status addHistory(qint64 requestId, const TracingStatusChange& change);
    Result<QList<TracingStatusChange>> history(qint64 requestId) const;

private:
    Status fileKeys(qint64 id, const SoughtPerson& sought);

    const Database& m_db;
    const Clock& m_clock;
};
