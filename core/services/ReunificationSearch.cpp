#include "ReunificationSearch.h"

#include "MatchProposer.h"
#include "common/Clock.h"
#include "matching/NameMatcher.h"
#include "reference/CountryCatalog.h"
#include "security/AccessPolicy.h"
#include "storage/Database.h"
#include "storage/MatchProposalRepository.h"

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

Result<QList<ReunificationHit>> ReunificationSearch::search(const ReunificationQuery& query) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::TraceFamilies); !s)
        return s.error();
    const PersonName name = PersonName::fromFullName(query.name);
    if (name.isEmpty())
        return Error(Error::Code::Invalid, tr("Type at least a name to look for."),
                     {{QStringLiteral("name"), tr("Type at least a name to look for.")}});
    SoughtPerson sought;
    sought.givenNames = name.given.join(QLatin1Char(' '));
    sought.familyName1 = name.family.join(QLatin1Char(' '));
    sought.sex = query.sex;
    sought.birthDate = query.birthDate;
    sought.lastKnownPlace = query.place.trimmed();
    MatchProposer proposer(m_db, m_clock);
    const MatchProposalRepository proposals(m_db, m_clock);
    Result<QList<MatchProposer::Ranked>> ranked = proposer.rank(sought, true);
    if (!ranked)
        return ranked.error();
    const QDate today = m_clock.today();
    const bool exactDates = AccessPolicy::allows(m_session.role, Permission::ViewExactBirthDates);
    QList<ReunificationHit> hits;
    for (const MatchProposer::Ranked& r : *ranked) {
        if (hits.size() >= MaxHits)
            break;
        const MatchCandidate& p = r.candidate.person;
        ReunificationHit h;
        h.personId = p.personId;
        h.caseId = r.candidate.caseId;
        h.name = QStringList{p.givenNames, p.familyName1, p.familyName2}
                     .join(QLatin1Char(' '))
                     .simplified();
        h.sex = p.sex;
        if (const auto age = p.birthDate.ageOn(today)) {
            // Volunteers see the year of birth, never the day.
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
        h.site = r.candidate.siteName;
        QStringList place{p.location.place,
                          CountryCatalog::instance().subdivisionName(p.location.admin1),
                          CountryCatalog::instance().name(p.location.country)};
        place.removeAll(QString());
        h.place = place.join(QStringLiteral(", "));
        h.caseNumber = r.candidate.caseNumber;
        h.score = r.match.score;
        h.reasons = r.match.reasons.join(QStringLiteral(", "));
        Result<bool> child = proposer.isChildToProtect(p.personId, r.candidate.caseId);
        if (!child)
            return child.error();
        h.child = *child;
        Result<int> open = proposals.openRequestsSeeking(p.personId);
        if (!open)
            return open.error();
        h.openRequests = *open;
        hits.append(h);
    }
    return hits;
}
