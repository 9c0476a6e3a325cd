#include "core/storage/Database.h"

#include "core/common/Clock.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/PageCipher.h"
#include "core/storage/EncryptingVfs.h"
#include "core/storage/EncryptionSwitch.h"
#include "core/storage/InsertQueue.h"
#include "core/storage/PersonNameKeyIndex.h"
#include "core/storage/SchemaMigrator.h"
#include "core/storage/ServerAccounts.h"
#include "core/storage/ServerRoles.h"
#include "core/storage/SqliteLibrary.h"
#include "core/storage/StorageError.h"

#include <sqlite3.h>

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {
QAtomicInt connectionCounter;

void bindAll(QSqlQuery& q, const QVariantList& params)
{
    for (const QVariant& p : params) {
        // A null QString would be stored as NULL; Amparo's text columns hold '' instead.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(p);
    }
}

// How many connections this process has open, per file. Opening the file with anything but
// SQLite and closing it drops every POSIX lock the process holds on it, SQLite's included:
// another Amparo process could then believe it is alone and fold the write-ahead log away
// under our connections. So the header is read only before the process's first connection.
QMutex openFilesMutex;
QHash<QString, int>& openFiles()
{
    static QHash<QString, int> files;
    return files;
}

constexpr QFileDevice::Permissions OthersOrGroup =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

Error refused(const QString& message)
{
    return Error(Error::Code::Refused, message);
}
} // namespace

Database::Database(QString path, QString connectionName, SqlDialect::Engine engine)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(engine)
{
}

Database::~Database()
{
    m_statements.clear();
    for (sqlite3_stmt* stmt : std::as_const(m_writes))
        sqlite3_finalize(stmt);
    m_writes.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (isServer())
        return;
    // Only once the connection is closed may another opening read the file's header.
    QMutexLocker lock(&openFilesMutex);
    if (--openFiles()[m_path] <= 0)
        openFiles().remove(m_path);
}

