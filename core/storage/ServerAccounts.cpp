#include "core/storage/ServerAccounts.h"

#include "core/crypto/ScramVerifier.h"
#include "core/storage/Database.h"
#include "core/storage/ServerRoles.h"

namespace {
QString action()
{
    return ServerAccounts::tr("change the server account");
}
} // namespace

ServerAccounts::ServerAccounts(const Database& db)
    : m_db(db)
{
}

QString ServerAccounts::accountOf(const QString& database, const QString& username)
{
    return database + u'.' + username.trimmed().toLower();
}

QString ServerAccounts::accountOf(const QString& username) const
{
    return accountOf(m_db.connection().databaseName(), username);
}

bool ServerAccounts::isAccountIn(const QString& database, const QString& account)
{
    return account.startsWith(database + u'.');
}

bool ServerAccounts::isPersonal(const Database& db)
{
    // Opening refuses every other account that does not own the database.
    return db.isServer() && !db.ownsServerDatabase();
}

QString ServerAccounts::quoted(const QString& account) const
{
    return SqlDialect::identifier(account);
}

Status ServerAccounts::joinGroupOf(const QString& account, Role role) const
{
    const QString database = m_db.connection().databaseName();
    const QString group = ServerRoles::groupOf(database, role);
    // Out of any other role's group of this database, into this one's.
    Result<QSqlQuery> member = m_db.exec(
        QStringLiteral("SELECT g.rolname FROM pg_auth_members a "
                       "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                       "WHERE m.rolname = ?"),
        {account}, action());
    if (!member)
        return member.error();
    bool joined = false;
    QStringList leave;
    while (member.value().next()) {
        const QString name = member.value().value(0).toString();
        if (name == group)
            joined = true;
        else if (name.startsWith(database + u'_'))
            leave.append(name);
    }
    for (const QString& other : leave) {
        if (Status s =
                m_db.run(QStringLiteral("REVOKE %1 FROM %2").arg(quoted(other), quoted(account)),
                         {}, action());
            !s)
            return s;
    }
    if (!joined) {
        if (Status s = m_db.run(
                QStringLiteral("GRANT %1 TO %2").arg(quoted(group), quoted(account)), {}, action());
            !s)
            return s;
    }
    // An administrator adds and changes the accounts of the others.
    return m_db.run(QStringLiteral("ALTER ROLE %1 %2")
                        .arg(quoted(account), role == Role::Administrator
                                                  ? QStringLiteral("CREATEROLE")
                                                  : QStringLiteral("NOCREATEROLE")),
                    {}, action());
}

Status ServerAccounts::ensure(const User& user, const QString& passphrase) const
{
    if (!m_db.isServer())
        return {};
    const QString account = accountOf(user.username);
    if (account.toUtf8().size() > 63)
        return Error(Error::Code::Invalid,
                     tr("The user name %1 is too long for an account on this server: choose a "
                        "shorter one.")
                         .arg(user.username));
    const QString verifier = ScramVerifier::make(passphrase);
    if (!ScramVerifier::isWellFormed(verifier))
        return Error(Error::Code::Storage, tr("The server password could not be prepared."));
    Result<bool> known = ServerRoles::roleExists(m_db, account, action());
    if (!known)
        return known.error();
    const QString sql = *known ? QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'")
                               : QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'");
    if (Status s = m_db.run(sql.arg(quoted(account), verifier), {}, action()); !s)
        return s;
    if (!user.active) {
        if (Status s = setActive(user, false); !s)
            return s;
    }
    return joinGroupOf(account, user.role);
}

Status ServerAccounts::changeExisting(const User& user,
                                      const std::function<Status(const QString&)>& change) const
{
    if (!m_db.isServer())
        return {};
    const QString account = accountOf(user.username);
    Result<bool> known = ServerRoles::roleExists(m_db, account, action());
    if (!known)
        return known.error();
    // An account is made with its first password; until then there is nothing to change.
    if (!*known)
        return {};
    return change(account);
}

Status ServerAccounts::setActive(const User& user, bool active) const
{
    return changeExisting(user, [&](const QString& account) {
        return m_db.run(
            QStringLiteral("ALTER ROLE %1 %2")
                .arg(quoted(account), active ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")),
            {}, action());
    });
}

Status ServerAccounts::setRole(const User& user, Role role) const
{
    return changeExisting(user, [&](const QString& account) { return joinGroupOf(account, role); });
}

Status ServerAccounts::setOwnPassword(const QString& passphrase) const
{
    const QString verifier = ScramVerifier::make(passphrase);
    if (!ScramVerifier::isWellFormed(verifier))
        return Error(Error::Code::Storage, tr("The server password could not be prepared."));
    return m_db.run(QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(verifier), {},
                    action());
}
