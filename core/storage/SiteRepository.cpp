#include "core/storage/SiteRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

namespace {
const QString selectSites = QStringLiteral("SELECT id, code, name, country, admin1 FROM sites");

Site readSite(const QSqlQuery& q)
{
    return Site{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString()};
}
} // namespace

SiteRepository::SiteRepository(const Database& db)
    : m_db(db)
{
}

Result<qint64> SiteRepository::insert(const Site& site)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO sites (uid, code, name, country, admin1) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {RecordUid::make(), site.code, site.name, site.country, site.admin1}, tr("save the site"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<QList<Site>> SiteRepository::all() const
{
    Result<QSqlQuery> q = m_db.exec(selectSites + QStringLiteral(" ORDER BY code"));
    if (!q)
        return q.error();
    QList<Site> sites;
    while (q.value().next())
        sites.append(readSite(q.value()));
    return sites;
}

Result<std::optional<Site>> SiteRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<Site>> SiteRepository::findByCode(const QString& code) const
{
    return findWhere(QStringLiteral("code = ?"), code);
}

Result<std::optional<Site>> SiteRepository::findWhere(const QString& condition,
                                                      const QVariant& value) const
{
    Result<QSqlQuery> q = m_db.exec(selectSites + QStringLiteral(" WHERE ") + condition, {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Site>();
    return std::optional<Site>(readSite(q.value()));
}