int Database::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("amparo.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock)
{
    return openImpl(path, clock, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, const Clock& clock,
                                                          int targetVersion)
{
    return openImpl(path, clock, targetVersion);
}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql:")) ||
           location.startsWith(QLatin1String("postgres:"));
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString& path, const Clock& clock,
                                                     int targetVersion)
{
    if (isServerLocation(path))
        return openServer(path, clock, targetVersion);
    SqliteLibrary::prepare();
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error(Error::Code::Io, tr("No database file was given."));
    if (info.isDir())
        return refused(tr("%1 is a folder, not a database file.").arg(path));

    const QString key = info.absoluteFilePath();
    // A switch to encryption cut short is finished or undone first, by the first opening.
    if (QFile::exists(EncryptionSwitch::encryptingPath(key)) ||
        QFile::exists(EncryptionSwitch::plaintextPath(key))) {
        QMutexLocker lock(&openFilesMutex);
        if (openFiles().value(key) == 0) {
            if (Status s = EncryptionSwitch::finishInterrupted(key); !s)
                return s.error();
        }
    }
    // An encrypted database has its key file beside it; its key must be unlocked first.
    QByteArray databaseId;
    const QString keyPath = KeyFile::pathFor(key);
    if (QFileInfo::exists(keyPath)) {
        Result<KeyFile> keys = KeyFile::read(keyPath);
        if (!keys)
            return keys.error();
        databaseId = keys->databaseId();
        if (!Keyring::isUnlocked(databaseId))
            return Error(Error::Code::Locked,
                         tr("The database %1 is encrypted: sign in with your passphrase, or "
                            "open it with its recovery key.")
                             .arg(path));
        if (!EncryptingVfs::install())
            return Error(
                Error::Code::Storage,
                tr("Amparo could not prepare its encryption for the database %1.").arg(path));
    }
    QMutexLocker openFilesLock(&openFilesMutex);
    const bool firstInProcess = openFiles().value(key) == 0;
    if (info.exists()) {
        if (!info.isReadable())
            return refused(tr("The database file %1 cannot be read: you do not have permission "
                              "to read it.")
                               .arg(path));
        if (!databaseId.isEmpty() && info.size() % PageCipher::PageSize != 0)
            return refused(tr("The database file %1 is damaged (it has been cut short). "
                              "Restore it from a backup.")
                               .arg(path));
        if (databaseId.isEmpty() && info.size() > 0 && firstInProcess) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return refused(
                    tr("The database file %1 cannot be read: %2").arg(path, file.errorString()));
            const QByteArray header = file.read(100);
            if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
                return refused(tr("%1 is not an Amparo database that can be read: it is not a "
                                  "database file at all, or it is an encrypted one whose key "
                                  "file (%2) is missing. Choose another file, or put its key "
                                  "file back beside it.")
                                   .arg(path, QFileInfo(keyPath).fileName()));
            if (header.size() < 100)
                return refused(tr("The database file %1 is damaged (it is too short). "
                                  "Restore it from a backup.")
                                   .arg(path));
            const int pageSizeField = (uchar(header[16]) << 8) | uchar(header[17]);
            const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
            const quint32 pageCount = (quint32(uchar(header[28])) << 24) |
                                      (quint32(uchar(header[29])) << 16) |
                                      (quint32(uchar(header[30])) << 8) | uchar(header[31]);
            // The header's page count is only trustworthy when its "valid for" counter
            // matches the change counter (bytes 24 and 92), and when no write-ahead log holds
            // pages: a checkpoint cut short by a crash writes the first page (and its count)
            // before the pages that grow the file, and SQLite finishes it from the log.
            const bool countValid = header.mid(24, 4) == header.mid(92, 4);
            const bool logHoldsPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
            if (countValid && !logHoldsPages && pageSize > 0 &&
                qint64(pageCount) * pageSize > info.size())
                return refused(tr("The database file %1 is damaged (it has been cut short). "
                                  "Restore it from a backup.")
                                   .arg(path));
        }
        const QFileInfo folder(info.absolutePath());
        if (!info.isWritable() || !folder.isWritable())
            return refused(tr("The database file %1 is read-only. Amparo needs to write to it "
                              "and to its folder: copy it to a folder you can write to, or ask "
                              "for permission to write.")
                               .arg(path));
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            return Error(
                Error::Code::Io,
                tr("Could not create the folder %1 for the database.").arg(info.absolutePath()));
    }

    const QString name = QStringLiteral("amparo-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(
        new Database(info.absoluteFilePath(), name, SqlDialect::Engine::Sqlite));
    db->m_databaseId = databaseId;
    ++openFiles()[key];
    openFilesLock.unlock();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db->m_db.setDatabaseName(db->sqliteName(db->m_path));
    db->m_db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;%2").arg(BusyTimeoutMs).arg(uriOptions()));
    if (!db->m_db.open())
        return storageError(db->m_db.lastError(), tr("open the database %1").arg(path));
    if (Status s = db->checkSqliteLibrary(); !s)
        return s.error();
    db->restrictToOwner();

    if (info.exists() && info.size() > 0) {
        if (Status s = db->inspectExisting(); !s)
            return s.error();
    }
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->bringUpToDate(clock, targetVersion); !s)
        return s.error();
    return db;
}

