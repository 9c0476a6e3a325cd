#include "core/import/DuplicateFinder.h"

#include "core/common/Clock.h"
#include "core/domain/Person.h"
#include "core/matching/NameMatcher.h"
#include "core/storage/CaseMemberRepository.h"
#include "core/storage/PersonNameKeyIndex.h"
#include "core/storage/PersonRepository.h"

DuplicateFinder::DuplicateFinder(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<DuplicateMatch> DuplicateFinder::describe(const Person& imported, qint64 personId,
                                                 bool sameDocument, const QString& reason) const
{
    Result<Person> registered = PersonRepository(m_db, m_clock).find(personId);
    if (!registered)
        return registered.error();
    Result<QString> caseNumber = CaseMemberRepository(m_db).firstCaseNumber(personId);
    if (!caseNumber)
        return caseNumber.error();
    DuplicateMatch match;
    match.importedName = imported.fullName();
    match.personId = personId;
    match.registeredName = registered->fullName();
    match.caseNumber = *caseNumber;
    match.sameDocument = sameDocument;
    match.reason = reason;
    return match;
}

Result<std::optional<DuplicateMatch>> DuplicateFinder::find(const Person& person) const
{
    PersonRepository persons(m_db, m_clock);
    for (const IdentityDocument& d : person.documents) {
        // Files often name the type of a document loosely ("Documento", "Otro"): the same
        // number from the same country is the same document whatever type it was given.
        Result<qint64> holder = persons.holderOfNumber(d.issuingCountry, d.number);
        if (!holder)
            return holder.error();
        const qint64 holderId = *holder;
        if (holderId != 0) {
            Result<DuplicateMatch> m =
                describe(person, holderId, true,
                         tr("the same document %1 (%2)").arg(d.number, d.issuingCountry));
            if (!m)
                return m.error();
            return std::optional<DuplicateMatch>(*m);
        }
    }
    // Without a known date of birth a similar name alone says too little.
    const PartialDate& born = person.birthDate;
    if (born.precision() == PartialDate::Precision::Unknown ||
        born.precision() == PartialDate::Precision::Estimated)
        return std::optional<DuplicateMatch>();
    PersonNameKeyIndex::Filter filter;
    filter.sex = person.sex;
    filter.bornBetween = std::make_pair(born.year(), born.year());
    filter.strict = true;
    const PersonName name = PersonName::of(person);
    Result<QList<qint64>> candidates = PersonNameKeyIndex(m_db).candidates(name, filter, 10);
    if (!candidates)
        return candidates.error();
    for (qint64 id : *candidates) {
        Result<Person> other = persons.find(id);
        if (!other)
            return other.error();
        if (other->birthDate != born)
            continue;
        const NameMatcher::Comparison c = NameMatcher::compare(name, PersonName::of(*other));
        if (c.score < NameThreshold)
            continue;
        Result<DuplicateMatch> m =
            describe(person, id, false,
                     tr("a very similar name and the same date of birth (%1)")
                         .arg(born.displayText(m_clock.today())));
        if (!m)
            return m.error();
        return std::optional<DuplicateMatch>(*m);
    }
    return std::optional<DuplicateMatch>();
}
