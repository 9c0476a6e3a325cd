#include "core/storage/SyncSiteRepository.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace {
const QString siteColumns =
    QStringLiteral("id, site_code, role, sign_public, box_public, received_number, sent_number, "
                   "sent_mark, registered_at, registered_by, audit_confirmed");

SyncSite siteFrom(const QSqlQuery& q)
{
    SyncSite s;
    s.id = q.value(0).toLongLong();
    s.card = SiteCard{q.value(1).toString(), q.value(3).toByteArray(), q.value(4).toByteArray()};
    s.role = syncRoleCodes().fromCode(q.value(2).toString()).value_or(SyncRole::Post);
    s.receivedNumber = q.value(5).toULongLong();
    s.sentNumber = q.value(6).toULongLong();
    s.sentMark = q.value(7).toLongLong();
    s.registeredAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    s.registeredBy = q.value(9).toString();
    s.auditConfirmed = q.value(10).toLongLong();
    return s;
}
} // namespace

SyncSiteRepository::SyncSiteRepository(const Database& db)
    : m_db(db)
{
}

Result<std::optional<SyncSiteRepository::Identity>> SyncSiteRepository::identity() const
{
    std::optional<Identity> found;
    bool unreadable = false;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT site_code, role, secret FROM sync_identity WHERE id = 1"), {},
        [&](const QSqlQuery& q) {
            QByteArray secret = q.value(2).toByteArray();
            if (secret.size() != int(SecretKey::Size)) {
                unreadable = true;
                return;
            }
            found = Identity{
                q.value(0).toString(),
                syncRoleCodes().fromCode(q.value(1).toString()).value_or(SyncRole::Post),
                SecretKey::fromBytes(reinterpret_cast<const unsigned char*>(secret.constData()))};
            secret.fill('\0');
        },
        tr("read this database's site identity"));
    if (!read)
        return read.error();
    if (unreadable)
        return Error(Error::Code::Storage,
                     tr("This database's site identity is damaged; its packages cannot be made "
                        "or opened."));
    return found;
}

Status SyncSiteRepository::insertIdentity(const QString& code, SyncRole role,
                                          const SecretKey& secret, const QDateTime& now)
{
    return m_db.run(
        QStringLiteral("INSERT INTO sync_identity (id, site_code, role, secret, created_at) "
                       "VALUES (1, ?, ?, ?, ?)"),
        {code, syncRoleCodes().code(role),
         QByteArray(reinterpret_cast<const char*>(secret.data()), int(SecretKey::Size)),
         now.toUTC().toString(Qt::ISODateWithMs)},
        tr("save this database's site identity"));
}

Result<QList<SyncSite>> SyncSiteRepository::sites() const
{
    QList<SyncSite> out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT %1 FROM sync_sites ORDER BY site_code").arg(siteColumns), {},
        [&](const QSqlQuery& q) { out.append(siteFrom(q)); }, tr("read the registered sites"));
    if (!read)
        return read.error();
    return out;
}

Result<std::optional<SyncSite>> SyncSiteRepository::findByCode(const QString& code) const
{
    std::optional<SyncSite> found;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT %1 FROM sync_sites WHERE site_code = ?").arg(siteColumns), {code},
        [&](const QSqlQuery& q) { found = siteFrom(q); }, tr("read the registered sites"));
    if (!read)
        return read.error();
    return found;
}

Result<qint64> SyncSiteRepository::insert(const SyncSite& site)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO sync_sites (site_code, role, sign_public, box_public, "
                       "registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?)"),
        {site.card.code, syncRoleCodes().code(site.role), site.card.signPublic, site.card.boxPublic,
         site.registeredAt.toUTC().toString(Qt::ISODateWithMs), site.registeredBy},
        tr("register the site %1").arg(site.card.code));
}

