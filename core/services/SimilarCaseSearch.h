#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseList.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QSet>

class Database;

// When a case-list search finds few cases by the names as typed, the cases of persons whose
// names sound or are spelled alike (issue 21): Y/J, LL/Y, V/B, S/Z/C, a silent H, double
// letters, missing accents, given and family names swapped, a second family name missing, a
// typo. Found through the phonetic keys family tracing files every person under, compared
// word by word (NameMatcher), ranked by likeness, each with its reasons. The list's other
// filters (status, risk) still apply, and its reader's role decides what is shown.
class SimilarCaseSearch
{
    Q_DECLARE_TR_FUNCTIONS(SimilarCaseSearch)

public:
    // Fewer matches than this for the names as typed: the similar ones are looked for too.
    static constexpr int FewMatches = 5;
    static constexpr int MaxCases = 20;
    // A name this alike or more is offered: a different given name with the same family
    // name (Luis and Luisa Pérez) stays below it.
    static constexpr double MinimumScore = 0.8;
    // Searches whose every word is shorter are names being typed: not looked for.
    static constexpr int MinimumWordLength = 3;

    SimilarCaseSearch(const Database& db, const UserSession& session);

    // The cases for `filter`'s text that are not among `shown` (what the search found
    // already), best first.
    Result<QList<SimilarCaseRow>> search(const CaseListFilter& filter,
                                         const QSet<qint64>& shown) const;

private:
    const Database& m_db;
    UserSession m_session;
};
