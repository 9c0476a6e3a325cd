#include "core/storage/CaseMemberRepository.h"

#include "core/storage/Database.h"

CaseMemberRepository::CaseMemberRepository(const Database& db)
    : m_db(db)
{
}

Status CaseMemberRepository::replace(qint64 caseId, const QList<Membership>& members)
{
    if (Status s = m_db.run(QStringLiteral("DELETE FROM case_members WHERE case_id = ?"), {caseId},
                            tr("save the family group"));
        !s)
        return s;
    return add(caseId, members);
}

Status CaseMemberRepository::add(qint64 caseId, const QList<Membership>& members)
{
    const QString action = tr("save the family group");
    for (int i = 0; i < members.size(); ++i) {
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO case_members (case_id, person_id, relationship, "
                               "position) VALUES (?, ?, ?, ?)"),
                {caseId, members[i].personId, relationshipCodes().code(members[i].relationship), i},
                action);
            !s)
            return s;
    }
    return {};
}

Result<QList<CaseMemberRepository::Membership>> CaseMemberRepository::members(qint64 caseId) const
{
    QList<Membership> list;
    if (Status s = m_db.forEachRow(
            QStringLiteral("SELECT m.person_id, m.relationship, p.birth_precision, p.birth_date "
                           "FROM case_members m JOIN persons p ON p.id = m.person_id "
                           "WHERE m.case_id = ? ORDER BY m.position"),
            {caseId},
            [&list](const QSqlQuery& q) {
                list.append(Membership{
                    q.value(0).toLongLong(),
                    relationshipCodes()
                        .fromCode(q.value(1).toString())
                        .value_or(Relationship::OtherRelative),
                    PartialDate::fromStorage(q.value(2).toString(), q.value(3).toString())
                        .value_or(PartialDate())});
            });
        !s)
        return s.error();
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

Result<QString> CaseMemberRepository::firstCaseNumber(qint64 personId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT c.case_number FROM case_members m JOIN cases c ON c.id = m.case_id "
                       "WHERE m.person_id = ? ORDER BY c.id LIMIT 1"),
        {personId});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Result<QList<std::pair<qint64, qint64>>>
CaseMemberRepository::casesOf(const QList<qint64>& personIds) const
{
    QList<std::pair<qint64, qint64>> pairs;
    if (personIds.isEmpty())
        return pairs;
    QVariantList params;
    for (qint64 id : personIds)
        params.append(id);
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT case_id, person_id FROM case_members WHERE person_id IN (%1)")
            .arg(SqlDialect::placeholders(personIds.size())),
        params, [&](const QSqlQuery& q) {
            pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        });
    if (!read)
        return read.error();
    return pairs;
}
