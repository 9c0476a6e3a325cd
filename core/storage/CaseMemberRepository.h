#pragma once

#include "core/common/Result.h"
#include "core/domain/PartialDate.h"
#include "core/domain/Relationship.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

class Database;

// Who belongs to a case's family group, in order, with their relationship to the principal.
class CaseMemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseMemberRepository)

public:
    struct Membership
    {
        qint64 personId = 0;
        Relationship relationship = Relationship::Principal;
        // Read with the group (not written by replace): ages decide who is a child.
        PartialDate birthDate;
    };

    explicit CaseMemberRepository(const Database& db);

    // The family group of a case that has none yet.
    Status add(qint64 caseId, const QList<Membership>& members);
    Status replace(qint64 caseId, const QList<Membership>& members);
    Result<QList<Membership>> members(qint64 caseId) const;
    // How many cases a person belongs to.
    Result<int> caseCount(qint64 personId) const;
    // The number of the first case the person belongs to, or empty.
    Result<QString> firstCaseNumber(qint64 personId) const;
    // Every case each of these persons is a member of: (case, person) pairs.
    Result<QList<std::pair<qint64, qint64>>> casesOf(const QList<qint64>& personIds) const;

private:
    const Database& m_db;
};
