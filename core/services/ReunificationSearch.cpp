#include "core/services/ReunificationSearch.h"

#include "core/common/Clock.h"
#include "core/matching/NameMatcher.h"
#include "core/reference/CountryCatalog.h"
#include "core/security/AccessPolicy.h"
#include "core/services/MatchProposer.h"
#include "core/storage/Database.h"
#include "core/storage/MatchCandidateRepository.h"
#include "core/storage/MatchProposalRepository.h"

ReunificationSearch::ReunificationSearch(const Database& db, const Clock& clock,
                                         const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

std::optional<PartialDate> ReunificationQuery::ageOrBirth(const QString& text, QDate today)
{
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    // A small number is an age; people say "he is 12", not "born in 12".
    if (isNumber && number >= 0 && number < 130)
        return PartialDate::estimatedFromAge(number, today);
    return PartialDate::parse(text, today);
}

SoughtPerson ReunificationQuery::sought() const
{
    const auto [given, family] =
        PersonName::split(name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    SoughtPerson s;
    s.givenNames = given.join(QLatin1Char(' '));
    s.familyName1 = family.value(0);
    s.familyName2 = family.value(1);
    s.sex = sex;
    s.birthDate = birthDate;
    s.lastKnownPlace = place.simplified();
    return s;
}

Result<QList<ReunificationHit>> ReunificationSearch::search(const ReunificationQuery& query) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    if (PersonName::fromFullName(query.name).isEmpty())
        return Error(Error::Code::Invalid, tr("Type at least a name to look for."),
                     {{QStringLiteral("name"), tr("Type at least a name to look for.")}});
    const SoughtPerson sought = query.sought();
    Result<QList<MatchProposer::Ranked>> ranked = MatchProposer(m_db, m_clock).rank(sought, true);
    if (!ranked)
        return ranked.error();
    QList<ReunificationHit> hits;
    for (const MatchProposer::Ranked& r : *ranked) {
        if (hits.size() >= MaxHits)
            break;
        Result<ReunificationHit> h =
            hitFor(r.candidate, r.match.score, r.match.reasons.join(QStringLiteral(", ")));
        if (!h)
            return h.error();
        hits.append(*h);
    }
    if (Status s = countOpenRequests(hits); !s)
        return s.error();
    return hits;
}

Result<QList<ReunificationHit>>
ReunificationSearch::proposed(const QList<MatchProposal>& proposals) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    QList<qint64> ids;
    for (const MatchProposal& p : proposals)
        ids.append(p.personId);
    Result<QList<TracingCandidate>> candidates = MatchCandidateRepository(m_db).load(ids, false);
    if (!candidates)
        return candidates.error();
    QHash<qint64, TracingCandidate> byId;
    for (const TracingCandidate& c : *candidates)
        byId.insert(c.person.personId, c);
    QList<ReunificationHit> hits;
    for (const MatchProposal& p : proposals) {
        Result<ReunificationHit> h = hitFor(byId.value(p.personId), p.score, p.reasons);
        if (!h)
            return h.error();
        ReunificationHit hit = *h;
        hit.child = p.child; // as decided when proposed
        hits.append(hit);
    }
    if (Status s = countOpenRequests(hits); !s)
        return s.error();
    return hits;
}

Result<ReunificationHit> ReunificationSearch::hitFor(const TracingCandidate& c, double score,
                                                     const QString& reasons) const
{
    const QDate today = m_clock.today();
    const MatchCandidate& p = c.person;
    ReunificationHit h;
    h.personId = p.personId;
    h.caseId = c.caseId;
    h.name = p.fullName();
    h.sex = p.sex;
    if (const auto age = p.birthDate.ageOn(today)) {
        // Volunteers see the year of birth, never the day.
        const bool exactDates =
            AccessPolicy::allows(m_session.role, Permission::ViewExactBirthDates);
        const QString born =
            exactDates ? p.birthDate.displayText(today) : QString::number(p.birthDate.year());
        h.age = p.birthDate.precision() == PartialDate::Precision::Estimated
                    ? tr("about %1").arg(*age)
                    : tr("%1 (born %2)").arg(*age).arg(born);
    }
    QStringList nationalities;
    for (const QString& n : p.nationalities)
        nationalities.append(CountryCatalog::instance().name(n));
    h.nationalities = nationalities.join(QStringLiteral(", "));
    h.site = c.siteName;
    QStringList place{p.location.place,
                      CountryCatalog::instance().subdivisionName(p.location.admin1),
                      CountryCatalog::instance().name(p.location.country)};
    place.removeAll(QString());
    h.place = place.join(QStringLiteral(", "));
    h.caseNumber = c.caseNumber;
    h.score = score;
    h.reasons = reasons;
    Result<bool> child = MatchProposer(m_db, m_clock).isChildToProtect(c);
    if (!child)
        return child.error();
    h.child = *child;
    return h;
}

Status ReunificationSearch::countOpenRequests(QList<ReunificationHit>& hits) const
{
    QList<qint64> ids;
    for (const ReunificationHit& h : hits)
        ids.append(h.personId);
    Result<QHash<qint64, int>> open =
        MatchProposalRepository(m_db, m_clock).openRequestsSeeking(ids);
    if (!open)
        return open.error();
    for (ReunificationHit& h : hits)
        h.openRequests = open->value(h.personId);
    return {};
}
