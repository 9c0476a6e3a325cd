#include "core/services/DuplicateScan.h"

#include "core/common/Clock.h"
#include "core/matching/NameMatcher.h"
#include "core/security/AccessPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/MatchCandidateRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
constexpr int DocumentStrength = 100;
constexpr int PhoneStrength = 50;
constexpr int NameStrength = 10;
constexpr int Steps = 5;
constexpr int LoadBatch = 400;

using PairKey = std::pair<qint64, qint64>;

PairKey pairOf(qint64 a, qint64 b)
{
    return a < b ? PairKey{a, b} : PairKey{b, a};
}

// A person filed under a value, and their case (0 when none is asked for).
struct Filed
{
    qint64 person = 0;
    qint64 caseId = 0;
    bool operator<(const Filed& o) const { return person < o.person; }
    bool operator==(const Filed& o) const { return person == o.person; }
};

// Every two different persons among those filed under one value; with cases, only persons of
// different cases (a family shares its phone).
template <typename Add>
void pairsWithin(const QList<Filed>& filed, Add add)
{
    for (qsizetype i = 0; i < filed.size(); ++i) {
        for (qsizetype j = i + 1; j < filed.size(); ++j) {
            if (filed[i].caseId != 0 && filed[i].caseId == filed[j].caseId)
                continue;
            add(filed[i].person, filed[j].person);
        }
    }
}
// Two persons who both have two family names, one of which the other does not have at all,
// are two persons (María Pérez Rangel is not María José Pérez Pérez), however alike the rest.
bool familyNamesConflict(const MatchCandidate& a, const MatchCandidate& b)
{
    if (a.familyName2.trimmed().isEmpty() || b.familyName2.trimmed().isEmpty())
        return false;
    const auto foundIn = [](const QString& name, const MatchCandidate& other) {
        return NameMatcher::wordSimilarity(name, other.familyName1) >= 0.8 ||
               NameMatcher::wordSimilarity(name, other.familyName2) >= 0.8;
    };
    return !foundIn(a.familyName1, b) || !foundIn(a.familyName2, b) || !foundIn(b.familyName1, a) ||
           !foundIn(b.familyName2, a);
}
} // namespace

