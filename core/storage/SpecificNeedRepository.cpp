#include "core/storage/SpecificNeedRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

SpecificNeedRepository::SpecificNeedRepository(const Database& db)
    : m_db(db)
{
}

Result<QList<SpecificNeed>> SpecificNeedRepository::forPerson(qint64 personId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT id, person_id, code, attached_on, attached_by, coalesce(screening_id, 0), "
            "removed_on, coalesce(removed_by, '') FROM person_specific_needs WHERE person_id = ? "
            "ORDER BY id"),
        {personId});
    if (!q)
        return q.error();
    QList<SpecificNeed> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        list.append(SpecificNeed{
            r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
            QDate::fromString(r.value(3).toString(), Qt::ISODate), r.value(4).toString(),
            r.value(5).toLongLong(), QDate::fromString(r.value(6).toString(), Qt::ISODate),
            r.value(7).toString()});
    }
    return list;
}

Result<qint64> SpecificNeedRepository::attach(const SpecificNeed& n)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO person_specific_needs (uid, person_id, code, attached_on, "
                       "attached_by, screening_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), n.personId, n.code, n.attachedOn.toString(Qt::ISODate), n.attachedBy,
         n.screeningId > 0 ? QVariant(n.screeningId) : QVariant()},
        tr("save the specific need"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status SpecificNeedRepository::markRemoved(qint64 needId, QDate on, const QString& by)
{
    return m_db.run(
        QStringLiteral("UPDATE person_specific_needs SET removed_on = ?, removed_by = ? "
                       "WHERE id = ? AND removed_on IS NULL"),
        {on.toString(Qt::ISODate), by, needId}, tr("remove the specific need"));
}

Result<QHash<qint64, QStringList>>
SpecificNeedRepository::activeCodes(const QList<qint64>& personIds) const
{
    QHash<qint64, QStringList> codes;
    for (qint64 person : personIds) {
        Result<QList<SpecificNeed>> found = forPerson(person);
        if (!found)
            return found.error();
        for (const SpecificNeed& n : *found) {
            if (n.isActive())
                codes[person].append(n.code);
        }
    }
    return codes;
}
