#pragma once

#include "security/UserSession.h"
#include "storage/CaseListQuery.h"

class Database;

// The case list for whoever may see it (see CaseListQuery for how it is read). Roles that
// may not see risk details get only whether a case needs attention.
class CaseListService
{
public:
    CaseListService(const Database& db, const UserSession& session);

    Result<int> count(const CaseListFilter& filter) const;
    Result<QList<CaseListRow>> fetch(const CaseListFilter& filter, CaseListSort sort,
                                     Qt::SortOrder order, int offset, int limit) const;

private:
    Status allowed(const CaseListFilter& filter) const;

    CaseListQuery m_query;
    UserSession m_session;
};