Status SyncSiteRepository::noteSent(qint64 id, quint64 number, qint64 mark, qint64 auditTo,
                                    const QDateTime& now)
{
    const QString action = tr("send the package");
    if (Status s = m_db.run(QStringLiteral("UPDATE sync_sites SET sent_number = ? WHERE id = ?"),
                            {qint64(number), id}, action);
        !s)
        return s;
    // The versions chosen here travel in it: they are settled once it is confirmed.
    if (Status s = m_db.run(QStringLiteral("UPDATE sync_decisions SET sent_in = ? WHERE site_id "
                                           "= ? AND sent_in IS NULL"),
                            {qint64(number), id}, action);
        !s)
        return s;
    return m_db.run(QStringLiteral("INSERT INTO sync_sent_packages (site_id, number, mark, "
                                   "audit_to, sent_at) VALUES (?, ?, ?, ?, ?)"),
                    {id, qint64(number), mark, auditTo, now.toUTC().toString(Qt::ISODateWithMs)},
                    action);
}

Status SyncSiteRepository::setReceivedNumber(qint64 id, quint64 number)
{
    return m_db.run(QStringLiteral("UPDATE sync_sites SET received_number = ? WHERE id = ?"),
                    {qint64(number), id}, tr("apply the package"));
}

Status SyncSiteRepository::confirm(qint64 id, quint64 number)
{
    const QString action = tr("apply the package");
    if (Status s =
            m_db.run(QStringLiteral("UPDATE sync_sites SET sent_mark = (SELECT mark FROM "
                                    "sync_sent_packages WHERE site_id = ? AND number = ?), "
                                    "audit_confirmed = (SELECT audit_to FROM "
                                    "sync_sent_packages WHERE site_id = ? AND number = ?) "
                                    "WHERE id = ? AND EXISTS (SELECT 1 FROM "
                                    "sync_sent_packages WHERE site_id = ? AND number = ?)"),
                     {id, qint64(number), id, qint64(number), id, id, qint64(number)}, action);
        !s)
        return s;
    if (Status s = m_db.run(
            QStringLiteral("DELETE FROM sync_decisions WHERE site_id = ? AND sent_in <= ?"),
            {id, qint64(number)}, action);
        !s)
        return s;
    return m_db.run(
        QStringLiteral("DELETE FROM sync_sent_packages WHERE site_id = ? AND number <= ?"),
        {id, qint64(number)}, action);
}

Result<qint64> SyncSiteRepository::confirmedByAll() const
{
    qint64 mark = 0;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT coalesce(min(sent_mark), 0) FROM sync_sites"), {},
        [&](const QSqlQuery& q) { mark = q.value(0).toLongLong(); },
        tr("read the registered sites"));
    if (!read)
        return read.error();
    return mark;
}

Result<QString> SyncSiteRepository::officeOfThisPost() const
{
    QString code;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT s.site_code FROM sync_sites s JOIN sync_identity i ON i.role = "
                       "'post' WHERE s.role = 'office'"),
        {}, [&](const QSqlQuery& q) { code = q.value(0).toString(); },
        tr("read the registered sites"));
    if (!read)
        return read.error();
    return code;
}

Result<QString> SyncSiteRepository::officeServer() const
{
    QString location;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT location FROM sync_office_server WHERE id = 1"), {},
        [&](const QSqlQuery& q) { location = q.value(0).toString(); },
        tr("read the office's server location"));
    if (!read)
        return read.error();
    return location;
}

Status SyncSiteRepository::setOfficeServer(const QString& location, const QDateTime& now,
                                           const QString& by)
{
    const QString action = tr("keep the office's server location");
    if (Status s = m_db.run(QStringLiteral("DELETE FROM sync_office_server"), {}, action); !s)
        return s;
    if (location.isEmpty())
        return {};
    return m_db.run(QStringLiteral("INSERT INTO sync_office_server (id, location, set_at, set_by) "
                                   "VALUES (1, ?, ?, ?)"),
                    {location, now.toUTC().toString(Qt::ISODateWithMs), by}, action);
}
