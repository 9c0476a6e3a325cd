#include "core/services/CaseListService.h"

#include "core/security/AccessPolicy.h"
#include "core/storage/CaseListQuery.h"

CaseListService::CaseListService(const Database& db, const UserSession& session)
    : m_db(db)
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
    return CaseListQuery(m_db, showsRiskDetails()).count(filter);
}

Result<QList<CaseListRow>> CaseListService::fetch(const CaseListFilter& filter, CaseListSort sort,
                                                  Qt::SortOrder order, int offset, int limit) const
{
    if (Status s = allowed(filter); !s)
        return s.error();
    return CaseListQuery(m_db, showsRiskDetails()).fetch(filter, sort, order, offset, limit);
}

Result<CaseListPage> CaseListService::firstPage(const CaseListFilter& filter, CaseListSort sort,
                                                Qt::SortOrder order, int limit) const
{
    if (Status s = allowed(filter); !s)
        return s.error();
    return CaseListQuery(m_db, showsRiskDetails()).firstPage(filter, sort, order, limit);
}

bool CaseListService::showsRiskDetails() const
{
    return AccessPolicy::allows(m_session.role, Permission::ViewRisk);
}
