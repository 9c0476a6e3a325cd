#include "core/audit/AuditVerifier.h"
#include "core/generator/PopulationGenerator.h"
#include "core/services/BackupService.h"
#include "core/services/CaseService.h"
#include "core/services/DatabaseCopier.h"
#include "core/storage/CaseListQuery.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

// A whole database copied between engines: a laptop's file into the office's server, the
// server into a file (its backup), a backup into an empty server. On the SQLite run both
// ends are files; on the PostgreSQL run one end is on the test server.
class TestDatabaseCopier : public QObject
{
    Q_OBJECT

    static constexpr const char* BackupPassphrase = "una frase de respaldo larga";

    // Every row of the tables that matter, ids included, as one hash.
    static QByteArray fingerprint(Database& db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* sql :
             {"SELECT id, case_number, site_id, status, caseworker FROM cases ORDER BY id",
              "SELECT id, given_names, family_name1, family_name2, birth_date, phone FROM "
              "persons ORDER BY id",
              "SELECT case_id, person_id, relationship FROM case_members ORDER BY case_id, "
              "person_id",
              "SELECT id, case_id FROM screenings ORDER BY id",
              "SELECT id, case_id, due_on, what FROM deadlines ORDER BY id",
              "SELECT id, at, username, action, hash FROM audit_log ORDER BY id",
              "SELECT rowid, names, documents FROM person_search ORDER BY rowid"}) {
            QSqlQuery q(db.connection());
            if (!q.exec(QString::fromLatin1(sql)))
                qFatal("fingerprint: %s", sql);
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
                hash.addData("\n");
            }
        }
        return hash.result();
    }

    static void populate(TestDatabase& t)
    {
        t.legal();
        Result<PopulationGenerator::Report> made =
            PopulationGenerator(t.db(), t.clock()).generate({300, 11});
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message()));
    }

    static void copies(TestDatabase& from, TestDatabase& to)
    {
        populate(from);
        const QByteArray before = fingerprint(from.db());
        int lastProgress = -1;
        Result<DatabaseCopier::Report> report =
            DatabaseCopier(from.db(), to.db()).copy([&lastProgress](int perMille) {
                lastProgress = perMille;
                return true;
            });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        QCOMPARE(lastProgress, 1000);
        QCOMPARE(report->rows.value(QStringLiteral("persons")), 300);
        QVERIFY(report->auditEntries > 0);
        QCOMPARE(fingerprint(to.db()), before);
        QVERIFY(AuditVerifier(to.db()).verify()->intact());
        // The copy is a working database: the same people are found, the users sign in, and
        // a new case is numbered after the copied ones, its audit entry after theirs.
        QVERIFY(to.reopen());
        const CaseListFilter everyone;
        QCOMPARE(*CaseListQuery(to.db()).count(everyone),
                 *CaseListQuery(from.db()).count(everyone));
        CaseListFilter search;
        search.text = QStringLiteral("Mar");
        QCOMPARE(*CaseListQuery(to.db()).count(search), *CaseListQuery(from.db()).count(search));
        QVERIFY(*CaseListQuery(to.db()).count(search) > 0);
        const qint64 largest = to.scalar(QStringLiteral("SELECT max(id) FROM cases"));
        const qint64 site = to.scalar(QStringLiteral("SELECT min(id) FROM sites"));
        // The copied users are the source's: a session of the source is one of the copy.
        Result<CaseRecord> saved =
            CaseService(to.db(), to.clock(), from.legal())
                .save(Fixtures::caseFor(
                    site, Fixtures::person(QStringLiteral("Nueva"), QStringLiteral("Llegada"))));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        QVERIFY(saved->id > largest);
        QVERIFY(AuditVerifier(to.db()).verify()->intact());
    }

private slots:
    void copiesAFileIntoThisRunsEngine()
    {
        TestDatabase from(TestDatabase::Engine::File);
        TestDatabase to;
        QVERIFY(from && to);
        copies(from, to);
    }

    void copiesThisRunsEngineIntoAFile()
    {
        TestDatabase from;
        TestDatabase to(TestDatabase::Engine::File);
        QVERIFY(from && to);
        copies(from, to);
    }

    void refusesATargetThatIsNotEmptyUntouched()
    {
        TestDatabase from(TestDatabase::Engine::File);
        TestDatabase to;
        QVERIFY(from && to);
        populate(from);
        Fixtures::cucutaSite(to);
        const QByteArray before = fingerprint(to.db());
        Result<DatabaseCopier::Report> report = DatabaseCopier(from.db(), to.db()).copy();
        QVERIFY(!report);
        QCOMPARE(report.error().code(), Error::Code::Refused);
        QVERIFY2(report.error().message().contains(QStringLiteral("not empty")),
                 qPrintable(report.error().message()));
        QCOMPARE(fingerprint(to.db()), before);
        QCOMPARE(to.rowCount(QStringLiteral("persons")), 0);
    }

    void aCancelledCopyLeavesTheTargetEmpty()
    {
        TestDatabase from(TestDatabase::Engine::File);
        TestDatabase to;
        QVERIFY(from && to);
        populate(from);
        Result<DatabaseCopier::Report> report =
            DatabaseCopier(from.db(), to.db()).copy([](int perMille) { return perMille < 500; });
        QVERIFY(!report);
        QCOMPARE(report.error().code(), Error::Code::Cancelled);
        for (const QString& table : {QStringLiteral("persons"), QStringLiteral("cases"),
                                     QStringLiteral("audit_log"), QStringLiteral("users")})
            QCOMPARE(to.rowCount(table), 0);
        // And it can be made again.
        QVERIFY(DatabaseCopier(from.db(), to.db()).copy());
    }

    void aBackupOfThisRunsEngineRestoresIntoAnEmptyOne()
    {
        TestDatabase from;
        QVERIFY(from);
        populate(from);
        const QString backup = from.folder() + QStringLiteral("/office.amparo-backup");
        QVERIFY(BackupService(from.db(), from.clock(), from.legal())
                    .createBackup(backup, QLatin1String(BackupPassphrase)));

        TestDatabase to;
        QVERIFY(to);
        // A wrong passphrase restores nothing.
        Result<qint64> refused =
            BackupService::restoreIntoEmptyServer(backup, QStringLiteral("otra frase cualquiera"),
                                                  to.db(), to.clock(), QStringLiteral("it"));
        QVERIFY(!refused);
        QCOMPARE(to.rowCount(QStringLiteral("persons")), 0);

        Result<qint64> rows = BackupService::restoreIntoEmptyServer(
            backup, QLatin1String(BackupPassphrase), to.db(), to.clock(), QStringLiteral("it"));
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message()));
        QVERIFY(*rows > 300);
        // What the backup held, then one more entry: the restore itself.
        Result<QSqlQuery> last = to.db().exec(
            QStringLiteral("SELECT action, username FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(last && last.value().next());
        QCOMPARE(last->value(0).toString(), QStringLiteral("backup.restore"));
        QVERIFY(AuditVerifier(to.db()).verify()->intact());
        QCOMPARE(to.rowCount(QStringLiteral("persons")), 300);
        QCOMPARE(to.rowCount(QStringLiteral("audit_log")),
                 from.rowCount(QStringLiteral("audit_log")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopier)
#include "tst_databasecopier.moc"