Status Database::bringUpToDate(const Clock& clock, int targetVersion)
{
    if (Status s = migrate(clock, targetVersion); !s)
        return s;
    if (isServer() && m_ownsServerDatabase && targetVersion >= 2) {
        if (Status s = ServerRoles::apply(*this); !s)
            return s;
    }
    // Name keys made by older rules (or before they existed) are made again.
    if (targetVersion >= 4)
        return PersonNameKeyIndex(*this).rebuildIfStale();
    return {};
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, const Clock& clock,
                                                       int targetVersion)
{
    const QUrl url(location);
    const QString database = url.path().mid(1);
    const QString socketFolder = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    if (!url.isValid() || database.isEmpty() || (url.host().isEmpty() && socketFolder.isEmpty()))
        return Error(Error::Code::Invalid,
                     tr("“%1” is not a server location. Write it as "
                        "postgresql://server/database (or postgresql://server:5432/database).")
                         .arg(location));
    QUrl shown = url;
    shown.setPassword(QString());
    const QString name = QStringLiteral("amparo-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(
        new Database(shown.toString(QUrl::RemovePassword), name, SqlDialect::Engine::Postgres));
    db->m_db = addServerConnection(location, name);
    if (!db->m_db.open()) {
        // libpq says why only in words (there is no SQLSTATE before a connection exists);
        // the office setup keeps the server's messages in English.
        const QString why = db->m_db.lastError().databaseText().trimmed();
        const bool refusedPassword =
            why.contains(QLatin1String("password authentication failed")) ||
            why.contains(QLatin1String("no password supplied"));
        // A person's own account was named by their Amparo name and passphrase.
        if (refusedPassword && ServerAccounts::isAccountIn(database, url.userName()))
            return Error(Error::Code::NotPermitted,
                         tr("The user name or the passphrase is not right. Check that Caps Lock "
                            "is off and try again."));
        if (refusedPassword)
            return Error(Error::Code::NotPermitted,
                         tr("The server of %1 did not accept the user name or password. Check "
                            "them (they are your own server account, given by whoever set up "
                            "the server) and try again.")
                             .arg(db->m_path));
        if (why.contains(QLatin1String("is not permitted to log in")))
            return Error(Error::Code::NotPermitted,
                         tr("The server of %1 no longer lets this account sign in: the user was "
                            "deactivated. Ask an administrator.")
                             .arg(db->m_path));
        if (why.contains(QLatin1String("pg_hba.conf rejects connection")))
            return Error(Error::Code::NotPermitted,
                         tr("The server of %1 turns this connection away: it accepts only "
                            "encrypted connections from the office's network, for the server "
                            "accounts it knows. Check the address and your server account, or "
                            "ask whoever set up the server to let this computer in.")
                             .arg(db->m_path));
        if (why.contains(QLatin1String("does not exist")) &&
            why.contains(QLatin1String("database")))
            return Error(Error::Code::NotFound,
                         tr("The server has no database “%1”. Check its name in the location "
                            "%2.")
                             .arg(database, db->m_path));
        return Error(Error::Code::Io,
                     tr("Could not reach the database %1 on its server: %2 Check the network "
                        "and the server's address, then try again.")
                         .arg(db->m_path, why));
    }
    if (Status s = db->inspectServer(); !s)
        return s.error();
    if (Status s = db->bringUpToDate(clock, targetVersion); !s)
        return s.error();
    return db;
}

QSqlDatabase Database::addServerConnection(const QString& location, const QString& name)
{
    const QUrl url(location);
    const QString socketFolder = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    connection.setHostName(socketFolder.isEmpty() ? url.host() : socketFolder);
    if (url.port() > 0)
        connection.setPort(url.port());
    connection.setDatabaseName(url.path().mid(1));
    connection.setUserName(url.userName());
    // Without one in the location, libpq reads PGPASSWORD or ~/.pgpass.
    connection.setPassword(url.password());
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=Amparo")};
    // What the location may say about TLS: "?sslmode=verify-full&sslrootcert=office.crt".
    for (const char* key : {"sslmode", "sslrootcert"}) {
        const QString value = QUrlQuery(url).queryItemValue(QLatin1String(key));
        if (!value.isEmpty() && !value.contains(u';'))
            options.append(QLatin1String(key) + u'=' + value);
    }
    connection.setConnectOptions(options.join(u';'));
    return connection;
}

Status Database::checkServerPassword(const QString& account, const QString& password) const
{
    const QString name = m_connectionName + QStringLiteral("-passwordcheck");
    bool accepted = false;
    QString why;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        check.setHostName(m_db.hostName());
        check.setPort(m_db.port());
        check.setDatabaseName(m_db.databaseName());
        check.setConnectOptions(m_db.connectOptions());
        check.setUserName(account);
        check.setPassword(password);
        accepted = check.open();
        why = check.lastError().databaseText();
        check.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (accepted)
        return {};
    if (why.contains(QLatin1String("password authentication failed")) ||
        why.contains(QLatin1String("no password supplied")))
        return Error(Error::Code::NotPermitted,
                     tr("That passphrase is not right. Check that Caps Lock is off and try "
                        "again."));
    return Error(Error::Code::Io,
                 tr("Could not reach the server to check the passphrase: %1").arg(why.trimmed()));
}

bool Database::namesNoAccount(const QString& location)
{
    return isServerLocation(location) && QUrl(location).userName().isEmpty();
}

QString Database::personalLocation(const QString& location, const QString& username,
                                   const QString& passphrase)
{
    QUrl url(location);
    url.setUserName(ServerAccounts::accountOf(url.path().mid(1), username));
    url.setPassword(passphrase);
    return url.toString();
}

