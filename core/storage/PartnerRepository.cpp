#include "core/storage/PartnerRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

namespace {
const QString columns =
    QStringLiteral("id, name, services, areas, contact, language, site_card, active, agreement "
                   "FROM partners");

QStringList codesFrom(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

PartnerRepository::PartnerRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> PartnerRepository::insert(const Partner& p)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO partners (uid, name, services, areas, contact, language, "
                       "site_card, active, agreement, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), p.name, p.services.join(QLatin1Char(',')), p.areas, p.contact,
         p.language, p.siteCard, p.active ? 1 : 0, p.agreement, now, now},
        tr("save the partner organisation"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status PartnerRepository::update(const Partner& p)
{
    return m_db.run(
        QStringLiteral("UPDATE partners SET name = ?, services = ?, areas = ?, contact = ?, "
                       "language = ?, site_card = ?, active = ?, agreement = ?, updated_at = ? "
                       "WHERE id = ?"),
        {p.name, p.services.join(QLatin1Char(',')), p.areas, p.contact, p.language, p.siteCard,
         p.active ? 1 : 0, p.agreement, m_clock.now().toUTC().toString(Qt::ISODateWithMs), p.id},
        tr("save the partner organisation"));
}

Result<QList<Partner>> PartnerRepository::select(const QString& condition,
                                                 const QVariantList& params) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE ") + condition +
                      QStringLiteral(" ORDER BY lower(name), id"),
                  params);
    if (!q)
        return q.error();
    QList<Partner> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Partner p;
        p.id = r.value(0).toLongLong();
        p.name = r.value(1).toString();
        p.services = codesFrom(r.value(2).toString());
        p.areas = r.value(3).toString();
        p.contact = r.value(4).toString();
        p.language = r.value(5).toString();
        p.siteCard = r.value(6).toString();
        p.active = r.value(7).toBool();
        p.agreement = r.value(8).toString();
        out.append(p);
    }
    return out;
}

Result<Partner> PartnerRepository::find(qint64 id) const
{
    Result<QList<Partner>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("The partner organisation no longer exists."));
    return found->constFirst();
}

Result<std::optional<Partner>> PartnerRepository::findByName(const QString& name) const
{
    Result<QList<Partner>> found =
        select(m_db.dialect().equalsIgnoringCase(QStringLiteral("name")), {name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Partner>();
    return std::optional<Partner>(found->constFirst());
}

Result<QList<Partner>> PartnerRepository::list(bool includeInactive) const
{
    return select(includeInactive ? QStringLiteral("1 = 1") : QStringLiteral("active = 1"), {});
}
