#include "core/storage/UserRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"

namespace {
const QString selectUsers =
    QStringLiteral("SELECT id, username, display_name, role, active, created_at FROM users");

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleCodes().fromCode(q.value(3).toString()).value_or(Role::Volunteer);
    u.active = q.value(4).toBool();
    u.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return u;
}
} // namespace

UserRepository::UserRepository(const Database& db)
    : m_db(db)
{
}

Result<int> UserRepository::count() const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}

Result<QList<User>> UserRepository::all() const
{
    Result<QSqlQuery> q = m_db.exec(selectUsers + QStringLiteral(" ORDER BY username"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q.value().next())
        users.append(readUser(q.value()));
    return users;
}

Result<std::optional<User>> UserRepository::find(qint64 id) const
{
    return findWhere(QStringLiteral("id = ?"), id);
}

Result<std::optional<User>> UserRepository::findByUsername(const QString& username) const
{
    return findWhere(QStringLiteral("username = ?"), username.trimmed());
}

Result<std::optional<User>> UserRepository::findWhere(const QString& condition,
                                                      const QVariant& value) const
{
    Result<QSqlQuery> q = m_db.exec(selectUsers + QStringLiteral(" WHERE ") + condition, {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<User>();
    return std::optional<User>(readUser(q.value()));
}

Result<QString> UserRepository::passphraseHash(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT passphrase_hash FROM users WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::NotFound, tr("The user no longer exists."));
    return q.value().value(0).toString();
}

Result<qint64> UserRepository::insert(const User& u, const QString& hash, const QDateTime& now)
{
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "INSERT INTO users (uid, username, display_name, role, passphrase_hash, active, "
            "created_at, passphrase_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), u.username, u.displayName, roleCodes().code(u.role), hash,
         u.active ? 1 : 0, stamp, stamp},
        tr("save the user"));
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status UserRepository::setPassphraseHash(qint64 id, const QString& hash, const QDateTime& now)
{
    return m_db.run(
        QStringLiteral(
            "UPDATE users SET passphrase_hash = ?, passphrase_changed_at = ? WHERE id = ?"),
        {hash, now.toUTC().toString(Qt::ISODateWithMs), id}, tr("change the passphrase"));
}

Status UserRepository::setActive(qint64 id, bool active)
{
    return m_db.run(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"),
                    {active ? 1 : 0, id}, tr("change the user"));
}

Status UserRepository::setRole(qint64 id, Role role)
{
    return m_db.run(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"),
                    {roleCodes().code(role), id}, tr("change the user"));
}

Result<int> UserRepository::activeAdministrators() const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toInt() : 0;
}