Result<QString> Database::serverLocation(const QString& host, int port, const QString& database,
                                         const QString& account)
{
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"));
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    QList<FieldError> problems;
    if (!hostName.match(host.trimmed()).hasMatch())
        problems.append(
            {QStringLiteral("host"), tr("Write the server's name or address, for example "
                                        "office-server or 192.168.1.10.")});
    if (port < 0 || port > 65535)
        problems.append({QStringLiteral("port"), tr("A port is a number up to 65535.")});
    if (!plainName.match(database.trimmed()).hasMatch())
        problems.append({QStringLiteral("database"),
                         tr("Write the database's name as the server's set-up gave it (for "
                            "example amparo).")});
    if (!account.trimmed().isEmpty() && !plainName.match(account.trimmed()).hasMatch())
        problems.append({QStringLiteral("account"),
                         tr("Write the server account as whoever set up the server gave it "
                            "(or leave it empty to sign in with your Amparo name).")});
    if (!problems.isEmpty())
        return Error::invalid(problems);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    if (port > 0)
        url.setPort(port);
    if (!account.trimmed().isEmpty())
        url.setUserName(account.trimmed());
    url.setPath(u'/' + database.trimmed());
    return url.toString();
}

QString Database::displayName() const
{
    return displayNameOf(m_path);
}

QString Database::displayNameOf(const QString& location)
{
    if (!isServerLocation(location))
        return QFileInfo(location).fileName();
    const QUrl url(location);
    const QString host = url.host().isEmpty() ? tr("this computer") : url.host();
    return tr("%1 on %2").arg(url.path().mid(1), host);
}

QString Database::sqliteName(const QString& file) const
{
    return isEncrypted() ? EncryptingVfs::uri(file, m_databaseId) : file;
}

QString Database::uriOptions()
{
    return QStringLiteral("QSQLITE_OPEN_URI");
}

Status Database::inspectServer()
{
    QSqlQuery q(m_db);
    // The same rules as for a file: an empty database becomes Amparo's; one that holds
    // another program's tables, or a newer Amparo's, is refused untouched.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) ||
        !q.next())
        return storageError(q.lastError(), tr("open the database %1").arg(m_path));
    const int tables = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT current_user, pg_has_role(current_user, d.datdba, 'MEMBER') "
                               "FROM pg_database d WHERE d.datname = current_database()")) ||
        !q.next())
        return storageError(q.lastError(), tr("open the database %1").arg(m_path));
    m_serverAccount = q.value(0).toString();
    m_ownsServerDatabase = q.value(1).toBool();
    if (tables == 0)
        return {};
    // Amparo's tables are read by the owner and by each user's own account; any other
    // account is granted nothing, and would meet "permission denied" at every screen.
    if (!m_ownsServerDatabase && !ServerAccounts::isAccountIn(m_db.databaseName(), m_serverAccount))
        return refused(tr("The server account %1 is not the own account of an Amparo user of %2. "
                          "Leave the account out of the location (postgresql://server/%3) and "
                          "sign in with your Amparo name and passphrase; the owner's account is "
                          "for setting up.")
                           .arg(m_serverAccount, displayName(), m_db.databaseName()));
    if (!q.exec(QStringLiteral("SELECT value FROM amparo_meta WHERE key = 'application'")) ||
        !q.next() || q.value(0).toString() != QLatin1String("amparo"))
        return refused(tr("%1 is not an Amparo database: it belongs to another program. "
                          "Choose another database on the server.")
                           .arg(m_path));
    Result<int> version = schemaVersion();
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return refused(tr("The database %1 was made by a newer version of Amparo (schema %2; "
                          "this version knows schema %3). Install the newer version of Amparo "
                          "to open it.")
                           .arg(m_path)
                           .arg(*version)
                           .arg(latestSchemaVersion()));
    return {};
}

void Database::restrictToOwner() const
{
    // SQLite gives the write-ahead log and its index the database file's permissions. A file
    // of another account that we may write to keeps what its owner chose.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_path + suffix);
        if (file.exists() && (file.permissions() & OthersOrGroup))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

Status Database::checkSqliteLibrary() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !q.next())
        return storageError(q.lastError(), tr("open the database %1").arg(m_path));
    return sameSqlite(q.value(0).toString(), q.value(1).toString());
}

Status Database::sameSqlite(const QString& driverVersion, const QString& driverSourceId)
{
    const QString ours = QString::fromLatin1(sqlite3_libversion());
    if (driverVersion == ours && driverSourceId == QString::fromLatin1(sqlite3_sourceid()))
        return {};
    return refused(tr("This copy of Amparo holds two different SQLite libraries (Qt's %1, "
                      "Amparo's own %2) and will not write to a database through the wrong "
                      "one. Reinstall Amparo from its package, or build it against the SQLite "
                      "that Qt uses.")
                       .arg(driverVersion, ours));
}

