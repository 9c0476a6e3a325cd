#pragma once

#include "core/common/Result.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class Clock;
class InsertQueue;
struct sqlite3_stmt;

// The one owner of a connection to an Amparo database: a SQLite file on this computer, or an
// office's PostgreSQL server (a location "postgresql://[user@]host[:port]/dbname", or
// "postgresql:///dbname?host=/socket/folder"). Opening checks that it is an Amparo database
// this version can use (and refuses, untouched, anything else), makes commits durable, and
// migrates an older schema (a file after keeping a verified copy; a server in one
// transaction). A connection belongs to the thread that opened it: other threads open their
// own Database on the same location.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int ApplicationId = 0x414D5052; // 'AMPR'
    static constexpr int BusyTimeoutMs = 5000;
    // Above this size a full check at every opening would make opening slow; the file is
    // still checked by `amparo-cli check`.
    static constexpr qint64 QuickCheckLimitBytes = 64 * 1024 * 1024;

    static Result<std::unique_ptr<Database>> open(const QString& location, const Clock& clock);
    // Whether a location names a server rather than a file.
    static bool isServerLocation(const QString& location);
    // A server location without an account ("postgresql://office/amparo") is opened with
    // each person's own (ServerAccounts): the location for `username`, with their passphrase
    // as its password.
    static bool namesNoAccount(const QString& location);
    static QString personalLocation(const QString& location, const QString& username,
                                    const QString& passphrase);
    // The location of a database on a server ("postgresql://ana@office:5432/amparo"), from
    // what a person types; port 0 is PostgreSQL's own; no account when each person signs in
    // with their own (ServerAccounts). Refuses, with a sentence per field,
    // what cannot make one.
    static Result<QString> serverLocation(const QString& host, int port, const QString& database,
                                          const QString& account);
    // A connection (not yet open) to a server location, with its account, password and TLS
    // options, under `connectionName` (which the caller removes).
    static QSqlDatabase addServerConnection(const QString& location,
                                            const QString& connectionName);
    // Opens for migration tests: stops at `targetVersion` instead of the latest schema.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, const Clock& clock,
                                                           int targetVersion);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();
    // Where Amparo keeps its database when no --database is given.
    static QString defaultPath();
    // The SQLite library in use ("3.40.1"), for the About box.
    static QString sqliteVersion();
    // Amparo writes through the sqlite3 library it links, on the handle of Qt's driver: both
    // must be one library. Refuses, with a sentence, a driver on another SQLite.
    static Status sameSqlite(const QString& driverVersion, const QString& driverSourceId);

    // The file, or the server location without any password.
    QString path() const { return m_path; }
    // How a person names it: the file's name, or "amparo on office.example.org".
    QString displayName() const;
    static QString displayNameOf(const QString& location);
    bool isServer() const { return m_dialect.engine() == SqlDialect::Engine::Postgres; }
    // On a server: the account this connection signed in with, and whether it owns the
    // database (the owner migrates it and sets up Amparo's roles; people use their own).
    QString serverAccount() const { return m_serverAccount; }
    bool ownsServerDatabase() const { return m_ownsServerDatabase; }
    // Whether `password` opens this server database as `account` (a second connection,
    // closed at once): a locked window is unlocked by the server's own check.
    Status checkServerPassword(const QString& account, const QString& password) const;
    const SqlDialect& dialect() const { return m_dialect; }
    // An encrypted file (EncryptingVfs): its id, which finds its key in the Keyring; empty
    // for a plaintext file and a server.
    bool isEncrypted() const { return !m_databaseId.isEmpty(); }
    QByteArray databaseId() const { return m_databaseId; }
    // How SQLite names another file of this database's kind (a copy made by VACUUM INTO,
    // a check's connection): encrypted with this database's key when it is, so that no copy
    // is ever plaintext. Needs the URI connect option (uriOptions()).
    QString sqliteName(const QString& file) const;
    static QString uriOptions();
    QSqlDatabase connection() const { return m_db; }
    // The copy made before the last migration, or empty if none was needed.
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    // Prepares, binds (positionally) and runs one statement.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& params = {},
                           const QString& action = {}) const;
    // Runs one statement whose rows are not needed.
    Status run(const QString& sql, const QVariantList& params = {},
               const QString& action = {}) const;
    // Runs an INSERT and returns the new row's id.
    Result<qint64> insert(const QString& sql, const QVariantList& params,
                          const QString& action = {}) const;
    // Runs a SELECT and hands each row to `row`; the statement is reset afterwards, so it
    // holds no snapshot of the database.
    Status forEachRow(const QString& sql, const QVariantList& params,
                      const std::function<void(const QSqlQuery&)>& row,
                      const QString& action = {}) const;
    Result<int> schemaVersion() const;
    // The error of a statement on this connection, as a sentence; notes a lost connection to
    // the server, which the next statement (or transaction) then opens again.
    Error failed(const QSqlError& error, const QString& action) const;
    // After the server connection was lost: opens it again, or says why it cannot.
    Status ensureConnected() const;
    // Writes the rows an InsertBatch keeps waiting (Transaction does before it commits), or
    // drops them (before a rollback).
    Status sendWaitingRows() const;
    void discardWaitingRows() const;
    // PRAGMA integrity_check on a file (an empty list when it is sound); on a server, what
    // the server checks itself is not repeated.
    Result<QStringList> integrityProblems() const;

