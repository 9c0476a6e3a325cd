#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/crypto/Crypto.h"
#include "core/services/AuthService.h"
#include "core/services/DatabaseKeys.h"
#include "core/services/UserService.h"

namespace {
// Runs one statement as the test server's superuser, on its maintenance database.
void administer(const QString& sql)
{
    const QString name = QStringLiteral("amparo-test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::contains(name)
                                 ? QSqlDatabase::database(name)
                                 : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(qEnvironmentVariable("AMPARO_TEST_PGHOST"));
        admin.setUserName(QStringLiteral("amparo_admin"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.isOpen() && !admin.open())
            qFatal("test server: %s", qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(sql))
            qFatal("test server: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}
} // namespace

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("AMPARO_TEST_ENGINE") == QLatin1String("postgres");
}

bool TestDatabase::encrypted()
{
    return qEnvironmentVariable("AMPARO_TEST_ENCRYPTION") == QLatin1String("1");
}

TestDatabase::TestDatabase(Engine engine)
{
    Crypto::useFastParametersForTests();
    if (Status s = Crypto::init(); !s)
        qFatal("%s", qPrintable(s.error().message()));
    if (engine == Engine::Server || (engine == Engine::ThisRun && onServer())) {
        static int counter = 0;
        m_serverDatabase = QStringLiteral("amparo_test_%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(++counter);
        administer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_serverDatabase));
        // The C collation sorts as SQLite does.
        administer(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                  "LC_COLLATE 'C' LC_CTYPE 'C'")
                       .arg(m_serverDatabase));
    } else if (encrypted()) {
        if (Result<RecoveryKey> keys = DatabaseKeys::create(path()); !keys)
            qFatal("%s", qPrintable(keys.error().message()));
    }
    reopen();
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

QString TestDatabase::path() const
{
    if (!m_serverDatabase.isEmpty())
        return QStringLiteral("postgresql://amparo_admin@localhost/%1?host=%2")
            .arg(m_serverDatabase, qEnvironmentVariable("AMPARO_TEST_PGHOST"));
    return m_dir.filePath(QStringLiteral("amparo.sqlite"));
}

UserSession TestDatabase::session(Role role)
{
    if (m_sessions.contains(int(role)))
        return m_sessions.value(int(role));
    const QString passphrase = QLatin1String(Passphrase);
    if (!m_sessions.contains(int(Role::Administrator))) {
        Result<UserSession> admin =
            AuthService(*m_db, m_clock)
                .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                          passphrase);
        if (!admin)
            qFatal("could not create the test administrator: %s",
                   qPrintable(admin.error().message()));
        m_sessions.insert(int(Role::Administrator), *admin);
    }
    if (role == Role::Administrator)
        return m_sessions.value(int(role));
    User user;
    user.username = roleCodes().code(role).section(QLatin1Char('_'), 0, 0);
    user.displayName = roleCodes().label(role) + QStringLiteral(" User");
    user.role = role;
    Result<User> added = UserService(*m_db, m_clock, m_sessions.value(int(Role::Administrator)))
                             .addUser(user, passphrase);
    if (!added)
        qFatal("could not create a test user: %s", qPrintable(added.error().message()));
    const UserSession s{added->id, added->username, added->displayName, role};
    m_sessions.insert(int(role), s);
    return s;
}

Result<std::unique_ptr<Database>> TestDatabase::openAs(Role role)
{
    return Database::open(
        Database::personalLocation(path(), session(role).username, QLatin1String(Passphrase)),
        m_clock);
}

bool TestDatabase::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(path(), m_clock);
    if (!opened) {
        m_error = opened.error().message();
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

int TestDatabase::rowCount(const QString& table)
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

int TestDatabase::scalar(const QString& sql, const QVariantList& params)
{
    Result<QSqlQuery> q = m_db->exec(sql, params);
    if (!q || !q.value().next())
        qFatal("%s failed", qPrintable(sql));
    return q.value().value(0).toInt();
}

int TestDatabase::brokenReferences()
{
    return m_db->isServer()
               ? 0
               : scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
}

bool TestDatabase::cutConnectionWhenInserting(const QString& table, const QString& condition)
{
    return m_db->run(QStringLiteral("CREATE OR REPLACE FUNCTION cut_connection() RETURNS trigger "
                                    "LANGUAGE plpgsql AS $$ BEGIN IF %1 THEN PERFORM "
                                    "pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; "
                                    "END $$")
                         .arg(condition)) &&
           m_db->run(QStringLiteral("CREATE TRIGGER cut_connection BEFORE INSERT ON %1 FOR EACH "
                                    "ROW EXECUTE FUNCTION cut_connection()")
                         .arg(table));
}

bool TestDatabase::stopCuttingConnection(const QString& table)
{
    return m_db->run(QStringLiteral("DROP TRIGGER cut_connection ON %1").arg(table)).ok();
}

QString TestDatabase::writeFile(const QString& name, const QString& text) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