Status Database::inspectExisting()
{
    QSqlQuery q(m_db);
    const auto damaged = [this](const QSqlError& e) {
        // A file another program holds locked, or a disk that failed a read, is not a damaged
        // file: "restore it from a backup" would have someone lose their latest work over a
        // moment's wait or a loose cable.
        if (isPassingFileError(e))
            return storageError(e, tr("open the database %1").arg(m_path));
        return refused(tr("The database file %1 is damaged and cannot be opened. "
                          "Restore it from a backup.")
                           .arg(m_path));
    };
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return damaged(q.lastError());
    const int objects = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return damaged(q.lastError());
    const int applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return damaged(q.lastError());
    const int version = q.value(0).toInt();

    if (applicationId != ApplicationId) {
        if (objects == 0 && version == 0)
            return {}; // an empty SQLite file: Amparo can make it its own
        return refused(tr("%1 is not an Amparo database: it belongs to another program. "
                          "Choose another file.")
                           .arg(m_path));
    }
    if (version > latestSchemaVersion())
        return refused(tr("The database %1 was made by a newer version of Amparo (schema %2; "
                          "this version knows schema %3). Install the newer version of Amparo "
                          "to open it.")
                           .arg(m_path)
                           .arg(version)
                           .arg(latestSchemaVersion()));
    if (QFileInfo(m_path).size() <= QuickCheckLimitBytes) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            return damaged(q.lastError());
    }
    return {};
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    const auto fail = [this, &q]() {
        return storageError(q.lastError(), tr("prepare the database %1").arg(m_path));
    };
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail();
    // Sorts, temporary tables and statement journals stay in memory: nobody's data in a
    // temporary file (the encrypting VFS refuses them), and no file written for each
    // statement that takes a journal of its own (every write to a table with triggers).
    if (!q.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return fail();
    // What a change or a removal replaces is overwritten, not left in the page or on a free
    // page, so that a person erased (or a value corrected) cannot be read back from the file.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return fail();
    if (isEncrypted()) {
        if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
            return fail();
        if (q.value(0).toInt() == 0) {
            // A new database: every page keeps room for its nonce and tag.
            if (!q.exec(QStringLiteral("PRAGMA page_size = %1").arg(PageCipher::PageSize)))
                return fail();
            auto* handle = *static_cast<sqlite3* const*>(m_db.driver()->handle().data());
            int reserve = PageCipher::ReserveBytes;
            if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) !=
                SQLITE_OK)
                return fail();
        }
        // The switch to WAL below (a new file, or a copy made by VACUUM INTO) must not put
        // the first page in a rollback journal on disk: the VFS refuses page images there.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
            return fail();
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 &&
            (!q.exec(QStringLiteral("PRAGMA journal_mode = MEMORY")) || !q.next()))
            return fail();
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return fail();
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return refused(tr("The database %1 cannot use safe writing (WAL mode); is it on a "
                          "network drive? Copy it to a local disk.")
                           .arg(m_path));
    // FULL: a committed change survives a power cut, not only a crash of Amparo.
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail();
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)))
        return fail();
    // 64 MiB of pages kept in memory instead of SQLite's 2 MiB: a million persons' indexes are
    // read again and again by searches and matching. Not memory-mapped I/O: a file on a
    // removed USB stick would then crash the program instead of failing a query.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -65536")))
        return fail();
    return {};
}

Status Database::migrate(const Clock& clock, int targetVersion)
{
    const Result<int> current = schemaVersion();
    if (!current)
        return current.error();
    if (*current >= targetVersion)
        return {};
    if (isServer() && !m_ownsServerDatabase)
        return refused(tr("The database %1 must first be set up or upgraded for this version of "
                          "Amparo by its owner's server account (amparo-cli with the owner's "
                          "account, see the README). Your own account may not change its "
                          "tables.")
                           .arg(m_path));
    // A server's upgrade is one transaction (its schema changes are transactional): nothing
    // to copy first.
    if (*current > 0 && !isServer()) {
        Result<QString> backup = backupBeforeMigration(clock, *current);
        if (!backup)
            return backup.error();
        m_migrationBackupPath = *backup;
    }
    SchemaMigrator migrator(*this);
    Status s = migrator.migrate(*current, targetVersion);
    if (!s && !m_migrationBackupPath.isEmpty()) {
        return Error(s.error().code(), tr("%1 The database was left as it was; a copy made "
                                          "before the upgrade is at %2.")
                                           .arg(s.error().message(), m_migrationBackupPath));
    }
    return s;
}

