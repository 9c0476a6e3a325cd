#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Applies the numbered migration files (resources/migrations/NNN_name.sql), each in one
// transaction that also sets PRAGMA user_version to its number. PostgreSQL has the same
// steps in its own dialect (resources/migrations/postgresql/NNN_name.sql), checked to build
// the same schema (tst_schema).
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version;
        QString path;
    };

    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    explicit SchemaMigrator(const Database& db);

    static QList<Migration> migrations(Dialect dialect = Dialect::Sqlite);
    static int latestVersion();

    Status migrate(int fromVersion, int toVersion);

private:
    Status apply(const Migration& migration);

    const Database& m_db;
};
