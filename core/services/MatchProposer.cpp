#include "core/services/MatchProposer.h"

#include "core/common/Clock.h"
#include "core/domain/CaseRecord.h"
#include "core/matching/NameKeys.h"
#include "core/matching/NameMatcher.h"
#include "core/risk/RiskSuggester.h"
#include "core/storage/CaseMemberRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MatchProposalRepository.h"
#include "core/storage/PersonNameKeyIndex.h"
#include "core/storage/RecordOwnership.h"
#include "core/storage/SpecificNeedRepository.h"
#include "core/storage/TracingRequestRepository.h"

#include <QSet>

#include <algorithm>

namespace {
// UNHCR specific-needs codes of unaccompanied and separated children.
const QStringList childCodes{QStringLiteral("SC-UC"), QStringLiteral("SC-SC")};
} // namespace

MatchProposer::MatchProposer(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<MatchProposer::Ranked>> MatchProposer::rank(const SoughtPerson& sought,
                                                         bool consentedOnly) const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    const PersonNameKeyIndex index(m_db);
    QList<PersonName> names{
        PersonName::of(sought.givenNames, sought.familyName1, sought.familyName2)};
    for (const QString& other : sought.otherNames)
        names.append(PersonName::fromFullName(other));
    PersonNameKeyIndex::Filter filter{sought.sex, std::nullopt};
    if (sought.birthDate.isKnown())
        filter.bornBetween = TracingMatcher::birthYearsToConsider(sought.birthDate);
    for (const PersonName& name : names) {
        Result<QList<qint64>> found = index.candidates(name, filter, CandidateLimit);
        if (!found)
            return found.error();
        for (qint64 id : *found) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    Result<QList<TracingCandidate>> candidates =
        MatchCandidateRepository(m_db).load(ids, consentedOnly);
    if (!candidates)
        return candidates.error();
    QList<Ranked> ranked;
    const QDate today = m_clock.today();
    for (const TracingCandidate& c : *candidates) {
        const auto m = TracingMatcher::compare(sought, c.person, today);
        if (m && m->score >= TracingMatcher::ProposalThreshold)
            ranked.append({c, *m});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return a.match.score > b.match.score;
    });
    return ranked;
}

Result<QList<MatchProposal>> MatchProposer::proposalsFor(const TracingRequest& request) const
{
    QList<MatchProposal> found;
    if (request.status == TracingStatus::Reunited || request.status == TracingStatus::Closed)
        return found;
    Result<QList<Ranked>> ranked = rank(request.sought, true);
    if (!ranked)
        return ranked.error();
    for (const Ranked& r : *ranked) {
        // The inquirer and the members of their own case are not the ones they are looking for.
        if (r.candidate.person.personId == request.inquirerPersonId ||
            (request.caseId > 0 && r.candidate.caseId == request.caseId))
            continue;
        Result<bool> child = isChildToProtect(r.candidate);
        if (!child)
            return child.error();
        MatchProposal p;
        p.requestId = request.id;
        p.personId = r.candidate.person.personId;
        p.score = r.match.score;
        p.reasons = r.match.reasons.join(QStringLiteral(", "));
        p.child = *child;
        found.append(p);
        // Room for pairs rejected before, which are not proposed again.
        if (found.size() >= ConsideredPerRequest)
            break;
    }
    return found;
}

Result<int> MatchProposer::record(const TracingRequest& request, const QList<MatchProposal>& found,
                                  const QString& by)
{
    MatchProposalRepository proposals(m_db, m_clock);
    if (request.status == TracingStatus::Reunited || request.status == TracingStatus::Closed)
        return proposals.pendingCount(request.id);
    QList<qint64> proposed;
    int waiting = 0;
    for (const MatchProposal& p : found) {
        Result<bool> pending = proposals.propose(p);
        if (!pending)
            return pending.error();
        proposed.append(p.personId);
        if (*pending && ++waiting >= MaxPendingPerRequest)
            break;
    }
    // Pending proposals not found again (the request or the person changed) go.
    if (Status s = proposals.withdrawPendingExcept(request.id, proposed); !s)
        return s.error();
    if (Status s = settleStatus(request.id, by, tr("matching")); !s)
        return s.error();
    return proposals.pendingCount(request.id);
}

