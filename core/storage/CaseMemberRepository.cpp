#include "CaseMemberRepository.h"

#include "Database.h"

CaseMemberRepository::CaseMemberRepository(const Database& db)
    : m_db(db)
{
}

Status CaseMemberRepository::replace(qint64 caseId, const QList<Membership>& members)
{
    const QString action = tr("save the family group");
    Result<QSqlQuery> del =
        m_db.exec(QStringLiteral("DELETE FROM case_members WHERE case_id = ?"), {caseId}, action);
    if (!del)
        return del.error();
    for (int i = 0; i < members.size(); ++i) {
        Result<QSqlQuery> q = m_db.exec(
            QStringLiteral("INSERT INTO case_members (case_id, person_id, relationship, position) "
                           "VALUES (?, ?, ?, ?)"),
            {caseId, members[i].personId, relationshipCodes().code(members[i].relationship), i},
            action);
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<CaseMemberRepository::Membership>> CaseMemberRepository::members(qint64 caseId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT person_id, relationship FROM case_members WHERE case_id = ? "
                       "ORDER BY position"),
        {caseId});
    if (!q)
        return q.error();
    QList<Membership> list;
    while (q.value().next()) {
        list.append(Membership{q.value().value(0).toLongLong(),
                               relationshipCodes()
                                   .fromCode(q.value().value(1).toString())
                                   .value_or(Relationship::OtherRelative)});
    }
    return list;
}

Result<int> CaseMemberRepository::caseCount(qint64 personId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT count(*) FROM case_members WHERE person_id = ?"), {personId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}
