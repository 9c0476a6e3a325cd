#include "core/storage/SignInFailureRepository.h"

#include "core/storage/Database.h"

SignInFailureRepository::SignInFailureRepository(const Database& db)
    : m_db(db)
{
}

Result<SignInFailureRepository::Failures>
SignInFailureRepository::get(const QString& username) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT failures, last_failure_at FROM sign_in_failures WHERE username = ?"),
        {username.trimmed()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Failures{};
    return Failures{q.value().value(0).toInt(),
                    QDateTime::fromString(q.value().value(1).toString(), Qt::ISODateWithMs)};
}

Status SignInFailureRepository::recordFailure(const QString& username, const QDateTime& at)
{
    return m_db.run(
        QStringLiteral("INSERT INTO sign_in_failures (username, failures, last_failure_at) "
                       "VALUES (?, 1, ?) ON CONFLICT (username) DO UPDATE SET "
                       "failures = sign_in_failures.failures + 1, "
                       "last_failure_at = excluded.last_failure_at"),
        {username.trimmed(), at.toUTC().toString(Qt::ISODateWithMs)});
}

Status SignInFailureRepository::clear(const QString& username)
{
    return m_db.run(QStringLiteral("DELETE FROM sign_in_failures WHERE username = ?"),
                    {username.trimmed()});
}
