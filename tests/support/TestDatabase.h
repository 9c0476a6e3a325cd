#pragma once

#include "core/security/UserSession.h"
#include "core/storage/Database.h"
#include "tests/support/MockClock.h"

#include <QHash>

#include <QTemporaryDir>

#include <memory>

// A test about what only a SQLite file has (its bytes, its pragmas, a crash while writing
// it) says so, and is skipped when the run is on the server.
#define SKIP_ON_SERVER(why)                                                                        \
    do {                                                                                           \
        if (TestDatabase::onServer())                                                              \
            QSKIP("about a SQLite file: " why);                                                    \
    } while (false)

// A fresh Amparo database, removed after the test, with one user per role made on demand
// (passphrase TestDatabase::Passphrase, fast Argon2id parameters): a file in a temporary
// folder, or — when the test runs with AMPARO_TEST_ENGINE=postgres — a database of its own on
// the test server at AMPARO_TEST_PGHOST. With AMPARO_TEST_ENCRYPTION=1 the file is encrypted
// (its key unlocked in the process, as after signing in).
class TestDatabase
{
public:
    static constexpr const char* Passphrase = "a long test passphrase";

    enum class Engine
    {
        ThisRun, // the server when the run is on PostgreSQL, else a file
        File,
        Server, // the test server, whatever the run
    };

    explicit TestDatabase(Engine engine = Engine::ThisRun);
    ~TestDatabase();
    // Whether this run's databases are on the PostgreSQL test server.
    static bool onServer();
    // Whether this run's files are encrypted.
    static bool encrypted();
    explicit operator bool() const { return m_db != nullptr; }
    Database& db() { return *m_db; }
    MockClock& clock() { return m_clock; }
    // The database's location: the file, or the server location.
    QString path() const;
    QString folder() const { return m_dir.path(); }
    QString error() const { return m_error; }
    void close() { m_db.reset(); }
    bool reopen();
    // How many rows `table` holds (-1 if it cannot be read).
    int rowCount(const QString& table);
    // The first column of the first row of a query that must succeed (a count).
    int scalar(const QString& sql, const QVariantList& params = {});
    // References to rows that do not exist. A file is checked by SQLite; the server refuses
    // such a write in the first place.
    int brokenReferences();
    // On the server: the connection ends, as a network cut would, when a row of `table`
    // meeting `condition` (SQL over NEW) is inserted; until stopCuttingConnection(table).
    bool cutConnectionWhenInserting(const QString& table, const QString& condition);
    bool stopCuttingConnection(const QString& table);
    // Writes `text` as UTF-8 to `name` in the test's folder and returns its path.
    QString writeFile(const QString& name, const QString& text) const;

    // On the server: the database opened again on the own server account of the user of
    // `role` (made by session(role)), as that person's Amparo would.
    Result<std::unique_ptr<Database>> openAs(Role role);
    QString serverDatabase() const { return m_serverDatabase; }

    // A signed-in user with this role (user names: admin, legal, volunteer, coordinator).
    UserSession session(Role role);
    UserSession admin() { return session(Role::Administrator); }
    UserSession legal() { return session(Role::LegalStaff); }

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase; // its name on the test server
    MockClock m_clock;
    std::unique_ptr<Database> m_db;
    QString m_error;
    QHash<int, UserSession> m_sessions;
};
