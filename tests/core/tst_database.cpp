#include "core/reference/RiskCatalogue.h"
#include "core/services/CaseService.h"
#include "core/storage/ChangeJournal.h"
#include "core/storage/Database.h"
#include "core/storage/InsertBatch.h"
#include "core/storage/InsertQueue.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SchemaMigrator.h"
#include "core/storage/Transaction.h"
#include "tests/support/Fixtures.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file through a plain QSQLITE connection, as another program would.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestDatabaseOpening : public QObject
{
    Q_OBJECT

private slots:
    void createsNewDatabaseAtLatestSchema()
    {
        TestDatabase t;
        QVERIFY2(t, qPrintable(t.error()));
        QCOMPARE(*t.db().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QVERIFY(t.db().migrationBackupPath().isEmpty()); // nothing to back up in a new file
        QVERIFY(t.db().integrityProblems()->isEmpty());
    }

    // SQLite's process-wide count of allocations takes a mutex on every one: two threads
    // sorting (the matching pass) ran half as fast as without it.
    void sqliteKeepsNoProcessWideAllocationCount()
    {
        SKIP_ON_SERVER("the SQLite library");
        TestDatabase t;
        QVERIFY(t);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                      "FROM n WHERE i < 1000) SELECT i FROM n ORDER BY random()")));
        QCOMPARE(sqlite3_memory_used(), 0);
    }

    // Amparo writes through its own sqlite3 on the handle of Qt's driver: only one library.
    void refusesADriverOnAnotherSqlite()
    {
        SKIP_ON_SERVER("Qt's driver and the linked library");
        TestDatabase t;
        QVERIFY(t);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) && q.next());
        QVERIFY(Database::sameSqlite(q.value(0).toString(), q.value(1).toString()));
        const Status other = Database::sameSqlite(q.value(0).toString(),
                                                  q.value(1).toString() + QStringLiteral("x"));
        QVERIFY(!other);
        QCOMPARE(other.error().code(), Error::Code::Refused);
        QVERIFY(other.error().message().contains(QStringLiteral("two different SQLite")));
        const Status older = Database::sameSqlite(QStringLiteral("3.31.1"), q.value(1).toString());
        QVERIFY(older.error().message().contains(QStringLiteral("3.31.1")));
    }

    // Whatever the permissions the session gives new files, the database, its write-ahead log
    // and its index are its owner's only; an older file readable by others is closed to them.
    void filesAreTheirOwnersOnly()
    {
        SKIP_ON_SERVER("its permissions");
        const mode_t before = ::umask(022);
        const auto restore = qScopeGuard([before] { ::umask(before); });
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto permissions = [](const QString& path) {
            // ReadUser and friends mirror the owner's bits for the running user: leave them out.
            return QFile(path).permissions() &
                   ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        };
        TestDatabase t;
        QVERIFY(t);
        QCOMPARE(permissions(t.path()), ownerOnly);
        QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
        QCOMPARE(permissions(t.path() + QStringLiteral("-wal")), ownerOnly);
        QCOMPARE(permissions(t.path() + QStringLiteral("-shm")), ownerOnly);
        t.close();
        QVERIFY(QFile::setPermissions(t.path(),
                                      ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(t.reopen());
        QCOMPARE(permissions(t.path()), ownerOnly);
    }

    void setsDurablePragmas()
    {
        SKIP_ON_SERVER("its pragmas");
        TestDatabase t;
        QVERIFY(t);
        const auto value = [&](const QString& pragma) {
            Result<QSqlQuery> q = t.db().exec(QStringLiteral("PRAGMA ") + pragma);
            return q && q.value().next() ? q.value().value(0).toString() : QString();
        };
        QCOMPARE(value(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(value(QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(value(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(value(QStringLiteral("busy_timeout")), QString::number(Database::BusyTimeoutMs));
        QCOMPARE(value(QStringLiteral("application_id")), QString::number(Database::ApplicationId));
    }

    // Only a plain single-row INSERT may wait: anything that computes, quotes, returns or
    // resolves a conflict runs when it is asked to.
    void onlyPlainSingleRowInsertsWait()
    {
        QCOMPARE(InsertQueue::tableOf(QStringLiteral("INSERT INTO cases (a, b, revision) "
                                                     "VALUES (?, ?, 1)")),
                 std::optional<QString>(QStringLiteral("cases")));
        for (const char* other :
             {"INSERT INTO t (a) VALUES (?) ON CONFLICT (a) DO NOTHING",
              "INSERT INTO t (a) VALUES (lower(?))", "INSERT INTO t (a) VALUES ('x')",
              "INSERT INTO t (a) VALUES (?), (?)", "INSERT INTO t (a) SELECT a FROM u",
              "INSERT INTO t (a) VALUES (?) RETURNING id", "UPDATE t SET a = ?",
              "INSERT INTO t (a) VALUES (?); DELETE FROM t"})
            QVERIFY2(!InsertQueue::tableOf(QString::fromLatin1(other)), other);
        const QString one = QStringLiteral("INSERT INTO t (a, b) VALUES (?, 1)");
        QCOMPARE(InsertQueue::forRows(one, 3),
                 QStringLiteral("INSERT INTO t (a, b) VALUES (?, 1), (?, 1), (?, 1)"));
        QCOMPARE(InsertQueue::withId(one),
                 QStringLiteral("INSERT INTO t (id, a, b) VALUES (?, ?, 1)"));
        QCOMPARE(InsertQueue::rowsPerStatement(one), InsertQueue::ValuesPerStatement);
    }

    // In a batch on the server, rows wait until a statement could see them, then arrive
    // together, each table after the ones it refers to; every id insert() gave is the row's.
    void batchedInsertsArriveBeforeAnythingSeesThem()
    {
        TestDatabase t;
        QVERIFY(t);
        Database& db = t.db();
        const QString site =
            QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, ?)");
        const QString sequence = QStringLiteral(
            "INSERT INTO case_number_sequences (site_id, year, last_value) VALUES (?, ?, ?)");
        Result<qint64> before =
            db.insert(site, {QStringLiteral("AAA"), QStringLiteral("A"), QStringLiteral("COL")});
        QVERIFY(before);
        // What this connection has inserted into a table and not yet reported to the
        // server's statistics: compared with itself before the batch.
        const auto insertedInto = [&](const QString& table) {
            int n = -1;
            const Status read =
                db.forEachRow(QStringLiteral("SELECT coalesce(sum(n_tup_ins), 0) FROM "
                                             "pg_stat_xact_user_tables WHERE relname = ?"),
                              {table}, [&n](const QSqlQuery& q) { n = q.value(0).toInt(); });
            return read ? n : -1;
        };

        Transaction transaction(db);
        QVERIFY(transaction.begin());
        const int sitesBefore = insertedInto(QStringLiteral("sites"));
        const int sequencesBefore = insertedInto(QStringLiteral("case_number_sequences"));
        InsertBatch batch(db);
        QVERIFY(batch.begin());
        // The first waiting row refers to a site written before; later ones to sites that
        // wait with them.
        QVERIFY(db.run(sequence, {*before, 2026, 1}));
        QList<qint64> ids;
        for (const char* code : {"BBB", "CCC", "DDD"}) {
            Result<qint64> id = db.insert(
                site, {QString::fromLatin1(code), QStringLiteral("x"), QStringLiteral("COL")});
            QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
            ids.append(*id);
            QVERIFY(db.run(sequence, {*id, 2026, 1}));
        }
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 3);
        if (db.isServer()) {
            QCOMPARE(insertedInto(QStringLiteral("sites")), sitesBefore);
            QCOMPARE(insertedInto(QStringLiteral("case_number_sequences")), sequencesBefore);
        }
        // A read of the table sends them first.
        QList<qint64> stored;
        QVERIFY(
            db.forEachRow(QStringLiteral("SELECT id FROM sites WHERE code <> 'AAA' ORDER BY code"),
                          {}, [&](const QSqlQuery& q) { stored.append(q.value(0).toLongLong()); }));
        QCOMPARE(stored, ids);
        if (db.isServer()) {
            QCOMPARE(insertedInto(QStringLiteral("sites")), sitesBefore + 3);
            QCOMPARE(insertedInto(QStringLiteral("case_number_sequences")), sequencesBefore + 4);
        }
        QVERIFY(transaction.commit());
        QCOMPARE(t.rowCount(QStringLiteral("case_number_sequences")), 4);
        QCOMPARE(t.brokenReferences(), 0);
    }

    // A waiting row the server refuses fails the commit (or, on a file, its own statement):
    // nothing of the batch is kept, and a rolled-back batch leaves nothing behind to send.
    void aRefusedBatchKeepsNothing()
    {
        TestDatabase t;
        QVERIFY(t);
        Database& db = t.db();
        const QString site =
            QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, ?)");
        const int sites = t.rowCount(QStringLiteral("sites"));
        {
            Transaction transaction(db);
            QVERIFY(transaction.begin());
            InsertBatch batch(db);
            QVERIFY(batch.begin());
            QVERIFY(
                db.run(site, {QStringLiteral("EEE"), QStringLiteral("x"), QStringLiteral("COL")}));
            const Status twice =
                db.run(site, {QStringLiteral("EEE"), QStringLiteral("x"), QStringLiteral("COL")});
            const Status committed = twice ? transaction.commit() : twice;
            QVERIFY(!committed);
            QVERIFY2(committed.error().message().contains(QStringLiteral("already")),
                     qPrintable(committed.error().message()));
        }
        QCOMPARE(t.rowCount(QStringLiteral("sites")), sites);
        {
            Transaction transaction(db);
            QVERIFY(transaction.begin());
            InsertBatch batch(db);
            QVERIFY(batch.begin());
            QVERIFY(
                db.run(site, {QStringLiteral("FFF"), QStringLiteral("x"), QStringLiteral("COL")}));
        }
        Transaction transaction(db);
        QVERIFY(transaction.begin());
        QVERIFY(db.run(site, {QStringLiteral("GGG"), QStringLiteral("x"), QStringLiteral("COL")}));
        QVERIFY(transaction.commit());
        QCOMPARE(t.rowCount(QStringLiteral("sites")), sites + 1);
    }

    void reopensAndFindsTheSameData()
    {
        TestDatabase t;
        QVERIFY(t);
        QVERIFY(
            t.db().exec(QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, ?)"),
                        {QStringLiteral("LIM"), QStringLiteral("Lima"), QStringLiteral("PER")}));
        QVERIFY(t.reopen());
        Result<QSqlQuery> q =
            t.db().exec(QStringLiteral("SELECT name FROM sites WHERE code = 'LIM'"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("Lima"));
    }

    void aSecondInstanceWaitsThenSaysWhoIsWriting()
    {
        SKIP_ON_SERVER("its write lock");
        TestDatabase t;
        QVERIFY(t);
        // A second Amparo on the same file: it opens and reads while the first writes.
        Result<std::unique_ptr<Database>> second = Database::open(t.path(), t.clock());
        QVERIFY2(second.ok(), qPrintable(second.error().message()));
        Transaction writing(t.db());
        QVERIFY(writing.begin());
        QVERIFY(
            t.db().run(QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, ?)"),
                       {QStringLiteral("LIM"), QStringLiteral("Lima"), QStringLiteral("PER")}));
        QVERIFY((*second)->exec(QStringLiteral("SELECT count(*) FROM sites")).ok());
        // Its own write waits the busy timeout, then fails whole with a sentence.
        Transaction waiting(**second);
        const Status blocked = waiting.begin();
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message().contains(QStringLiteral("Another Amparo window")),
                 qPrintable(blocked.error().message()));
        QVERIFY(writing.commit());
        QVERIFY(waiting.begin());
        QVERIFY((*second)->run(
            QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, ?)"),
            {QStringLiteral("BOG"), QStringLiteral("Bogotá"), QStringLiteral("COL")}));
        QVERIFY(waiting.commit());
        QVERIFY(t.db().integrityProblems().value().isEmpty());
        Result<QSqlQuery> q = t.db().exec(QStringLiteral("SELECT count(*) FROM sites"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 2);
    }

    // A file another program holds locked is in use, not damaged: told to restore a backup, a
    // person would lose their latest work over a moment's wait.
    void aLockedFileIsNotCalledDamaged()
    {
        SKIP_ON_SERVER("a file's lock");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(Database::open(path, Clock::system()));
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(shell.waitForStarted());
        // The shell buffers what it prints to a pipe: it says it holds the lock in a file.
        const QString marker = dir.filePath(QStringLiteral("held"));
        shell.write(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\n"
                                   ".output %1\nSELECT 'held';\n.output stdout\n")
                        .arg(marker)
                        .toUtf8());
        const auto held = [&marker] {
            QFile f(marker);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("held");
        };
        QTRY_VERIFY(held());
        const Result<std::unique_ptr<Database>> opened = Database::open(path, Clock::system());
        shell.write(".quit\n");
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished());
        QVERIFY(!opened);
        QVERIFY2(!opened.error().message().contains(QStringLiteral("damaged")),
                 qPrintable(opened.error().message()));
        QVERIFY2(opened.error().message().contains(QStringLiteral("Another Amparo window")),
                 qPrintable(opened.error().message()));
        // Once the other program lets go, it opens.
        QVERIFY(Database::open(path, Clock::system()));
    }

    // Issue 20: every record that can travel gets a global identifier from the database
    // itself, whatever program inserts it; one given with the record (a package's) is kept.
    void newRecordsGetAGlobalIdentifier()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord record = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez")));
        record.members.append(
            {Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Pérez"), {}, Sex::Male),
             Relationship::Child});
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(record);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QSet<QByteArray> seen;
        for (const QString& table : {QStringLiteral("sites"), QStringLiteral("persons"),
                                     QStringLiteral("cases"), QStringLiteral("users")}) {
            Result<QSqlQuery> q =
                t.db().exec(QStringLiteral("SELECT uid, origin FROM %1").arg(table));
            QVERIFY(q);
            int rows = 0;
            while (q.value().next()) {
                ++rows;
                const QByteArray value = q.value().value(0).toByteArray();
                QVERIFY2(value.size() == 16, qPrintable(table + u' ' + value.toHex()));
                QVERIFY2(!seen.contains(value), value.toHex().constData());
                seen.insert(value);
                QCOMPARE(q.value().value(1).toString(), QString()); // made here
            }
            QVERIFY2(rows > 0, qPrintable(table));
        }
        QCOMPARE(seen.size(), 1 + 2 + 1 + t.scalar(QStringLiteral("SELECT count(*) FROM users")));

        // A record that arrives with its identifier and origin keeps them; the same
        // identifier twice is refused.
        const QByteArray given = QByteArray::fromHex("0123456789abcdef0123456789abcdef");
        QVERIFY(t.db().run(QStringLiteral("INSERT INTO sites (code, name, country, uid, origin) "
                                          "VALUES ('PAS', 'Pasto', 'COL', ?, 'PAS')"),
                           {given}));
        Result<QSqlQuery> kept =
            t.db().exec(QStringLiteral("SELECT uid, origin FROM sites WHERE code = 'PAS'"));
        QVERIFY(kept && kept.value().next());
        QCOMPARE(kept.value().value(0).toByteArray(), given);
        QCOMPARE(kept.value().value(1).toString(), QStringLiteral("PAS"));
        QVERIFY(!t.db().run(QStringLiteral("INSERT INTO sites (code, name, country, uid) "
                                           "VALUES ('IPI', 'Ipiales', 'COL', ?)"),
                            {given}));

        // Another program's row, inserted without one, gets one from the database.
        QVERIFY(t.db().run(QStringLiteral("INSERT INTO sites (code, name, country) "
                                          "VALUES ('BOG', 'Bogotá', 'COL')")));
        Result<QSqlQuery> other =
            t.db().exec(QStringLiteral("SELECT uid FROM sites WHERE code = 'BOG'"));
        QVERIFY(other && other.value().next());
        QCOMPARE(other.value().value(0).toByteArray().size(), 16);
        QVERIFY(!seen.contains(other.value().value(0).toByteArray()));
    }

    // Amparo's own identifiers start with the time, so that each new one is added at the end
    // of its index; the rest is random.
    void recordIdentifiersStartWithTheTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QByteArray a = RecordUid::make();
        const QByteArray b = RecordUid::make();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(a.size(), RecordUid::Size);
        QVERIFY(a != b);
        QVERIFY(a.left(6) <= b.left(6));
        const qint64 stamped = a.left(6).toHex().toLongLong(nullptr, 16);
        QVERIFY(stamped >= before && stamped <= after);
        QVERIFY(a.mid(6) != b.mid(6));
    }

    // Files made before global identifiers get one for every existing record, distinct, with
    // every local id and relation as it was.
    void anOlderFileGetsGlobalIdentifiersKeepingItsRelations()
    {
        SKIP_ON_SERVER("an older SQLite file");
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        {
            Result<std::unique_ptr<Database>> old = Database::openAtVersion(path, clock, 9);
            QVERIFY2(old, qPrintable(old.error().message()));
            Database& db = **old;
            QVERIFY(db.run(QStringLiteral(
                "INSERT INTO sites (id, code, name, country) VALUES (7, 'QUI', 'Quito', 'ECU')")));
            for (int i = 1; i <= 50; ++i) {
                QVERIFY(db.run(
                    QStringLiteral("INSERT INTO persons (id, given_names, family_name1, "
                                   "family_name2, sex, birth_precision, birth_date, no_document, "
                                   "phone, country, admin1, place, created_at, updated_at, "
                                   "birth_country) VALUES (?, ?, 'Pérez', '', 'F', 'year', "
                                   "'1990-01-01', 0, '', 'ECU', '', '', '2026-01-01', "
                                   "'2026-01-01', 'VEN')"),
                    {100 + i, QStringLiteral("Persona %1").arg(i)}));
                QVERIFY(db.run(
                    QStringLiteral("INSERT INTO cases (id, case_number, site_id, status, "
                                   "closure_reason, registered_on, caseworker, principal_id, "
                                   "sort_name, revision, created_at, updated_at) VALUES (?, ?, 7, "
                                   "'open', '', '2026-01-01', 'ana', ?, ?, 1, '2026-01-01', "
                                   "'2026-01-01')"),
                    {1000 + i, QStringLiteral("QUI-26-%1").arg(i, 5, 10, QLatin1Char('0')), 100 + i,
                     QStringLiteral("perez persona %1").arg(i)}));
            }
        }
        Result<std::unique_ptr<Database>> latest = Database::open(path, clock);
        QVERIFY2(latest, qPrintable(latest.error().message()));
        Database& db = **latest;
        QCOMPARE(*db.schemaVersion(), Database::latestSchemaVersion());
        Result<QSqlQuery> q = db.exec(QStringLiteral(
            "SELECT c.id, c.principal_id, c.site_id, p.given_names, c.uid, p.uid, s.uid, "
            "c.origin FROM cases c JOIN persons p ON p.id = c.principal_id "
            "JOIN sites s ON s.id = c.site_id ORDER BY c.id"));
        QVERIFY(q);
        QSet<QByteArray> uids;
        int i = 0;
        while (q.value().next()) {
            ++i;
            QCOMPARE(q.value().value(0).toInt(), 1000 + i);
            QCOMPARE(q.value().value(1).toInt(), 100 + i);
            QCOMPARE(q.value().value(2).toInt(), 7);
            QCOMPARE(q.value().value(3).toString(), QStringLiteral("Persona %1").arg(i));
            uids.insert(q.value().value(4).toByteArray());
            uids.insert(q.value().value(5).toByteArray());
            uids.insert(q.value().value(6).toByteArray());
            QCOMPARE(q.value().value(7).toString(), QString());
        }
        QCOMPARE(i, 50);
        QCOMPARE(uids.size(), 101); // 50 cases, 50 persons, one site
        QVERIFY(!uids.contains(QByteArray()));
        // None of it was ever sent: every record is still to send.
        Result<ChangeJournal::Reading> unsent = ChangeJournal(db).since(0);
        QVERIFY(unsent);
        QCOMPARE(unsent->changes.size(), 101);
        QVERIFY(db.integrityProblems().value().isEmpty());
    }

    // Screenings recorded under the first catalogue move to the HRIT's five categories: the
    // two categories it made one keep their levels aside, indicators and decisions keep their
    // meaning, the overall rating is what counted until then, referral areas keep their order.
    void theHritCataloguesMigrationLosesNothing()
    {
        SKIP_ON_SERVER("an older SQLite file");
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("v19.sqlite"));
        {
            Result<std::unique_ptr<Database>> old = Database::openAtVersion(path, clock, 19);
            QVERIFY2(old, qPrintable(old.error().message()));
            Database& db = **old;
            for (const char* sql : {
                     "INSERT INTO sites (id, code, name, country) VALUES (7, 'QUI', 'Quito', "
                     "'ECU')",
                     "INSERT INTO persons (id, given_names, family_name1, family_name2, sex, "
                     "birth_precision, birth_date, no_document, phone, country, admin1, place, "
                     "created_at, updated_at, birth_country) VALUES (101, 'Rosa', 'Pérez', '', "
                     "'F', 'year', '1950-01-01', 0, '', 'ECU', '', '', '2026-01-01', "
                     "'2026-01-01', 'VEN')",
                     "INSERT INTO cases (id, case_number, site_id, status, closure_reason, "
                     "registered_on, caseworker, principal_id, sort_name, revision, created_at, "
                     "updated_at) VALUES (1001, 'QUI-26-00001', 7, 'open', '', '2026-01-01', "
                     "'ana', 101, 'perez rosa', 1, '2026-01-01', '2026-01-01')",
                     "INSERT INTO screenings (id, case_id, person_id, screened_on, assessor_name, "
                     "catalogue_version, observations, created_at) VALUES (1, 1001, 101, "
                     "'2026-02-01', 'ana', '2026.1', 'Needs insulin.', '2026-02-01')",
                     "INSERT INTO screenings (id, case_id, person_id, screened_on, assessor_name, "
                     "catalogue_version, created_at) VALUES (2, 1001, 101, '2026-03-01', 'ana', "
                     "'2026.1', '2026-03-01')",
                     "INSERT INTO screening_indicators VALUES (1, 'disabilities.walking'), "
                     "(1, 'medical.chronic'), (1, 'older_persons.alone')",
                     "INSERT INTO screening_suggestions VALUES (1, 'older_persons.alone', "
                     "'confirmed'), (1, 'medical.addiction', 'dismissed')",
                     "INSERT INTO screening_levels VALUES (1, 'disabilities', 2), (1, "
                     "'medical', 3), (1, 'older_persons', 1), (2, 'older_persons', 2)",
                     "INSERT INTO screening_actions (id, screening_id, action_code, status, "
                     "status_changed_at) VALUES (11, 1, 'medical_referral', 'pending', "
                     "'2026-02-01'), (12, 1, 'psychosocial', 'pending', '2026-02-01')",
                     "INSERT INTO case_risk VALUES (1001, 3, 'medical', 2)",
                     "INSERT INTO case_risk_categories VALUES (1001, 'disabilities', 2), "
                     "(1001, 'medical', 3), (1001, 'older_persons', 2)"})
                QVERIFY2(db.run(QString::fromLatin1(sql)), sql);
        }
        Result<std::unique_ptr<Database>> latest = Database::open(path, clock);
        QVERIFY2(latest, qPrintable(latest.error().message()));
        Database& db = **latest;
        const auto rows = [&](const char* sql) {
            QStringList out;
            Result<QSqlQuery> q = db.exec(QString::fromLatin1(sql));
            while (q && q.value().next()) {
                QStringList row;
                for (int i = 0; i < q.value().record().count(); ++i)
                    row.append(q.value().value(i).toString());
                out.append(row.join(QLatin1Char('|')));
            }
            return out;
        };
        QCOMPARE(rows("SELECT screening_id, indicator_code FROM screening_indicators "
                      "ORDER BY 1, 2"),
                 (QStringList{"1|health_disability.chronic", "1|health_disability.walking",
                              "1|older_persons.alone"}));
        QCOMPARE(rows("SELECT indicator_code, decision FROM screening_suggestions ORDER BY 1"),
                 (QStringList{"health_disability.addiction|dismissed",
                              "older_persons.alone|confirmed"}));
        QCOMPARE(rows("SELECT screening_id, category_code, level FROM screening_levels "
                      "ORDER BY 1, 2"),
                 (QStringList{"1|health_disability|3", "1|older_persons|1", "2|older_persons|2"}));
        QCOMPARE(rows("SELECT screening_id, category_code, level FROM screening_levels_replaced "
                      "ORDER BY 1, 2"),
                 (QStringList{"1|disabilities|2", "1|medical|3"}));
        QCOMPARE(rows("SELECT id, overall_level, observations FROM screenings ORDER BY id"),
                 (QStringList{"1|3|Needs insulin.", "2|2|"}));
        QCOMPARE(rows("SELECT id, priority FROM screening_actions ORDER BY id"),
                 (QStringList{"11|1", "12|2"}));
        QCOMPARE(rows("SELECT category_code, level FROM case_risk_categories ORDER BY 1"),
                 (QStringList{"health_disability|3", "older_persons|2"}));
        QCOMPARE(rows("SELECT max_level, high_categories FROM case_risk"),
                 QStringList{"3|health_disability"});
        // Every indicator and category left is one the catalogue knows.
        const RiskCatalogue& catalogue = RiskCatalogue::current();
        for (const QString& code : rows("SELECT indicator_code FROM screening_indicators UNION "
                                        "SELECT indicator_code FROM screening_suggestions"))
            QVERIFY2(catalogue.indicator(code), qPrintable(code));
        for (const QString& code : rows("SELECT category_code FROM screening_levels"))
            QVERIFY2(catalogue.category(code), qPrintable(code));
        for (const QString& code : rows("SELECT category_code FROM screening_levels_replaced"))
            QVERIFY2(catalogue.replacedCategory(code), qPrintable(code));
        QVERIFY(db.integrityProblems().value().isEmpty());
    }

    void migratesFromVersionOneKeepingDataAndACopy()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Result<std::unique_ptr<Database>> v1 = Database::openAtVersion(path, clock, 1);
            QVERIFY2(v1, qPrintable(v1.error().message()));
            QCOMPARE(*v1.value()->schemaVersion(), 1);
            QVERIFY(v1.value()->exec(QStringLiteral(
                "INSERT INTO sites (code, name, country) VALUES ('QUI', 'Quito', 'ECU')")));
        }
        Result<std::unique_ptr<Database>> latest = Database::open(path, clock);
        QVERIFY2(latest, qPrintable(latest.error().message()));
        QCOMPARE(*latest.value()->schemaVersion(), Database::latestSchemaVersion());
        Result<QSqlQuery> q = latest.value()->exec(QStringLiteral("SELECT name FROM sites"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("Quito"));
        if (Database::latestSchemaVersion() > 1) {
            const QString copy = latest.value()->migrationBackupPath();
            QVERIFY(QFile::exists(copy));
            QVERIFY(copy.contains(QStringLiteral("schema1")));
        }
    }

    // An upgrade that fails half-way rolls back whole and says where the copy made before
    // it is; the file stays at its old version with its data.
    void aFailedMigrationRollsBackAndSaysWhereTheCopyIs()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const int before = Database::latestSchemaVersion() - 1;
        {
            Result<std::unique_ptr<Database>> old = Database::openAtVersion(path, clock, before);
            QVERIFY2(old, qPrintable(old.error().message()));
            QVERIFY(old.value()->exec(QStringLiteral(
                "INSERT INTO sites (code, name, country) VALUES ('QUI', 'Quito', 'ECU')")));
            // Something the last migration adds is there already: it will fail.
            QVERIFY(old.value()->exec(QStringLiteral("CREATE TABLE incidents (id INTEGER)")));
        }
        Result<std::unique_ptr<Database>> upgraded = Database::open(path, clock);
        QVERIFY(!upgraded);
        const QString message = upgraded.error().message();
        QVERIFY2(message.contains(QStringLiteral("left as it was")), qPrintable(message));
        const QRegularExpression copyPath(
            QStringLiteral("copy made before the upgrade is at (.+)\\.$"));
        const QRegularExpressionMatch m = copyPath.match(message);
        QVERIFY2(m.hasMatch(), qPrintable(message));
        QVERIFY(QFile::exists(m.captured(1)));

        Result<std::unique_ptr<Database>> again = Database::openAtVersion(path, clock, before);
        QVERIFY2(again, qPrintable(again.error().message()));
        QCOMPARE(*again.value()->schemaVersion(), before);
        Result<QSqlQuery> q = again.value()->exec(QStringLiteral("SELECT name FROM sites"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("Quito"));
        QVERIFY(again.value()->integrityProblems().value().isEmpty());
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path, clock);
            QVERIFY(db);
        }
        rawExec(path, {QStringLiteral("PRAGMA user_version = 999")});
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Refused);
        QVERIFY(db.error().message().contains(QStringLiteral("newer version")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignFilesUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("name,surname\nJosé,Pérez\n")
                                   << QStringLiteral("not a database file at all");
        QTest::newRow("binary junk")
            << QByteArray(4096, '\xAB') << QStringLiteral("not a database file at all");
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("sqlite header then garbage")
            << header + QByteArray(8192, '\x5A') << QStringLiteral("damaged");
        QTest::newRow("header only") << header << QStringLiteral("damaged");
    }

    void refusesForeignFilesUntouched()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        writeFile(path, contents);
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Refused);
        QVERIFY2(db.error().message().contains(expected), qPrintable(db.error().message()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherApplicationsDatabaseUntouched()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("other-app.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                       QStringLiteral("INSERT INTO contacts VALUES ('x')")});
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> db = Database::open(path, clock);
        QVERIFY(!db);
        QVERIFY2(db.error().message().contains(QStringLiteral("another program")),
                 qPrintable(db.error().message()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptDatabasesUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("schema page overwritten") << QStringLiteral("schema");
        QTest::newRow("data page bit flips") << QStringLiteral("flip");
    }

    void refusesCorruptDatabasesUntouched()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path, clock);
            QVERIFY(db);
            for (int i = 0; i < 300; ++i)
                QVERIFY(db.value()->exec(
                    QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, 'COL')"),
                    {QStringLiteral("S%1").arg(i), QString(200, QLatin1Char('n'))}));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        if (damage == QLatin1String("truncate")) {
            QVERIFY(f.resize(size / 2));
        } else if (damage == QLatin1String("schema")) {
            f.seek(100);
            f.write(QByteArray(3000, '\x7F'));
        } else {
            for (qint64 pos = 4096 * 3; pos < size; pos += 4096) {
                f.seek(pos + 50);
                f.write(QByteArray(64, '\xFF'));
            }
        }
        f.close();
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> db = Database::open(path, clock);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Refused);
        QVERIFY2(db.error().message().contains(QStringLiteral("damaged")),
                 qPrintable(db.error().message()));
        QCOMPARE(fileHash(path), before);
    }

    // A crash during a checkpoint can leave the first page (with the new page count) written
    // before the pages that grow the file; the write-ahead log still holds them all and SQLite
    // finishes the checkpoint. Such a file is sound, not "cut short".
    void aCheckpointCutShortByACrashIsFinished()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("amparo.sqlite"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path, clock);
            QVERIFY(db);
            QVERIFY(db.value()->run(QStringLiteral(
                "INSERT INTO sites (code, name, country) VALUES ('CUC', 'C', 'COL')")));
        }
        const QString image = dir.filePath(QStringLiteral("image.sqlite"));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(raw.transaction());
            for (int i = 0; i < 300; ++i) {
                q.prepare(
                    QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, 'COL')"));
                q.addBindValue(QStringLiteral("S%1").arg(i));
                q.addBindValue(QString(200, QLatin1Char('n')));
                QVERIFY(q.exec());
            }
            QVERIFY(raw.commit());
            // What a crash leaves: the file as it was, and the log holding the new pages.
            QVERIFY(QFile::copy(path, image));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), image + QStringLiteral("-wal")));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(QFileInfo(image + QStringLiteral("-wal")).size() > 0);
        {
            // The first page already says how big the file is about to be.
            QFile f(image);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const quint32 pages = quint32(f.size() / 4096) + 20;
            QVERIFY(f.seek(28));
            const char count[4] = {char(pages >> 24), char(pages >> 16), char(pages >> 8),
                                   char(pages)};
            QVERIFY(f.write(count, 4) == 4);
        }
        Result<std::unique_ptr<Database>> db = Database::open(image, clock);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        Result<QSqlQuery> sites = db.value()->exec(QStringLiteral("SELECT count(*) FROM sites"));
        QVERIFY(sites && sites.value().next());
        QCOMPARE(sites.value().value(0).toInt(), 301);
        QVERIFY(db.value()->integrityProblems()->isEmpty());
    }

    void namesItselfAsAPersonWould()
    {
        TestDatabase t;
        QVERIFY(t);
        if (t.db().isServer())
            QVERIFY2(QRegularExpression(QStringLiteral("^amparo_test_\\d+_\\d+ on localhost$"))
                         .match(t.db().displayName())
                         .hasMatch(),
                     qPrintable(t.db().displayName()));
        else
            QCOMPARE(t.db().displayName(), QStringLiteral("amparo.sqlite"));
    }

    // A server that cannot be reached, or a database that does not exist on it: refused with
    // a sentence of its own, and nothing created.
    void aServerThatCannotBeReachedIsASentence()
    {
        MockClock clock;
        Result<std::unique_ptr<Database>> nowhere = Database::open(
            QStringLiteral("postgresql://amparo@localhost:1/amparo?host=/nonexistent"), clock);
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code(), Error::Code::Io);
        QVERIFY2(nowhere.error().message().contains(QStringLiteral("Could not reach")),
                 qPrintable(nowhere.error().message()));
        Result<std::unique_ptr<Database>> malformed =
            Database::open(QStringLiteral("postgresql://"), clock);
        QVERIFY(!malformed);
        QVERIFY(malformed.error().message().contains(QStringLiteral("not a server location")));
        if (!TestDatabase::onServer())
            return;
        Result<std::unique_ptr<Database>> missing =
            Database::open(QStringLiteral("postgresql://amparo_admin@localhost/no_such_db?host=%1")
                               .arg(qEnvironmentVariable("AMPARO_TEST_PGHOST")),
                           clock);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QVERIFY2(missing.error().message().contains(QStringLiteral("no_such_db")),
                 qPrintable(missing.error().message()));
        // A wrong password, and an account the server turns away: each its own sentence.
        const QString host = qEnvironmentVariable("AMPARO_TEST_PGHOST");
        for (const QString& password : {QString(), QStringLiteral("a wrong password")}) {
            QUrl location(QStringLiteral("postgresql://localhost/postgres"));
            location.setUserName(QStringLiteral("amparo_with_password"));
            location.setPassword(password);
            location.setQuery(QStringLiteral("host=") + host);
            Result<std::unique_ptr<Database>> refused = Database::open(location.toString(), clock);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), Error::Code::NotPermitted);
            QVERIFY2(refused.error().message().contains(QStringLiteral("user name or password")),
                     qPrintable(refused.error().message()));
        }
        Result<std::unique_ptr<Database>> away = Database::open(
            QStringLiteral("postgresql://amparo_turned_away@localhost/postgres?host=%1").arg(host),
            clock);
        QVERIFY(!away);
        QCOMPARE(away.error().code(), Error::Code::NotPermitted);
        QVERIFY2(away.error().message().contains(QStringLiteral("turns this connection away")),
                 qPrintable(away.error().message()));
    }

    void aServerLocationIsMadeFromWhatAPersonTypes()
    {
        QCOMPARE(*Database::serverLocation(QStringLiteral(" office-server "), 0,
                                           QStringLiteral("amparo"), QStringLiteral("ana")),
                 QStringLiteral("postgresql://ana@office-server/amparo"));
        QCOMPARE(*Database::serverLocation(QStringLiteral("192.168.1.10"), 5433,
                                           QStringLiteral("amparo2"), QStringLiteral("luis")),
                 QStringLiteral("postgresql://luis@192.168.1.10:5433/amparo2"));
        // Without an account, each person signs in with their own Amparo name.
        QCOMPARE(*Database::serverLocation(QStringLiteral("office-server"), 0,
                                           QStringLiteral("amparo"), QString()),
                 QStringLiteral("postgresql://office-server/amparo"));
        Result<QString> bad = Database::serverLocation(QStringLiteral("office server/x"), 0,
                                                       QString(), QStringLiteral("a b"));
        QVERIFY(!bad);
        QStringList fields;
        for (const FieldError& e : bad.error().fieldErrors())
            fields.append(e.field);
        QCOMPARE(fields, (QStringList{QStringLiteral("host"), QStringLiteral("database"),
                                      QStringLiteral("account")}));
    }

    void refusesAFolder()
    {
        QTemporaryDir dir;
        MockClock clock;
        Result<std::unique_ptr<Database>> db = Database::open(dir.path(), clock);
        QVERIFY(!db);
        QVERIFY(db.error().message().contains(QStringLiteral("folder")));
    }

    void acceptsAnEmptyFile()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        Result<std::unique_ptr<Database>> db = Database::open(path, clock);
        QVERIFY2(db, qPrintable(db.error().message()));
        QCOMPARE(*db.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void migrationsAreNumberedWithoutGaps()
    {
        const auto list = SchemaMigrator::migrations();
        QVERIFY(!list.isEmpty());
        for (int i = 0; i < list.size(); ++i)
            QCOMPARE(list[i].version, i + 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpening)
#include "tst_database.moc"
