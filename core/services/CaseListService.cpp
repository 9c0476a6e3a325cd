#include "CaseListService.h"

#include "security/AccessPolicy.h"

CaseListService::CaseListService(const Database& db, const UserSession& session)
    : m_query(db)
    , m_session(session)
{
}

Status CaseListService::allowed(const CaseListFilter& filter) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCaseList); !s)
        return s;
    // Without risk details, only "needs attention" (high risk) may be asked for.
    if (filter.usesRiskDetails())
        return AccessPolicy::require(m_session, Permission::ViewRisk);
    return {};
}

Result<int> CaseListService::count(const CaseListFilter& filter) const
{
    if (Status s = allowed(filter); !s)
        return s.error();
    return m_query.count(filter);
}

Result<QList<CaseListRow>> CaseListService::fetch(const CaseListFilter& filter, CaseListSort sort,
                                                  Qt::SortOrder order, int offset, int limit) const
{
    if (Status s = allowed(filter); !s)
        return s.error();
    const bool riskDetails = AccessPolicy::allows(m_session.role, Permission::ViewRisk);
    if (sort == CaseListSort::Risk && !riskDetails)
        sort = CaseListSort::CaseNumber;
    Result<QList<CaseListRow>> rows = m_query.fetch(filter, sort, order, offset, limit);
    if (!rows || riskDetails)
        return rows;
    QList<CaseListRow> redacted = std::move(rows).value();
    for (CaseListRow& r : redacted) {
        r.riskLevel = 0;
        r.highCategories.clear();
        r.pendingActions = 0;
    }
    return redacted;
}
