#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Applies the numbered migration files (resources/migrations/NNN_name.sql), each in one
// transaction that also sets PRAGMA user_version to its number.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version;
        QString path;
    };

    explicit SchemaMigrator(const Database& db);

    static QList<Migration> migrations();
    static int latestVersion();

    Status migrate(int fromVersion, int toVersion);

private:
    Status apply(const Migration& migration);

    const Database& m_db;
};
