#include "core/storage/MailboxRepository.h"

#include "core/storage/Database.h"

MailboxRepository::MailboxRepository(const Database& db)
    : m_db(db)
{
}

Result<QList<MailboxRepository::Waiting>>
MailboxRepository::waitingFor(const QString& receiver) const
{
    QList<Waiting> waiting;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT id, sender FROM sync_mailbox WHERE receiver = ? ORDER BY id"),
        {receiver},
        [&](const QSqlQuery& q) {
            waiting.append({q.value(0).toLongLong(), q.value(1).toString()});
        },
        tr("read the packages waiting on the server"));
    if (!read)
        return read.error();
    return waiting;
}

Result<std::optional<QByteArray>> MailboxRepository::package(qint64 id) const
{
    std::optional<QByteArray> bytes;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT package FROM sync_mailbox WHERE id = ?"), {id},
        [&](const QSqlQuery& q) { bytes = q.value(0).toByteArray(); },
        tr("read the packages waiting on the server"));
    if (!read)
        return read.error();
    return bytes;
}

Status MailboxRepository::remove(qint64 id) const
{
    return m_db.run(QStringLiteral("DELETE FROM sync_mailbox WHERE id = ?"), {id},
                    tr("remove an applied package from the server"));
}

Status MailboxRepository::leave(const QString& sender, const QString& receiver,
                                const QByteArray& package, const QDateTime& now) const
{
    const QString action = tr("leave the package on the server");
    if (Status s = m_db.run(
            QStringLiteral("DELETE FROM sync_mailbox WHERE sender = ? AND receiver = ?"),
            {sender, receiver}, action);
        !s)
        return s;
    return m_db.run(
        QStringLiteral("INSERT INTO sync_mailbox (sender, receiver, package, left_at) VALUES "
                       "(?, ?, ?, ?)"),
        {sender, receiver, package, now.toUTC().toString(Qt::ISODateWithMs)}, action);
}
