#include "core/storage/SchemaMigrator.h"

#include "core/storage/Database.h"
#include "core/storage/SqlScript.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

SchemaMigrator::SchemaMigrator(const Database& db)
    : m_db(db)
{
}

QList<SchemaMigrator::Migration> SchemaMigrator::migrations(Dialect dialect)
{
    QList<Migration> list;
    const QDir dir(dialect == Dialect::Sqlite ? QStringLiteral(":/migrations")
                                              : QStringLiteral(":/migrations/postgresql"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            list.append(Migration{version, dir.filePath(name)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int SchemaMigrator::latestVersion()
{
    static const int latest = migrations().isEmpty() ? 0 : migrations().constLast().version;
    return latest;
}

Status SchemaMigrator::migrate(int fromVersion, int toVersion)
{
    const Dialect dialect = m_db.isServer() ? Dialect::Postgres : Dialect::Sqlite;
    for (const Migration& m : migrations(dialect)) {
        if (m.version <= fromVersion || m.version > toVersion)
            continue;
        if (Status s = apply(m); !s)
            return s;
    }
    return {};
}

Status SchemaMigrator::apply(const Migration& migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Storage,
                     tr("The upgrade step %1 is missing from this installation of Amparo.")
                         .arg(migration.version));
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    for (const QString& statement : statements) {
        if (!q.exec(statement))
            return storageError(q.lastError(),
                                tr("upgrade the database to schema %1").arg(migration.version));
    }
    const QString version =
        m_db.isServer()
            ? QStringLiteral("INSERT INTO amparo_meta (key, value) VALUES ('schema_version', "
                             "'%1') ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                  .arg(migration.version)
            : QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    if (!q.exec(version))
        return storageError(q.lastError(),
                            tr("upgrade the database to schema %1").arg(migration.version));
    return transaction.commit();
}
