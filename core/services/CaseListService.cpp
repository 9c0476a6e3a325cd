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
    return CaseListQuery(m_db).count(filter);
}

Result<QList<CaseListRow>> CaseListService::fetch(const CaseListFilter& filter, CaseListSort sort,
                                                  Qt::SortOrder order, int offset, int limit) const
{
    if (Status s = allowed(filter); !s)
        return s.error();
    Result<QList<CaseListRow>> fetched =
        CaseListQuery(m_db).fetch(filter, allowedSort(sort), order, offset, limit);
    if (!fetched)
        return fetched.error();
    QList<CaseListRow> rows = std::move(fetched).value();
    redact(rows);
    return rows;
}

Result<CaseListPage> CaseListService::firstPage(const CaseListFilter& filter, CaseListSort sort,
                                                Qt::SortOrder order, int limit) const
{
    if (Status s = allowed(filter); !s)
        return s.error();
    Result<CaseListPage> read = CaseListQuery(m_db).firstPage(filter, allowedSort(sort), order, limit);
    if (!read)
        return read.error();
    CaseListPage page = std::move(read).value();
    redact(page.rows);
    return page;
}

bool CaseListService::showsRiskDetails() const
{
    return AccessPolicy::allows(m_session.role, Permission::ViewRisk);
}

CaseListSort CaseListService::allowedSort(CaseListSort sort) const
{
    return sort == CaseListSort::Risk && !showsRiskDetails() ? CaseListSort::CaseNumber : sort;
}

void CaseListService::redact(QList<CaseListRow>& rows) const
{
    if (showsRiskDetails())
        return;
    for (CaseListRow& r : rows) {
        r.riskLevel = 0;
        r.highCategories.clear();
        r.pendingActions = 0;
    }
}
