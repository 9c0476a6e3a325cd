#include "core/services/SimilarCaseSearch.h"

#include "core/common/Clock.h"
#include "core/matching/NameMatcher.h"
#include "core/services/CaseListService.h"
#include "core/storage/CaseMemberRepository.h"
#include "core/storage/PersonNameKeyIndex.h"
#include "core/storage/PersonRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {
// Persons filed under the search's keys that are compared: more than any list shows.
constexpr int CandidateLimit = 200;
} // namespace

SimilarCaseSearch::SimilarCaseSearch(const Database& db, const UserSession& session)
    : m_db(db)
    , m_session(session)
{
}

Result<QList<SimilarCaseRow>> SimilarCaseSearch::search(const CaseListFilter& filter,
                                                        const QSet<qint64>& shown) const
{
    const QString text = filter.text.trimmed();
    // Digits are a case or document number: those are found as typed or not at all.
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (text.isEmpty() || text.contains(digit))
        return QList<SimilarCaseRow>();
    // A word of one or two letters is the start of a name being typed, not a misspelling:
    // alone, it would sound like half the database.
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (std::all_of(words.cbegin(), words.cend(),
                    [](const QString& w) { return w.size() < MinimumWordLength; }))
        return QList<SimilarCaseRow>();
    CaseListService list(m_db, m_session);
    // Asked first, so that a role without the case list learns nothing from the names.
    if (Status allowed = list.allowed(filter); !allowed)
        return allowed.error();

    const PersonName sought = PersonName::fromFullName(text);
    Result<QList<qint64>> candidates =
        PersonNameKeyIndex(m_db).candidates(sought, {}, CandidateLimit);
    if (!candidates)
        return candidates.error();
    // Only the names are read: the candidates lie all over a large file, and each read more
    // per person is two hundred more pages to fetch on a first search.
    Result<QList<PersonSummary>> persons =
        PersonRepository(m_db, Clock::system()).summaries(*candidates, true);
    if (!persons)
        return persons.error();
    struct Alike
    {
        double score = 0;
        QString name;
        QStringList reasons;
    };
    QHash<qint64, Alike> alike; // by person
    for (const PersonSummary& p : std::as_const(*persons)) {
        const PersonName name = PersonName::of(p.givenNames, p.familyName1, p.familyName2);
        NameMatcher::Comparison best = NameMatcher::compare(sought, name);
        // A name typed in part ("Yoselin", "Gonzales") is compared with the same parts.
        if (sought.family.isEmpty() || sought.given.isEmpty()) {
            const PersonName part{sought.given.isEmpty() ? QStringList() : name.given,
                                  sought.family.isEmpty() ? QStringList() : name.family};
            NameMatcher::Comparison partial = NameMatcher::compare(sought, part);
            if (sought.family.isEmpty() && !sought.given.isEmpty()) {
                // One word: it may be either name.
                const NameMatcher::Comparison asFamily =
                    NameMatcher::compare(PersonName{{}, sought.given}, PersonName{{}, name.family});
                if (asFamily.score > partial.score)
                    partial = asFamily;
            }
            if (partial.score > best.score)
                best = partial;
        }
        for (const QString& other : p.otherNames) {
            const NameMatcher::Comparison c2 =
                NameMatcher::compare(sought, PersonName::fromFullName(other));
            if (c2.score > best.score)
                best = c2;
        }
        if (best.score >= MinimumScore)
            alike.insert(p.id, {best.score, p.fullName(), NameMatcher::differences(best)});
    }
    if (alike.isEmpty())
        return QList<SimilarCaseRow>();

    Result<QList<std::pair<qint64, qint64>>> memberships =
        CaseMemberRepository(m_db).casesOf(alike.keys());
    if (!memberships)
        return memberships.error();
    QHash<qint64, qint64> bestPerson; // case -> its most alike person
    for (const auto& [caseId, personId] : std::as_const(*memberships)) {
        if (shown.contains(caseId))
            continue;
        const auto known = bestPerson.constFind(caseId);
        if (known == bestPerson.cend() || alike[personId].score > alike[*known].score)
            bestPerson.insert(caseId, personId);
    }
    if (bestPerson.isEmpty())
        return QList<SimilarCaseRow>();
    // Only the cases the list will show are read.
    if (bestPerson.size() > MaxCases) {
        QList<qint64> byLikeness = bestPerson.keys();
        std::sort(byLikeness.begin(), byLikeness.end(), [&](qint64 a, qint64 b) {
            const double sa = alike[bestPerson[a]].score, sb = alike[bestPerson[b]].score;
            return sa != sb ? sa > sb : a < b;
        });
        for (qint64 caseId : byLikeness.mid(MaxCases))
            bestPerson.remove(caseId);
    }

    CaseListFilter restricted = filter;
    restricted.text.clear();
    restricted.caseIds = bestPerson.keys();
    Result<QList<CaseListRow>> rows =
        list.fetch(restricted, CaseListSort::CaseNumber, Qt::AscendingOrder, 0,
                   int(restricted.caseIds.size()));
    if (!rows)
        return rows.error();
    QList<SimilarCaseRow> out;
    for (const CaseListRow& row : std::as_const(*rows)) {
        const Alike& a = alike[bestPerson.value(row.caseId)];
        out.append({row, a.score, a.name, a.reasons.join(QStringLiteral(", "))});
    }
    std::stable_sort(out.begin(), out.end(), [](const SimilarCaseRow& x, const SimilarCaseRow& y) {
        return x.score > y.score;
    });
    if (out.size() > MaxCases)
        out.resize(MaxCases);
    return out;
}
