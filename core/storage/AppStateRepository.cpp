#include "core/storage/AppStateRepository.h"

#include "core/storage/Database.h"

AppStateRepository::AppStateRepository(const Database& db)
    : m_db(db)
{
}

Result<QString> AppStateRepository::value(const QString& key) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT value FROM app_state WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status AppStateRepository::setValue(const QString& key, const QString& value)
{
    return m_db.run(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {key, value});
}

Status AppStateRepository::remove(const QString& key)
{
    return m_db.run(QStringLiteral("DELETE FROM app_state WHERE key = ?"), {key});
}