Result<QString> Database::backupBeforeMigration(const Clock& clock, int fromVersion)
{
    const QString stamp = clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString copy =
        QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    if (QFileInfo::exists(copy))
        QFile::remove(copy);
    // VACUUM INTO writes a consistent copy, including what is still in the WAL file.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(sqliteName(copy));
    if (!q.exec())
        return storageError(q.lastError(), tr("copy the database before upgrading it"));
    // An encrypted copy opens with the database's own key file.
    const QString copyKeys = KeyFile::pathFor(copy);
    QFile::remove(copyKeys);
    if (isEncrypted() && !QFile::copy(KeyFile::pathFor(m_path), copyKeys)) {
        QFile::remove(copy);
        return Error(Error::Code::Io, tr("Could not make a sound copy of the database before "
                                         "upgrading it; nothing was changed. Check the free "
                                         "space on the disk."));
    }

    // Verify the copy before trusting it.
    const QString checkName = m_connectionName + QStringLiteral("-backupcheck");
    bool sound = false;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        check.setDatabaseName(sqliteName(copy));
        check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;%1").arg(uriOptions()));
        if (check.open()) {
            QSqlQuery c(check);
            sound = c.exec(QStringLiteral("PRAGMA quick_check(1)")) && c.next() &&
                    c.value(0).toString() == QLatin1String("ok") &&
                    c.exec(QStringLiteral("PRAGMA user_version")) && c.next() &&
                    c.value(0).toInt() == fromVersion;
        }
        check.close();
    }
    QSqlDatabase::removeDatabase(checkName);
    if (!sound) {
        QFile::remove(copy);
        QFile::remove(copyKeys);
        return Error(Error::Code::Io, tr("Could not make a sound copy of the database before "
                                         "upgrading it; nothing was changed. Check the free "
                                         "space on the disk."));
    }
    return copy;
}

Error Database::failed(const QSqlError& error, const QString& action) const
{
    if (isServer() && isConnectionLoss(error))
        m_connectionLost = true;
    return storageError(error, action);
}

Status Database::ensureConnected() const
{
    if (!m_connectionLost)
        return {};
    // The statements prepared on the lost connection died with it, and the rows waiting to
    // be written with its transaction.
    m_statements.clear();
    discardWaitingRows();
    QSqlDatabase connection = m_db;
    connection.close();
    if (!connection.open())
        return Error(Error::Code::Io,
                     tr("The server of %1 cannot be reached: %2 Check the network; nothing "
                        "was saved half-way, and what you typed is still here.")
                         .arg(m_path, connection.lastError().databaseText().trimmed()));
    m_connectionLost = false;
    return {};
}

Status Database::beginInsertBatch() const
{
    // In a file, only the search index's rows wait: FTS5 writes out what it holds whenever a
    // statement opens a savepoint, and every statement on a table with triggers does; its
    // rows written together keep it from writing a segment per person.
    if (!isServer()) {
        if (!m_waitingRows)
            m_waitingRows =
                std::make_unique<InsertQueue>(TableGraph::ofTable(QStringLiteral("person_search")));
        ++m_insertBatches;
        return {};
    }
    // The tables and their keys do not change while a connection is open: learnt once.
    if (!m_waitingRows) {
        Result<TableGraph> graph = TableGraph::of(*this);
        if (!graph)
            return graph.error();
        m_waitingRows = std::make_unique<InsertQueue>(std::move(*graph));
    }
    ++m_insertBatches;
    return {};
}

void Database::endInsertBatch() const
{
    if (m_insertBatches > 0 && --m_insertBatches == 0)
        m_reservedIds.clear();
}

Result<qint64> Database::reservedId(const QString& table) const
{
    QList<qint64>& ids = m_reservedIds[table];
    if (ids.isEmpty()) {
        if (Status s = forEachRow(
                QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM "
                               "generate_series(1, ?)"),
                {table, IdsPerReservation},
                [&ids](const QSqlQuery& q) { ids.append(q.value(0).toLongLong()); },
                tr("write to the database"));
            !s)
            return s.error();
        if (ids.isEmpty())
            return Error(Error::Code::Storage,
                         tr("The server gave no new numbers for the table %1.").arg(table));
    }
    return ids.takeFirst();
}

