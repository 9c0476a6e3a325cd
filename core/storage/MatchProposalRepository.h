#pragma once

#include "core/common/Result.h"
#include "core/domain/MatchProposal.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Clock;
class Database;

// Proposed matches between tracing requests and registered persons. A pair is stored once:
// proposed again, a pending one takes the new score; a reviewed one stays as it was.
class MatchProposalRepository
{
    Q_DECLARE_TR_FUNCTIONS(MatchProposalRepository)

public:
    MatchProposalRepository(const Database& db, const Clock& clock);

    // True when the pair is now pending review (new, or still pending).
    Result<bool> propose(const MatchProposal& proposal);
    Result<MatchProposal> find(qint64 id) const;
    Result<QList<MatchProposal>> forRequest(qint64 requestId) const;
    // Pending proposals this database reviews, best first; `childOnly`: those awaiting legal
    // staff.
    Result<QList<MatchProposal>> pending(bool childOnly) const;
    Result<int> pendingCount(qint64 requestId) const;
    // Pending proposals per request, for the requests that have any.
    Result<QHash<qint64, int>> pendingCounts() const;
    // Per person, the open requests that proposed them and did not reject them (persons
    // sought by none are left out); one statement for a whole list of hits.
    Result<QHash<qint64, int>> openRequestsSeeking(const QList<qint64>& personIds) const;
    Status review(qint64 id, MatchStatus status, const QString& by, const QString& note);
    // Withdraws pending proposals of persons no longer to be found (consent withdrawn);
    // returns the requests that had them.
    Result<QList<qint64>> withdrawPending(const QList<qint64>& personIds);
    // Withdraws a request's pending proposals that the newest matching did not find again.
    Status withdrawPendingExcept(qint64 requestId, const QList<qint64>& personIds);

private:
    const Database& m_db;
    const Clock& m_clock;
};
