#include "core/storage/Database.h"
#include "core/storage/SchemaMigrator.h"
#include "core/storage/SqlScript.h"
#include "tests/support/SchemaSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// One schema, two dialects: the SQLite migrations and the PostgreSQL ones build the same
// tables, columns, keys and indexes, step for step, on a throw-away server.
class TestSchema : public QObject
{
    Q_OBJECT

    QString m_host = qEnvironmentVariable("AMPARO_TEST_PGHOST");
    QString m_name = QStringLiteral("amparo_schema_%1").arg(QCoreApplication::applicationPid());

    QSqlDatabase connect(const QString& connection, const QString& database)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_host);
        db.setUserName(QStringLiteral("amparo_admin"));
        db.setDatabaseName(database);
        return db;
    }

private slots:
    void initTestCase()
    {
        if (m_host.isEmpty())
            QSKIP("Needs the test PostgreSQL server: run through ctest (AMPARO_TEST_PGHOST).");
        QSqlDatabase admin = connect(QStringLiteral("admin"), QStringLiteral("postgres"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name)));
        // The C collation sorts as SQLite does.
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                       "LC_COLLATE 'C' LC_CTYPE 'C'")
                            .arg(m_name)),
                 qPrintable(q.lastError().text()));
    }

    void cleanupTestCase()
    {
        if (m_host.isEmpty())
            return;
        QSqlDatabase::removeDatabase(QStringLiteral("amparo"));
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
        QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name));
    }

    void everyStepExistsInBothDialects()
    {
        QList<int> sqlite, postgres;
        for (const auto& m : SchemaMigrator::migrations(SchemaMigrator::Dialect::Sqlite))
            sqlite.append(m.version);
        for (const auto& m : SchemaMigrator::migrations(SchemaMigrator::Dialect::Postgres))
            postgres.append(m.version);
        QVERIFY(!sqlite.isEmpty());
        QCOMPARE(postgres, sqlite);
    }

    void bothDialectsBuildTheSameSchema()
    {
        QSqlDatabase db = connect(QStringLiteral("amparo"), m_name);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const auto& m : SchemaMigrator::migrations(SchemaMigrator::Dialect::Postgres)) {
            QFile file(m.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QSqlQuery q(db);
            for (const QString& statement : SqlScript::split(QString::fromUtf8(file.readAll())))
                QVERIFY2(q.exec(statement),
                         qPrintable(QStringLiteral("%1: %2").arg(m.path, q.lastError().text())));
        }
        TestDatabase sqlite(TestDatabase::Engine::File);
        QVERIFY(sqlite);
        const SchemaSnapshot lite = SchemaSnapshot::ofSqlite(sqlite.db().connection());
        const SchemaSnapshot server = SchemaSnapshot::ofPostgres(db);
        QVERIFY(lite.columns.size() > 100);
        QVERIFY(lite.indexes.contains(QStringLiteral("family_links_pair")));
        const QStringList differences = lite.differences(server);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));

        // The comparison sees a difference when there is one.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE persons ALTER COLUMN phone DROP NOT NULL")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX cases_site")));
        const QStringList drifted = lite.differences(SchemaSnapshot::ofPostgres(db));
        QCOMPARE(drifted.size(), 2);
        QVERIFY2(drifted.join(u'\n').contains(QStringLiteral("persons.phone")),
                 qPrintable(drifted.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
