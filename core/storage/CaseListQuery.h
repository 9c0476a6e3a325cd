#pragma once

#include "common/Result.h"
#include "domain/CaseStatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

struct CaseListRow
{
    qint64 caseId = 0;
    QString caseNumber;
    QString principalName;
    int memberCount = 0;
    QStringList nationalities; // of the principal
    CaseStatus status = CaseStatus::Open;
    QDate registeredOn;
    QString siteCode;
    int riskLevel = 0;           // highest risk level of the members' newest screenings
    QStringList highCategories;  // categories at high risk
    int pendingActions = 0;      // recommended actions still pending
    bool needsAttention = false; // some member at high risk (all a volunteer is told)
};

struct CaseListFilter
{
    // Words that must each start a name or document number of any member, or the start
    // of a case number.
    QString text;
    std::optional<CaseStatus> status;
    int minRiskLevel = 0; // 0: any; 1..3: at least that level
    QString riskCategory; // only cases with this category at minRiskLevel or more
    bool pendingActionsOnly = false;

    bool usesRiskDetails() const
    {
        return !riskCategory.isEmpty() || pendingActionsOnly ||
               (minRiskLevel > 0 && minRiskLevel < 3);
    }

    bool operator==(const CaseListFilter&) const = default;
};

// A page of the case list with how many cases match in all.
struct CaseListPage
{
    QList<CaseListRow> rows;
    int total = 0;
};

enum class CaseListSort
{
    CaseNumber,
    PrincipalName,
    Status,
    Registered,
    Site,
    Risk
};

// The case list, one page at a time: filtering and sorting happen in SQL, on indexes, so
// that a page of a list of hundreds of thousands of cases costs the same as a short one.
class CaseListQuery
{
public:
    explicit CaseListQuery(const Database& db);

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
    // The WHERE clause (or empty) and its parameters.
    std::pair<QString, QVariantList> where(const CaseListFilter& filter) const;

    const Database& m_db;
};
