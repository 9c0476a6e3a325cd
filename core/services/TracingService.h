#pragma once

#include "core/common/Result.h"
#include "core/domain/MatchProposal.h"
#include "core/domain/TracingRequest.h"
#include "core/security/UserSession.h"
#include "core/storage/TracingRequestRepository.h"

#include <QCoreApplication>

#include <functional>

class Clock;
class Database;

// Tracing requests and the review of their proposed matches. Registering or changing a
// request looks for the person sought at once; a person confirms or rejects each proposal
// (a child's only legal staff); closing says whether the family was reunited.
class TracingService
{
    Q_DECLARE_TR_FUNCTIONS(TracingService)

public:
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxShortTextLength = 200;

    TracingService(const Database& db, const Clock& clock, const UserSession& session);

    QList<FieldError> validate(const TracingRequest& request) const;
    Result<TracingRequest> add(const TracingRequest& request);
    Result<TracingRequest> update(const TracingRequest& request);
    Result<TracingRequest> find(qint64 id) const;
    Result<QList<TracingRequest>> requests(const TracingRequestFilter& filter) const;
    Result<QList<TracingStatusChange>> history(qint64 requestId) const;
    // Reunited (after a confirmed match) or closed for another reason, which is required.
    Result<TracingRequest> close(qint64 requestId, bool reunited, const QString& reason);
    Result<TracingRequest> reopen(qint64 requestId, const QString& reason);

    Result<QList<MatchProposal>> proposals(qint64 requestId) const;
    // How many proposals wait for review, per request that has any.
    Result<QHash<qint64, int>> pendingCounts() const;
    // What waits for review, best first; `childOnly`: the matches only legal staff confirm.
    Result<QList<MatchProposal>> pendingReview(bool childOnly) const;
    // Confirming links the inquirer (when registered) with the person found, as family,
    // confirmed; the request records whom it found.
    Result<TracingRequest> confirm(qint64 proposalId, const QString& note);
    // The pair is never proposed again.
    Result<TracingRequest> reject(qint64 proposalId, const QString& reason);

    // Looks again for every open request, a batch per transaction; `progress(done, total)`
    // returning false stops after the current batch. Returns the proposals pending review.
    Result<int> rematchAll(const std::function<bool(int, int)>& progress);

private:
    Result<TracingRequest> review(qint64 proposalId, MatchStatus decision, const QString& note);
    Status audit(const QString& action, const TracingRequest& request,
                 const QList<struct AuditChange>& changes, const QString& summary) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