Result<int> MatchProposer::proposeFor(const TracingRequest& request, const QString& by)
{
    Result<QList<MatchProposal>> found = proposalsFor(request);
    if (!found)
        return found.error();
    return record(request, *found, by);
}

Status MatchProposer::proposeForPersons(const QList<qint64>& personIds, const QString& by)
{
    if (personIds.isEmpty())
        return {};
    Result<QList<TracingCandidate>> all = MatchCandidateRepository(m_db).load(personIds, false);
    if (!all)
        return all.error();
    QList<qint64> withoutConsent;
    QSet<QString> keys;
    for (const TracingCandidate& c : *all) {
        if (!c.tracingConsent) {
            withoutConsent.append(c.person.personId);
            continue;
        }
        const NameKeys k = NameKeys::of(c.person.givenNames, c.person.familyName1,
                                        c.person.familyName2, c.person.otherNames);
        keys += k.family;
        keys += k.given;
    }
    Result<QList<qint64>> withdrawn =
        MatchProposalRepository(m_db, m_clock).withdrawPending(withoutConsent);
    if (!withdrawn)
        return withdrawn.error();
    for (qint64 id : *withdrawn) {
        if (Status s = settleStatus(id, by, tr("the person no longer agrees to tracing")); !s)
            return s;
    }
    TracingRequestRepository requests(m_db, m_clock);
    Result<QList<qint64>> affected = requests.openFiledUnder(keys);
    if (!affected)
        return affected.error();
    for (qint64 id : *affected) {
        Result<TracingRequest> r = requests.find(id);
        if (!r)
            return r.error();
        if (Result<int> n = proposeFor(*r, by); !n)
            return n.error();
    }
    return {};
}

Status MatchProposer::settleStatus(qint64 requestId, const QString& by, const QString& note)
{
    TracingRequestRepository requests(m_db, m_clock);
    Result<TracingRequest> r = requests.find(requestId);
    if (!r)
        return r.error();
    if (r->status == TracingStatus::Reunited || r->status == TracingStatus::Closed)
        return {};
    // Another site's request: that site settles it when the proposals reach it.
    Result<QString> owner =
        RecordOwnership(m_db).ownerElsewhere(QStringLiteral("tracing_requests"), requestId);
    if (!owner)
        return owner.error();
    if (!owner->isEmpty())
        return {};
    Result<int> pending = MatchProposalRepository(m_db, m_clock).pendingCount(requestId);
    if (!pending)
        return pending.error();
    const TracingStatus wanted =
        *pending > 0 || r->foundPersonId > 0 ? TracingStatus::MatchProposed : TracingStatus::Open;
    if (wanted == r->status)
        return {};
    TracingRequest changed = *r;
    const TracingStatus before = changed.status;
    changed.status = wanted;
    if (Status s = requests.update(changed); !s)
        return s;
    return requests.addHistory(requestId, {m_clock.now(), by, before, wanted, note});
}

Result<bool> MatchProposer::isChildToProtect(const TracingCandidate& candidate) const
{
    const QDate today = m_clock.today();
    // Most candidates are adults: their family group need not be read.
    const auto age = candidate.person.birthDate.ageOn(today);
    if (!age || *age >= 18 || candidate.caseId <= 0)
        return false;
    const qint64 personId = candidate.person.personId;
    Result<QList<CaseMemberRepository::Membership>> members =
        CaseMemberRepository(m_db).members(candidate.caseId);
    if (!members)
        return members.error();
    // The group as the child rules read it: ages and relationships only.
    CaseRecord group;
    int index = -1;
    for (const auto& m : *members) {
        if (m.personId == personId)
            index = int(group.members.size());
        Person person;
        person.birthDate = m.birthDate;
        group.members.append(CaseMember{person, m.relationship});
    }
    if (index < 0)
        return false;
    for (const QString& rule :
         {QStringLiteral("unaccompanied_child"), QStringLiteral("separated_child")}) {
        if (!RiskSuggester::evaluate(rule, group, index, today).isEmpty())
            return true;
    }
    Result<QList<SpecificNeed>> needs = SpecificNeedRepository(m_db).forPerson(personId);
    if (!needs)
        return needs.error();
    return std::any_of(needs->cbegin(), needs->cend(), [](const SpecificNeed& n) {
        return n.isActive() && childCodes.contains(n.code.left(5));
    });
}
