#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/services/CaseService.h"
#include "core/services/DatabaseKeys.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

// Nothing committed is lost when the laptop dies (or a client of the server): a writer process
// saves cases through the real core and reports each committed one; it is killed (SIGKILL) at
// random moments, and after every kill the database must open, pass integrity_check and hold every
// reported case. AMPARO_CRASH_KILLS sets how many kills (default 20; the durability figure uses
// 200).
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void everyCommittedCaseSurvivesAKill()
    {
        const int kills = qEnvironmentVariableIntValue("AMPARO_CRASH_KILLS") > 0
                              ? qEnvironmentVariableIntValue("AMPARO_CRASH_KILLS")
                              : 20;
        TestDatabase t;
        QVERIFY(t);
        Fixtures::cucutaSite(t);
        const UserSession admin = t.admin();
        t.close();
        QRandomGenerator random(20261127);
        QList<qint64> committed;
        for (int k = 0; k < kills; ++k) {
            QProcess writer;
            writer.start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--writer"), t.path(), QString::number(admin.userId)});
            QVERIFY(writer.waitForStarted());
            // One kill in four comes after a first commit, however slow the machine (a
            // sanitizer build on a busy CI runner), so that commits are always put to the test.
            if (k % 4 == 0)
                writer.waitForReadyRead(30000);
            // Killed at any moment: while opening, between saves, in the middle of one.
            QTest::qWait(int(random.bounded(20, 250)));
            writer.kill();
            QVERIFY(writer.waitForFinished());
            for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
                if (!line.isEmpty())
                    committed.append(line.toLongLong());
            }
            QVERIFY2(t.reopen(), qPrintable(t.error()));
            QCOMPARE(t.db().integrityProblems().value(), QStringList());
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next());
            const int stored = q.value(0).toInt();
            QVERIFY(stored >= committed.size());
            for (qint64 id : std::as_const(committed)) {
                QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM cases WHERE id = %1").arg(id)));
                QVERIFY2(q.next(), qPrintable(QStringLiteral("case %1 lost").arg(id)));
            }
            t.close();
        }
        qInfo("%d kills, %lld committed cases, none lost", kills, qint64(committed.size()));
        QVERIFY(!committed.isEmpty());
    }
};

// The writer: saves families of three until it is killed, printing each committed case id.
static int runWriter(const QString& path, qint64 userId)
{
    Crypto::useFastParametersForTests();
    if (!Crypto::init())
        return 2;
    if (DatabaseKeys::isEncrypted(path) &&
        !DatabaseKeys::unlock(path, QStringLiteral("admin"), QLatin1String(TestDatabase::Passphrase)))
        return 4;
    Result<std::unique_ptr<Database>> db = Database::open(path, Clock::system());
    if (!db)
        return 3;
    QSqlQuery site((*db)->connection());
    if (!site.exec(QStringLiteral("SELECT id FROM sites LIMIT 1")) || !site.next())
        return 4;
    const qint64 siteId = site.value(0).toLongLong();
    site.finish();
    const UserSession session{userId, QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                              Role::Administrator};
    CaseService cases(**db, Clock::system(), session);
    for (int i = 0;; ++i) {
        CaseRecord r = Fixtures::caseFor(siteId, Fixtures::person(QStringLiteral("Yusleidy"),
                                                                  QStringLiteral("Ávila"),
                                                                  QStringLiteral("Nº %1").arg(i)));
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Jesús"), QStringLiteral("Ávila"), {},
                                        Sex::Male, PartialDate::yearOnly(2015)),
                       Relationship::Child});
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Rosa"), QStringLiteral("Ávila"), {},
                                        Sex::Female, PartialDate::yearOnly(2017)),
                       Relationship::Child});
        r.notes.append(CaseNote{0, QDateTime::currentDateTimeUtc(), QStringLiteral("Ana"),
                                QStringLiteral("Crossed at dawn; a note of realistic length.")});
        Result<CaseRecord> saved = cases.save(r);
        if (!saved)
            return 5;
        std::printf("%lld\n", static_cast<long long>(saved->id));
        std::fflush(stdout);
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
