#include "core/storage/FamilyLinkRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

namespace {
const QString columns =
    QStringLiteral("SELECT id, person_id, relative_id, relationship, confirmed, source, note, "
                   "created_at, created_by FROM family_links");

FamilyLink read(const QSqlQuery& r)
{
    FamilyLink l;
    l.id = r.value(0).toLongLong();
    l.personId = r.value(1).toLongLong();
    l.relativeId = r.value(2).toLongLong();
    l.relationship =
        relationshipCodes().fromCode(r.value(3).toString()).value_or(Relationship::OtherRelative);
    l.confirmed = r.value(4).toBool();
    l.source = r.value(5).toString() == QLatin1String("match") ? FamilyLink::Source::Match
                                                               : FamilyLink::Source::Declared;
    l.note = r.value(6).toString();
    l.createdAt = QDateTime::fromString(r.value(7).toString(), Qt::ISODateWithMs);
    l.createdBy = r.value(8).toString();
    return l;
}
} // namespace

FamilyLinkRepository::FamilyLinkRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> FamilyLinkRepository::insert(const FamilyLink& l)
{
    Result<std::optional<FamilyLink>> existing = between(l.personId, l.relativeId);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(Error::Code::Conflict, tr("These two persons are linked already."));
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO family_links (uid, person_id, relative_id, relationship, "
                       "confirmed, source, note, created_at, created_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), l.personId, l.relativeId, relationshipCodes().code(l.relationship),
         l.confirmed ? 1 : 0,
         l.source == FamilyLink::Source::Match ? QStringLiteral("match")
                                               : QStringLiteral("declared"),
         l.note, m_clock.now().toUTC().toString(Qt::ISODateWithMs), l.createdBy},
        tr("save the family link"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<FamilyLink> FamilyLinkRepository::find(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(columns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("The family link no longer exists."));
    return read(q.value());
}

Result<QList<FamilyLink>> FamilyLinkRepository::involving(const QList<qint64>& personIds) const
{
    if (personIds.isEmpty())
        return QList<FamilyLink>();
    QStringList marks;
    QVariantList params;
    for (qint64 id : personIds) {
        marks.append(QStringLiteral("?"));
        params.append(id);
    }
    params += params;
    const QString in = marks.join(QStringLiteral(", "));
    Result<QSqlQuery> q = m_db.exec(
        columns + QStringLiteral(" WHERE person_id IN (%1) OR relative_id IN (%2) ORDER BY id")
                      .arg(in, in),
        params);
    if (!q)
        return q.error();
    QList<FamilyLink> out;
    while (q.value().next())
        out.append(read(q.value()));
    return out;
}

Result<std::optional<FamilyLink>> FamilyLinkRepository::between(qint64 a, qint64 b) const
{
    const SqlDialect& sql = m_db.dialect();
    const QString person = QStringLiteral("person_id"), relative = QStringLiteral("relative_id"),
                  mark = QStringLiteral("CAST(? AS BIGINT)");
    Result<QSqlQuery> q =
        m_db.exec(columns + QStringLiteral(" WHERE %1 = %2 AND %3 = %4")
                                .arg(sql.least(person, relative), sql.least(mark, mark),
                                     sql.greatest(person, relative), sql.greatest(mark, mark)),
                  {a, b, a, b});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<FamilyLink>();
    return std::optional<FamilyLink>(read(q.value()));
}

Status FamilyLinkRepository::confirm(qint64 id)
{
    return m_db.run(QStringLiteral("UPDATE family_links SET confirmed = 1 WHERE id = ?"), {id},
                    tr("save the family link"));
}

Status FamilyLinkRepository::remove(qint64 id)
{
    return m_db.run(QStringLiteral("DELETE FROM family_links WHERE id = ?"), {id},
                    tr("remove the family link"));
}