DuplicateScan::DuplicateScan(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<QList<DuplicatePair>> DuplicateScan::run(const Progress& progress) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::CreateCase); !s)
        return s.error();
    const auto step = [&](int done) -> Status {
        if (progress && !progress(done, Steps))
            return Error(Error::Code::Cancelled, tr("The search for duplicates was cancelled."));
        return {};
    };
    const QString action = tr("look for possible duplicates");
    QHash<PairKey, DuplicatePair> found;
    const auto note = [&](qint64 a, qint64 b, int strength, const QString& reason) {
        DuplicatePair& p = found[pairOf(a, b)];
        p.first.personId = std::min(a, b);
        p.second.personId = std::max(a, b);
        p.strength += strength;
        if (!p.reasons.contains(reason))
            p.reasons.append(reason);
    };
    // Rows (value, person, case or 0) ordered by value: each run of one value gives its pairs.
    const auto grouped = [&](const QString& sql, int minimumLength, int strength,
                             const std::function<QString(const QString&)>& reason) -> Status {
        QString current;
        QList<Filed> persons;
        const auto flush = [&] {
            // One person may hold the value twice (two documents of one number).
            std::sort(persons.begin(), persons.end());
            persons.erase(std::unique(persons.begin(), persons.end()), persons.end());
            if (current.size() >= minimumLength && persons.size() > 1)
                pairsWithin(persons,
                            [&](qint64 a, qint64 b) { note(a, b, strength, reason(current)); });
            persons.clear();
        };
        Status read = m_db.forEachRow(
            sql, {},
            [&](const QSqlQuery& q) {
                const QString value = q.value(0).toString();
                if (value != current) {
                    flush();
                    current = value;
                }
                persons.append({q.value(1).toLongLong(), q.value(2).toLongLong()});
            },
            action);
        flush();
        return read;
    };

    if (Status s = step(0); !s)
        return s.error();
    // The digits of a document number, without the letters before them ("V18456789").
    if (Status s = grouped(
            // Two of one family holding one number is a mistake to see: no case given.
            QStringLiteral(
                "SELECT ltrim(number_key, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') AS k, person_id, "
                "0 FROM person_documents ORDER BY k, person_id"),
            5, DocumentStrength,
            [](const QString& k) { return tr("the same document number (%1)").arg(k); });
        !s)
        return s.error();
    if (Status s = step(1); !s)
        return s.error();
    if (Status s =
            grouped(QStringLiteral("SELECT %1 AS k, id, (SELECT min(case_id) FROM case_members m "
                                   "WHERE m.person_id = persons.id) FROM persons WHERE phone <> "
                                   "'' ORDER BY k, id")
                        .arg(m_db.dialect().phoneEnd()),
                    7, PhoneStrength, [](const QString&) { return tr("the same phone number"); });
        !s)
        return s.error();
    if (Status s = step(2); !s)
        return s.error();

    // Names: persons filed under one whole name pair (family and given key, no typo) and
    // born within a year; compared whole below.
    QSet<PairKey> nameCandidates;
    {
        QString key;
        QList<std::pair<int, qint64>> born; // (year, person) under one key, by year
        const auto flush = [&] {
            for (qsizetype i = 0; i < born.size(); ++i) {
                qsizetype within = 0;
                for (qsizetype j = i + 1; j < born.size() && born[j].first - born[i].first <= 1;
                     ++j)
                    ++within;
                const bool common = within > CommonNameGroup;
                for (qsizetype j = i + 1; j < born.size() && born[j].first - born[i].first <= 1;
                     ++j) {
                    if (common && born[j].first != born[i].first)
                        break;
                    if (born[i].second != born[j].second)
                        nameCandidates.insert(pairOf(born[i].second, born[j].second));
                }
            }
            born.clear();
        };
        Status read = m_db.forEachRow(
            QStringLiteral("SELECT key, birth_year, person_id FROM person_name_keys WHERE "
                           "birth_year <> 0 AND key NOT LIKE '~%' AND key NOT LIKE '%|~%' AND "
                           "key NOT LIKE '|%' AND key NOT LIKE '%|' ORDER BY key, birth_year, "
                           "person_id"),
            {},
            [&](const QSqlQuery& q) {
                const QString k = q.value(0).toString();
                if (k != key) {
                    flush();
                    key = k;
                }
                born.append({q.value(1).toInt(), q.value(2).toLongLong()});
            },
            action);
        flush();
        if (!read)
            return read.error();
    }
    if (Status s = step(3); !s)
        return s.error();

    // Whole names and births, read a batch of persons at a time.
    QSet<qint64> wanted;
    for (const PairKey& p : std::as_const(nameCandidates))
        wanted << p.first << p.second;
    for (const PairKey& p : found.keys())
        wanted << p.first << p.second;
    QHash<qint64, TracingCandidate> persons;
    const QList<qint64> ids(wanted.cbegin(), wanted.cend());
    MatchCandidateRepository repository(m_db);
    for (qsizetype start = 0; start < ids.size(); start += LoadBatch) {
        Result<QList<TracingCandidate>> loaded = repository.load(ids.mid(start, LoadBatch), false);
        if (!loaded)
            return loaded.error();
        for (const TracingCandidate& c : std::as_const(*loaded))
            persons.insert(c.person.personId, c);
        if (progress && !progress(3, Steps))
            return Error(Error::Code::Cancelled, tr("The search for duplicates was cancelled."));
    }
    for (const PairKey& p : std::as_const(nameCandidates)) {
        const auto first = persons.constFind(p.first);
        const auto second = persons.constFind(p.second);
        if (first == persons.cend() || second == persons.cend())
            continue; // removed since its keys were read
        const MatchCandidate& a = first->person;
        const MatchCandidate& b = second->person;
        if ((a.sex != b.sex && a.sex != Sex::Unknown && b.sex != Sex::Unknown) ||
            familyNamesConflict(a, b))
            continue;
        const bool bothExact = a.birthDate.precision() == PartialDate::Precision::Exact &&
                               b.birthDate.precision() == PartialDate::Precision::Exact;
        if (bothExact ? a.birthDate != b.birthDate
                      : std::abs(a.birthDate.year() - b.birthDate.year()) > 1)
            continue;
        const NameMatcher::Comparison c =
            NameMatcher::compare(PersonName::of(a.givenNames, a.familyName1, a.familyName2),
                                 PersonName::of(b.givenNames, b.familyName1, b.familyName2));
        if (c.score < MinimumNameScore)
            continue;
        const QString name = NameMatcher::alikeText(c);
        note(p.first, p.second, NameStrength + int(c.score * 10) + (bothExact ? 5 : 0),
             bothExact ? tr("%1 and the same date of birth").arg(name)
                       : tr("%1 and a close birth").arg(name));
    }
    if (Status s = step(4); !s)
        return s.error();

    QList<DuplicatePair> out = found.values();
    std::sort(out.begin(), out.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
        if (x.strength != y.strength)
            return x.strength > y.strength;
        return std::pair(x.first.personId, x.second.personId) <
               std::pair(y.first.personId, y.second.personId);
    });
    if (out.size() > MaxPairs)
        out.resize(MaxPairs);
    const QDate today = m_clock.today();
    for (DuplicatePair& p : out) {
        for (DuplicatePair::Side* side : {&p.first, &p.second})
            *side = persons.value(side->personId).registered(today);
    }
    if (Status s = step(Steps); !s)
        return s.error();
    return out;
}