private:
    friend class InsertBatch;
    Status beginInsertBatch() const;
    void endInsertBatch() const;
    // An id from the block reserved on `table`'s sequence for a batch.
    Result<qint64> reservedId(const QString& table) const;
    // Inside a batch, keeps a single-row INSERT waiting; false for any other statement.
    Result<bool> holdBack(const QString& sql, const QVariantList& params,
                          const QString& action) const;
    // Sends what waits first when `sql` could see or change it.
    Status sendWaitingBefore(const QString& sql) const;

    Database(QString path, QString connectionName, SqlDialect::Engine engine);
    static Result<std::unique_ptr<Database>> openServer(const QString& location, const Clock& clock,
                                                        int targetVersion);
    Status inspectServer();
    Status checkSqliteLibrary() const;
    // The database holds people at risk: readable and writable by its owner only.
    void restrictToOwner() const;
    Status inspectExisting();
    Status configure();
    Status migrate(const Clock& clock, int targetVersion);
    // Migrates, then remakes name keys made by older rules: the last step of every opening.
    Status bringUpToDate(const Clock& clock, int targetVersion);
    Result<QString> backupBeforeMigration(const Clock& clock, int fromVersion);
    static Result<std::unique_ptr<Database>> openImpl(const QString& path, const Clock& clock,
                                                      int targetVersion);

    QString m_path;
    QByteArray m_databaseId;
    QString m_connectionName;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_migrationBackupPath;

    // run(), insert() and forEachRow() prepare each statement once and keep it (parsing a
    // statement costs more than running most), resetting it after every use.
    Result<std::shared_ptr<QSqlQuery>> statement(const QString& sql, const QVariantList& params,
                                                 const QString& action) const;
    // Writes go straight to SQLite on statements kept the same way: binding through Qt's
    // SQL layer costs more than the write itself when importing a file or generating data.
    Status write(const QString& sql, const QVariantList& params, const QString& action) const;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable QHash<QString, sqlite3_stmt*> m_writes;
    mutable bool m_connectionLost = false;
    mutable int m_insertBatches = 0;
    mutable std::unique_ptr<InsertQueue> m_waitingRows;
    mutable QHash<QString, QList<qint64>> m_reservedIds;
    static constexpr int MaxWaitingRows = 20000;
    static constexpr int IdsPerReservation = 1000;
    QString m_serverAccount;
    bool m_ownsServerDatabase = false;
    static constexpr int MaxStatements = 256;
};
