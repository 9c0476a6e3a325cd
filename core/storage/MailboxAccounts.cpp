#include "core/storage/MailboxAccounts.h"

#include "core/crypto/ScramVerifier.h"
#include "core/storage/Database.h"
#include "core/storage/ServerRoles.h"

namespace {
QString action()
{
    return MailboxAccounts::tr("set up the post's mailbox on the server");
}
} // namespace

MailboxAccounts::MailboxAccounts(const Database& db)
    : m_db(db)
{
}

QString MailboxAccounts::accountOf(const QString& database, const QString& siteCode)
{
    return database + QStringLiteral("_post_") + siteCode.trimmed().toLower();
}

Result<bool> MailboxAccounts::exists(const QString& siteCode) const
{
    if (!m_db.isServer())
        return false;
    return ServerRoles::roleExists(m_db, accountOf(m_db.connection().databaseName(), siteCode),
                                   action());
}

Status MailboxAccounts::ensure(const QString& siteCode, const QString& password) const
{
    if (!m_db.isServer())
        return {};
    const QString database = m_db.connection().databaseName();
    const QString account = accountOf(database, siteCode);
    if (account.toUtf8().size() > 63)
        return Error(Error::Code::Invalid,
                     tr("The site code %1 is too long for a mailbox on this server: the "
                        "database's name and the code together may have at most 57 letters.")
                         .arg(siteCode));
    const QString verifier = ScramVerifier::make(password);
    if (password.isEmpty() || !ScramVerifier::isWellFormed(verifier))
        return Error(Error::Code::Storage, tr("The mailbox's password could not be prepared."));
    Result<bool> known = exists(siteCode);
    if (!known)
        return known.error();
    const QString quoted = SqlDialect::identifier(account);
    const QString sql = *known ? QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'")
                               : QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'");
    if (Status s = m_db.run(sql.arg(quoted, verifier), {}, action()); !s)
        return s;
    return m_db.run(QStringLiteral("GRANT %1 TO %2")
                        .arg(SqlDialect::identifier(ServerRoles::mailboxGroupOf(database)), quoted),
                    {}, action());
}
