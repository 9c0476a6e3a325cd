#include "CaseListService.h"

#include "security/AccessPolicy.h"

CaseListService::CaseListService(const Database& db, const UserSession& session)
    : m_query(db)
    , m_session(session)
{
}

Result<int> CaseListService::count(const CaseListFilter& filter) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCaseList); !s)
        return s.error();
    return m_query.count(filter);
}

Result<QList<CaseListRow>> CaseListService::fetch(const CaseListFilter& filter, CaseListSort sort,
                                                  Qt::SortOrder order, int offset, int limit) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCaseList); !s)
        return s.error();
    return m_query.fetch(filter, sort, order, offset, limit);
}
