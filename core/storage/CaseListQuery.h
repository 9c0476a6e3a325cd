#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseList.h"

#include <QVariantList>

class Database;

// The case list, one page at a time: filtering and sorting happen in SQL, on indexes, so
// that a page of a list of hundreds of thousands of cases costs the same as a short one.
class CaseListQuery
{
public:
    // `withRisk`: false for a role that may not see risk details; the list then reads
    // nothing of them (on a server that role's account may not).
    explicit CaseListQuery(const Database& db, bool withRisk = true);

    Result<int> count(const CaseListFilter& filter) const;
    Result<QList<CaseListRow>> fetch(const CaseListFilter& filter, CaseListSort sort,
                                     Qt::SortOrder order, int offset, int limit) const;
    // The first page and the count in one pass over the matches: a name search then reads
    // the persons it finds once, not once to count and again for the page. Meant for narrow
    // filters; the whole list is counted faster by count().
    Result<CaseListPage> firstPage(const CaseListFilter& filter, CaseListSort sort,
                                   Qt::SortOrder order, int limit) const;

private:
    Result<CaseListPage> select(const CaseListFilter& filter, CaseListSort sort,
                                Qt::SortOrder order, int offset, int limit, bool withTotal) const;
    static bool looksLikeCaseNumber(const QString& text);
    struct Conditions
    {
        // The persons a name search finds (a WITH clause, so that the first page's statement
        // reads the search index once for its rows and for whether more were found), or empty.
        QString found;
        QString where;       // the WHERE clause, or empty
        QVariantList params; // in the order of the statement: those of `found` first
    };
    Conditions conditions(const CaseListFilter& filter) const;

    const Database& m_db;
    bool m_withRisk;
};
