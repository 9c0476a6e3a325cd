#pragma once

#include "core/security/UserSession.h"
#include "core/storage/Database.h"
#include "tests/support/MockClock.h"

#include <QHash>

#include <QTemporaryDir>

#include <memory>

// A fresh Amparo database in a temporary folder, removed after the test, with one user per
// role made on demand (passphrase TestDatabase::Passphrase, fast Argon2id parameters).
class TestDatabase
{
public:
    static constexpr const char* Passphrase = "a long test passphrase";

    TestDatabase();
    explicit operator bool() const { return m_db != nullptr; }
    Database& db() { return *m_db; }
    MockClock& clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("amparo.sqlite")); }
    QString folder() const { return m_dir.path(); }
    QString error() const { return m_error; }
    void close() { m_db.reset(); }
    bool reopen();
    // How many rows `table` holds (-1 if it cannot be read).
    int rowCount(const QString& table);
    // The first column of the first row of a query that must succeed (a count).
    int scalar(const QString& sql);
    // Writes `text` as UTF-8 to `name` in the test's folder and returns its path.
    QString writeFile(const QString& name, const QString& text) const;

    // A signed-in user with this role (user names: admin, legal, volunteer, coordinator).
    UserSession session(Role role);
    UserSession admin() { return session(Role::Administrator); }
    UserSession legal() { return session(Role::LegalStaff); }

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Database> m_db;
    QString m_error;
    QHash<int, UserSession> m_sessions;
};
