#include "core/services/IntakeCheck.h"

#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/matching/NameMatcher.h"
#include "core/security/AccessPolicy.h"
#include "core/services/SimilarCaseSearch.h"
#include "core/storage/Database.h"
#include "core/storage/MatchCandidateRepository.h"
#include "core/storage/PersonNameKeyIndex.h"
#include "core/storage/PersonRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {
constexpr int DocumentStrength = 100;
constexpr int PhoneStrength = 50;
constexpr int NameStrength = 10;
constexpr int CandidateLimit = 50;

// The keys a document number may be filed under: as typed, without the letters before its
// digits ("V-18.456.789" and "18456789"), and with a Venezuelan cédula's V or E before them.
QStringList numberKeys(const QString& number)
{
    const QString key = TextNormalizer::documentNumber(number);
    if (key.isEmpty())
        return {};
    QStringList keys{key};
    static const QRegularExpression lettersThenDigits(QStringLiteral("^[A-Z]{1,2}([0-9]{5,})$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{5,}$"));
    if (const QRegularExpressionMatch m = lettersThenDigits.match(key); m.hasMatch())
        keys.append(m.captured(1));
    if (digitsOnly.match(key).hasMatch())
        keys << QStringLiteral("V") + key << QStringLiteral("E") + key;
    return keys;
}
} // namespace

IntakeCheck::IntakeCheck(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QList<PossibleDuplicate>> IntakeCheck::check(const Person& person,
                                                    const QSet<qint64>& except) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::CreateCase); !s)
        return s.error();
    QHash<qint64, PossibleDuplicate> found;
    const auto note = [&](qint64 personId, int strength, const QString& reason) {
        if (except.contains(personId) || personId == person.id)
            return;
        PossibleDuplicate& d = found[personId];
        d.personId = personId;
        d.strength += strength;
        if (!d.reasons.contains(reason))
            d.reasons.append(reason);
    };
    PersonRepository persons(m_db, m_clock);
    // Names, births and a case of each person who may be the same, read in batches.
    const MatchCandidateRepository registeredPersons(m_db);
    QHash<qint64, TracingCandidate> loaded;

    for (const IdentityDocument& document : person.documents) {
        Result<QList<qint64>> holders = persons.holdersOfNumberKeys(numberKeys(document.number));
        if (!holders)
            return holders.error();
        for (qint64 id : std::as_const(*holders))
            note(id, DocumentStrength, tr("the same document number %1").arg(document.number));
    }

    const QString phoneEnd = SqlDialect::phoneEndOf(person.phone);
    if (phoneEnd.size() >= 7) {
        Result<QList<qint64>> callers = persons.withPhoneEnding(phoneEnd);
        if (!callers)
            return callers.error();
        for (qint64 id : std::as_const(*callers))
            note(id, PhoneStrength, tr("the same phone number"));
    }

    // A similar name says enough only with a birth close to this one.
    const PartialDate& born = person.birthDate;
    const bool knownBirth = born.precision() != PartialDate::Precision::Unknown;
    const PersonName name = PersonName::of(person);
    if (knownBirth && !name.isEmpty()) {
        PersonNameKeyIndex::Filter filter;
        filter.sex = person.sex;
        filter.bornBetween =
            std::make_pair(born.year() - BirthYearsApart, born.year() + BirthYearsApart);
        Result<QList<qint64>> candidates =
            PersonNameKeyIndex(m_db).candidates(name, filter, CandidateLimit);
        if (!candidates)
            return candidates.error();
        Result<QList<TracingCandidate>> others = registeredPersons.load(*candidates, false);
        if (!others)
            return others.error();
        for (const TracingCandidate& other : std::as_const(*others)) {
            const MatchCandidate& them = other.person;
            loaded.insert(them.personId, other);
            const PartialDate& theirs = them.birthDate;
            if (theirs.precision() == PartialDate::Precision::Unknown ||
                std::abs(theirs.year() - born.year()) > BirthYearsApart)
                continue;
            const NameMatcher::Comparison c = NameMatcher::compare(
                name, PersonName::of(them.givenNames, them.familyName1, them.familyName2));
            if (c.score < SimilarCaseSearch::MinimumScore)
                continue;
            const bool sameDay =
                theirs == born && born.precision() == PartialDate::Precision::Exact;
            const QString birth = sameDay                        ? tr("the same date of birth")
                                  : theirs.year() == born.year() ? tr("born the same year")
                                                                 : tr("born a year apart");
            note(them.personId, NameStrength + int(c.score * 10) + (sameDay ? 5 : 0),
                 tr("%1 and %2").arg(NameMatcher::alikeText(c), birth));
        }
    }

    QList<PossibleDuplicate> out = found.values();
    std::sort(out.begin(), out.end(), [](const PossibleDuplicate& a, const PossibleDuplicate& b) {
        return a.strength != b.strength ? a.strength > b.strength : a.personId < b.personId;
    });
    if (out.size() > MaxShown)
        out.resize(MaxShown);
    // Those found by document or phone alone are read now, all at once.
    QList<qint64> unread;
    for (const PossibleDuplicate& d : std::as_const(out)) {
        if (!loaded.contains(d.personId))
            unread.append(d.personId);
    }
    Result<QList<TracingCandidate>> rest = registeredPersons.load(unread, false);
    if (!rest)
        return rest.error();
    for (const TracingCandidate& c : std::as_const(*rest))
        loaded.insert(c.person.personId, c);
    for (PossibleDuplicate& d : out)
        static_cast<RegisteredPerson&>(d) = loaded.value(d.personId).registered(m_clock.today());
    return out;
}

Result<Person> IntakeCheck::registered(qint64 personId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::CreateCase); !s)
        return s.error();
    return PersonRepository(m_db, m_clock).find(personId);
}
