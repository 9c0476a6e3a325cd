#pragma once

#include "core/common/Result.h"
#include "core/domain/MatchProposal.h"
#include "core/domain/TracingRequest.h"
#include "core/matching/TracingMatcher.h"
#include "core/storage/MatchCandidateRepository.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// Finds who a tracing request may be looking for and files the proposals for a person to
// review: when a request is registered or changed, when persons are registered or changed,
// and across everything on demand. Nothing is linked here. Used by the services, which
// check permissions and hold the transaction.
class MatchProposer
{
    Q_DECLARE_TR_FUNCTIONS(MatchProposer)

public:
    // Persons compared per name sought: those filed under most of its name keys. Only a name
    // shared by more people than this, of the same sex and age, reaches the bound.
    static constexpr int CandidateLimit = 50;
    // Matches waiting for review per request: the likeliest. More would bury the right one;
    // a fuller description (age, sex, place) brings it forward.
    static constexpr int MaxPendingPerRequest = 10;
    static constexpr int ConsideredPerRequest = 3 * MaxPendingPerRequest;

    struct Ranked
    {
        TracingCandidate candidate;
        TracingMatcher::Match match;
    };

    MatchProposer(const Database& db, const Clock& clock);

    // Registered persons who may be `sought`, best first, at least the proposal threshold.
    // `consentedOnly`: only persons whose case agreed to tracing contact.
    Result<QList<Ranked>> rank(const SoughtPerson& sought, bool consentedOnly) const;
    // Files the proposals for one request and moves its status; returns how many are
    // pending review.
    Result<int> proposeFor(const TracingRequest& request, const QString& by);
    // The two halves of proposeFor: what matching finds for a request, best first, only
    // reading (so it can run on another connection in another thread); then writing it.
    Result<QList<MatchProposal>> proposalsFor(const TracingRequest& request) const;
    Result<int> record(const TracingRequest& request, const QList<MatchProposal>& found,
                       const QString& by);
    // Re-checks the open requests these persons may answer; withdraws pending proposals of
    // those whose case no longer agrees to tracing.
    Status proposeForPersons(const QList<qint64>& personIds, const QString& by);
    // A request's status after its proposals changed: open without any, match proposed
    // with one pending or confirmed. Records the change in its history.
    Status settleStatus(qint64 requestId, const QString& by, const QString& note);
    // An unaccompanied or separated child: under 18 and, in their case, without an adult or
    // without a parent (or marked so by a screening).
    Result<bool> isChildToProtect(const TracingCandidate& candidate) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};