Result<bool> Database::holdBack(const QString& sql, const QVariantList& params,
                                const QString& action) const
{
    if (m_insertBatches == 0 || !m_waitingRows->holdable(sql))
        return false;
    m_waitingRows->add(sql, params, action);
    if (m_waitingRows->rows() >= MaxWaitingRows) {
        if (Status s = sendWaitingRows(); !s)
            return s.error();
    }
    return true;
}

Status Database::sendWaitingBefore(const QString& sql) const
{
    if (m_waitingRows && m_waitingRows->mustGoBefore(sql))
        return sendWaitingRows();
    return {};
}

Status Database::sendWaitingRows() const
{
    if (!m_waitingRows || m_waitingRows->isEmpty())
        return {};
    const QList<InsertQueue::Statement> statements = m_waitingRows->take();
    for (const InsertQueue::Statement& st : statements) {
        // A full statement comes back batch after batch and is kept; a shorter one is made
        // for once.
        if (st.full) {
            Result<std::shared_ptr<QSqlQuery>> q = statement(st.sql, st.params, st.action);
            if (!q)
                return q.error();
            (*q)->finish();
            continue;
        }
        QSqlQuery q(m_db);
        if (!q.prepare(st.sql))
            return failed(q.lastError(), st.action);
        bindAll(q, st.params);
        if (!q.exec())
            return failed(q.lastError(), st.action);
    }
    return {};
}

void Database::discardWaitingRows() const
{
    if (m_waitingRows)
        m_waitingRows->clear();
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& params,
                                 const QString& action) const
{
    if (Status s = ensureConnected(); !s)
        return s.error();
    if (Status s = sendWaitingBefore(sql); !s)
        return s.error();
    QSqlQuery q(m_db);
    // On a server, a forward-only query's unread rows are dropped by the next query on the
    // connection: there, results are read whole.
    q.setForwardOnly(!isServer());
    // Qt prepares with PostgreSQL's PREPARE, which takes no DDL: without parameters, a
    // statement is sent as it is.
    if (isServer() && params.isEmpty()) {
        if (!q.exec(sql))
            return failed(q.lastError(), action.isEmpty() ? tr("read the database") : action);
        return q;
    }
    if (!q.prepare(sql))
        return failed(q.lastError(), action.isEmpty() ? tr("read the database") : action);
    bindAll(q, params);
    if (!q.exec())
        return failed(q.lastError(), action.isEmpty() ? tr("read the database") : action);
    return q;
}

Result<std::shared_ptr<QSqlQuery>>
Database::statement(const QString& sql, const QVariantList& params, const QString& action) const
{
    const QString what = action.isEmpty() ? tr("read the database") : action;
    if (Status s = ensureConnected(); !s)
        return s.error();
    if (Status s = sendWaitingBefore(sql); !s)
        return s.error();
    std::shared_ptr<QSqlQuery> q = m_statements.value(sql);
    // Still active: in use further up the stack (a row callback running the same SELECT);
    // this call gets a statement of its own, not kept.
    if (!q || q->isActive()) {
        const bool keep = !q;
        q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(!isServer());
        if (!q->prepare(sql))
            return failed(q->lastError(), what);
        if (keep) {
            if (m_statements.size() >= MaxStatements)
                m_statements.clear();
            m_statements.insert(sql, q);
        }
    }
    bindAll(*q, params);
    if (!q->exec()) {
        const QSqlError error = q->lastError();
        q->finish();
        return failed(error, what);
    }
    return q;
}

