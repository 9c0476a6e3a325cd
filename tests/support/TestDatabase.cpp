#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>

#include "core/crypto/Crypto.h"
#include "core/services/AuthService.h"
#include "core/services/UserService.h"

TestDatabase::TestDatabase()
{
    Crypto::useFastParametersForTests();
    if (Status s = Crypto::init(); !s)
        qFatal("%s", qPrintable(s.error().message()));
    reopen();
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

int TestDatabase::scalar(const QString& sql)
{
    Result<QSqlQuery> q = m_db->exec(sql);
    if (!q || !q.value().next())
        qFatal("%s failed", qPrintable(sql));
    return q.value().value(0).toInt();
}

QString TestDatabase::writeFile(const QString& name, const QString& text) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
