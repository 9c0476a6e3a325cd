#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

class Clock;

// The one owner of a connection to an Amparo database file. Opening checks that the file
// is an Amparo database this version can use (and refuses, untouched, anything else),
// sets the pragmas that make commits durable, and migrates an older schema after keeping
// a verified copy. A connection belongs to the thread that opened it: other threads open
// their own Database on the same path.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int ApplicationId = 0x414D5052; // 'AMPR'
    static constexpr int BusyTimeoutMs = 5000;
    // Above this size a full check at every opening would make opening slow; the file is
    // still checked by `amparo-cli check`.
    static constexpr qint64 QuickCheckLimitBytes = 64 * 1024 * 1024;

    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock);
    // Opens for migration tests: stops at `targetVersion` instead of the latest schema.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, const Clock& clock,
                                                           int targetVersion);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();
    // Where Amparo keeps its database when no --database is given.
    static QString defaultPath();

    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }
    // The copy made before the last migration, or empty if none was needed.
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    // Prepares, binds (positionally) and runs one statement.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& params = {},
                           const QString& action = {}) const;
    // Runs one statement whose rows are not needed.
    Status run(const QString& sql, const QVariantList& params = {},
               const QString& action = {}) const;
    Result<int> schemaVersion() const;
    // PRAGMA integrity_check: an empty list when the file is sound.
    Result<QStringList> integrityProblems() const;

private:
    Database(QString path, QString connectionName);
    Status inspectExisting();
    Status configure();
    Status migrate(const Clock& clock, int targetVersion);
    Result<QString> backupBeforeMigration(const Clock& clock, int fromVersion);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, const Clock& clock,
                                                      int targetVersion);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_migrationBackupPath;
};
