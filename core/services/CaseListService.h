#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseList.h"
#include "core/security/UserSession.h"

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
    // See CaseListQuery::firstPage.
    Result<CaseListPage> firstPage(const CaseListFilter& filter, CaseListSort sort,
                                   Qt::SortOrder order, int limit) const;

    // Whether the signed-in person may ask for this list.
    Status allowed(const CaseListFilter& filter) const;

private:
    // Without risk details the list reads none (and cannot be sorted by risk).
    bool showsRiskDetails() const;

    const Database& m_db;
    UserSession m_session;
};
