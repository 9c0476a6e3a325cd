#pragma once

#include "core/domain/CaseStatus.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the case list shows and how it is asked for: a row per case, the filter, the sort and
// a page. Read by CaseListService (for whoever may see it) from CaseListQuery.
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
    // Only these cases (the similar names a search found), when not empty.
    QList<qint64> caseIds;
    // A name search lists the cases of at most this many persons it finds, the most recently
    // registered first (0: all). The commonest names match tens of thousands of persons at a
    // million: counting and sorting them all would cost more than the first page.
    int nameMatchLimit = DefaultNameMatchLimit;
    static constexpr int DefaultNameMatchLimit = 500;

    bool usesRiskDetails() const
    {
        return !riskCategory.isEmpty() || pendingActionsOnly ||
               (minRiskLevel > 0 && minRiskLevel < 3);
    }

    bool operator==(const CaseListFilter&) const = default;
};

// A case a search found by a name that sounds or is spelled like the one typed, not by the
// name itself: how alike, whose name, and why.
struct SimilarCaseRow
{
    CaseListRow row;
    double score = 0;
    QString personName;
    QString reasons;
};

// A page of the case list with how many cases match in all.
struct CaseListPage
{
    QList<CaseListRow> rows;
    int total = 0;
    // The name typed finds more persons than the filter's nameMatchLimit: `total` counts the
    // cases of those listed only.
    bool more = false;
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