Status Database::write(const QString& sql, const QVariantList& params, const QString& action) const
{
    const QString what = action.isEmpty() ? tr("write to the database") : action;
    if (Status s = ensureConnected(); !s)
        return s;
    if (isServer() && params.isEmpty()) {
        if (Status s = sendWaitingBefore(sql); !s)
            return s;
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return failed(q.lastError(), what);
        return {};
    }
    if (isServer()) {
        Result<bool> held = holdBack(sql, params, what);
        if (!held)
            return held.error();
        if (*held)
            return {};
        Result<std::shared_ptr<QSqlQuery>> q = statement(sql, params, what);
        if (!q)
            return q.error();
        (*q)->finish();
        return {};
    }
    const QVariant handle = m_db.driver()->handle();
    sqlite3* connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                              ? *static_cast<sqlite3* const*>(handle.constData())
                              : nullptr;
    auto failure = [&](int code) {
        return storageError(QSqlError(QString::fromUtf8(sqlite3_errmsg(connection)), {},
                                      QSqlError::StatementError, QString::number(code)),
                            what);
    };
    if (!connection)
        return Error(Error::Code::Storage, tr("The database is not open."));
    Result<bool> held = holdBack(sql, params, what);
    if (!held)
        return held.error();
    if (*held)
        return {};
    if (Status s = sendWaitingBefore(sql); !s)
        return s;
    sqlite3_stmt* stmt = m_writes.value(sql);
    if (!stmt) {
        if (m_writes.size() >= MaxStatements) {
            for (sqlite3_stmt* old : std::as_const(m_writes))
                sqlite3_finalize(old);
            m_writes.clear();
        }
        const int prepared = sqlite3_prepare16_v3(connection, sql.utf16(), int(sql.size() * 2),
                                                  SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (prepared != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return failure(prepared);
        }
        m_writes.insert(sql, stmt);
    }
    int bound = SQLITE_OK;
    for (int i = 0; i < params.size() && bound == SQLITE_OK; ++i) {
        const QVariant& p = params[i];
        switch (p.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            bound = sqlite3_bind_int64(stmt, i + 1, p.toLongLong());
            break;
        case QMetaType::Double:
            bound = sqlite3_bind_double(stmt, i + 1, p.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = p.toByteArray();
            bound = sqlite3_bind_blob64(stmt, i + 1, bytes.constData(),
                                        sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default:
            if (p.isNull() && p.typeId() != QMetaType::QString) {
                bound = sqlite3_bind_null(stmt, i + 1);
            } else {
                // A null QString is stored as '' like every text column of Amparo.
                // The database is UTF-8: converting here is cheaper than in SQLite.
                const QByteArray text = p.toString().toUtf8();
                bound = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()),
                                          SQLITE_TRANSIENT);
            }
            break;
        }
    }
    const int stepped = bound == SQLITE_OK ? sqlite3_step(stmt) : bound;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
        return failure(sqlite3_extended_errcode(connection));
    return {};
}

Status Database::run(const QString& sql, const QVariantList& params, const QString& action) const
{
    return write(sql, params, action);
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& params,
                                const QString& action) const
{
    if (const std::optional<InsertQueue::Holdable> shape =
            isServer() && m_insertBatches > 0 ? m_waitingRows->holdable(sql) : std::nullopt) {
        Result<qint64> id = reservedId(shape->table);
        if (!id)
            return id.error();
        Result<bool> held = holdBack(shape->withId, QVariantList{*id} + params,
                                     action.isEmpty() ? tr("write to the database") : action);
        if (!held)
            return held.error();
        return *id;
    }
    if (isServer()) {
        Result<std::shared_ptr<QSqlQuery>> q =
            statement(sql + QStringLiteral(" RETURNING id"), params,
                      action.isEmpty() ? tr("write to the database") : action);
        if (!q)
            return q.error();
        const qint64 id = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
        (*q)->finish();
        return id;
    }
    if (Status s = write(sql, params, action); !s)
        return s.error();
    const QVariant handle = m_db.driver()->handle();
    return qint64(sqlite3_last_insert_rowid(*static_cast<sqlite3* const*>(handle.constData())));
}

Status Database::forEachRow(const QString& sql, const QVariantList& params,
                            const std::function<void(const QSqlQuery&)>& row,
                            const QString& action) const
{
    Result<std::shared_ptr<QSqlQuery>> q = statement(sql, params, action);
    if (!q)
        return q.error();
    QSqlQuery& query = **q;
    while (query.next())
        row(query);
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid())
        return failed(error, action.isEmpty() ? tr("read the database") : action);
    return {};
}

Result<int> Database::schemaVersion() const
{
    if (isServer()) {
        // A new, empty database has no table to hold its version yet.
        Result<QSqlQuery> exists =
            exec(QStringLiteral("SELECT to_regclass('amparo_meta') IS NULL"));
        if (!exists)
            return exists.error();
        if (exists.value().next() && exists.value().value(0).toBool())
            return 0;
    }
    Result<QSqlQuery> q =
        exec(isServer() ? QStringLiteral("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM "
                                         "amparo_meta WHERE key = 'schema_version'), 0)")
                        : QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(Error::Code::Storage, tr("Could not read the schema version."));
    return q.value().value(0).toInt();
}

Result<QStringList> Database::integrityProblems() const
{
    if (isServer())
        return QStringList();
    Result<QSqlQuery> q = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return q.error();
    QStringList problems;
    while (q.value().next()) {
        const QString line = q.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}
