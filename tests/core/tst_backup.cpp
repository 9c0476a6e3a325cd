#include "core/crypto/BackupCipher.h"
#include "core/services/BackupService.h"
#include "core/services/CaseService.h"
#include "core/storage/CaseListQuery.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTest>

class TestBackup : public QObject
{
    Q_OBJECT

    static constexpr const char* BackupPassphrase = "una frase de respaldo";

    static QByteArray hashOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    // A database with one case, backed up; returns the backup's path.
    static QString backedUp(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        Person p = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"));
        p.documents = {Fixtures::document(QStringLiteral("V-777"))};
        if (!CaseService(t.db(), t.clock(), t.legal()).save(Fixtures::caseFor(site.id, p)))
            return {};
        const QString file = t.folder() + QStringLiteral("/backup.amparobackup");
        const Status s = BackupService(t.db(), t.clock(), t.admin())
                             .createBackup(file, QLatin1String(BackupPassphrase));
        return s ? file : QString();
    }

    static void corrupt(const QString& path, const std::function<void(QByteArray&)>& damage)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        damage(bytes);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void cipherRoundTripAndTampering()
    {
        QByteArray plain(300 * 1024, Qt::Uninitialized);
        for (int i = 0; i < plain.size(); ++i)
            plain[i] = char(i * 7);
        QBuffer in(&plain);
        in.open(QIODevice::ReadOnly);
        QByteArray sealed;
        QBuffer out(&sealed);
        out.open(QIODevice::WriteOnly);
        QVERIFY(BackupCipher::encrypt(in, out, QStringLiteral("secret phrase!"), "{\"m\":1}"));
        QVERIFY(!sealed.contains(plain.mid(1000, 64)));

        const auto open = [](QByteArray data, const QString& passphrase,
                             QByteArray* result = nullptr) {
            QBuffer from(&data);
            from.open(QIODevice::ReadOnly);
            QByteArray restored;
            QBuffer to(&restored);
            to.open(QIODevice::WriteOnly);
            Result<QByteArray> manifest = BackupCipher::decrypt(from, to, passphrase);
            if (result)
                *result = restored;
            return manifest;
        };
        QByteArray restored;
        Result<QByteArray> manifest = open(sealed, QStringLiteral("secret phrase!"), &restored);
        QVERIFY(manifest);
        QCOMPARE(*manifest, QByteArray("{\"m\":1}"));
        QCOMPARE(restored, plain);

        QVERIFY(open(sealed, QStringLiteral("secret phrase?"))
                    .error()
                    .message()
                    .contains(QStringLiteral("passphrase is wrong")));
        QVERIFY(open(sealed.left(sealed.size() - 10), QStringLiteral("secret phrase!"))
                    .error()
                    .message()
                    .contains(QStringLiteral("damaged")));
        QVERIFY(open(sealed.left(sealed.size() / 2), QStringLiteral("secret phrase!"))
                    .error()
                    .message()
                    .contains(QStringLiteral("damaged")));
        QByteArray flipped = sealed;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        QVERIFY(open(flipped, QStringLiteral("secret phrase!"))
                    .error()
                    .message()
                    .contains(QStringLiteral("damaged")));
        QVERIFY(open(sealed + "extra", QStringLiteral("secret phrase!"))
                    .error()
                    .message()
                    .contains(QStringLiteral("damaged")));
        QVERIFY(open("SQLite format 3", QStringLiteral("x"))
                    .error()
                    .message()
                    .contains(QStringLiteral("not an Amparo backup")));
        QVERIFY(!open(QByteArray(), QStringLiteral("x")));
    }

    void restoresOnAnotherMachine()
    {
        SKIP_ON_SERVER("a restore replaces the file (a server is filled: tst_databasecopier)");
        TestDatabase source;
        QVERIFY(source);
        const QString backup = backedUp(source);
        QVERIFY(!backup.isEmpty());
        QVERIFY(!BackupService(source.db(), source.clock(), source.admin()).backupIsDue(7).value());

        // "Another machine": a different database with its own administrator.
        TestDatabase target;
        QVERIFY(target);
        const UserSession admin = target.admin();
        const QString path = target.path();
        Result<BackupService::PreparedRestore> prepared =
            BackupService::prepareRestore(admin, backup, QLatin1String(BackupPassphrase), path);
        QVERIFY2(prepared, qPrintable(prepared.error().message()));
        QCOMPARE(prepared->manifest.value(QStringLiteral("createdBy")).toString(),
                 QStringLiteral("admin"));
        target.close();
        Result<QString> previous = BackupService::completeRestore(*prepared, path, target.clock());
        QVERIFY(previous);
        QVERIFY(QFile::exists(*previous));
        QVERIFY(target.reopen());
        QVERIFY(BackupService::recordRestore(target.db(), target.clock(), QStringLiteral("admin"),
                                             *prepared, *previous));
        Result<QList<CaseListRow>> rows =
            CaseListQuery(target.db())
                .fetch({}, CaseListSort::CaseNumber, Qt::AscendingOrder, 0, 10);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->constFirst().principalName, QStringLiteral("Carmen Rojas"));
    }

    void failedRestoresChangeNothing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong passphrase") << QString() << QStringLiteral("otra frase cualquiera")
                                          << QStringLiteral("passphrase is wrong");
        QTest::newRow("truncated")
            << QStringLiteral("truncate") << QString::fromLatin1(BackupPassphrase)
            << QStringLiteral("damaged");
        QTest::newRow("bit flipped")
            << QStringLiteral("flip") << QString::fromLatin1(BackupPassphrase)
            << QStringLiteral("damaged");
        QTest::newRow("not a backup")
            << QStringLiteral("replace") << QString::fromLatin1(BackupPassphrase)
            << QStringLiteral("not an Amparo backup");
    }

    void failedRestoresChangeNothing()
    {
        SKIP_ON_SERVER("a restore replaces the file (a server is filled: tst_databasecopier)");
        QFETCH(QString, damage);
        QFETCH(QString, passphrase);
        QFETCH(QString, expected);
        TestDatabase t;
        QVERIFY(t);
        const QString backup = backedUp(t);
        QVERIFY(!backup.isEmpty());
        if (damage == QLatin1String("truncate"))
            corrupt(backup, [](QByteArray& b) { b.chop(b.size() / 3); });
        else if (damage == QLatin1String("flip"))
            corrupt(backup,
                    [](QByteArray& b) { b[b.size() - 100] = char(b[b.size() - 100] ^ 0x10); });
        else if (damage == QLatin1String("replace"))
            corrupt(backup, [](QByteArray& b) { b = "nombre,apellido\nAna,Rojas\n"; });
        t.close();
        const QByteArray before = hashOf(t.path());
        Result<BackupService::PreparedRestore> prepared =
            BackupService::prepareRestore(t.admin(), backup, passphrase, t.path());
        QVERIFY(!prepared);
        QVERIFY2(prepared.error().message().contains(expected),
                 qPrintable(prepared.error().message()));
        QCOMPARE(hashOf(t.path()), before);
        QCOMPARE(QDir(t.folder()).entryList({QStringLiteral("*.restore-*")}, QDir::Files),
                 QStringList());
    }

    void aServerDatabaseIsNeverReplaced()
    {
        TestDatabase t;
        QVERIFY(t);
        const QString backup = backedUp(t);
        Result<BackupService::PreparedRestore> prepared =
            BackupService::prepareRestore(t.admin(), backup, QLatin1String(BackupPassphrase),
                                          QStringLiteral("postgresql://office/amparo"));
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code(), Error::Code::Refused);
        QCOMPARE(prepared.error().message(), BackupService::serverRestoreAdvice());
    }

    void onlyAdministratorsRestore()
    {
        TestDatabase t;
        QVERIFY(t);
        const QString backup = backedUp(t);
        Result<BackupService::PreparedRestore> prepared = BackupService::prepareRestore(
            t.legal(), backup, QLatin1String(BackupPassphrase), t.path());
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code(), Error::Code::NotPermitted);
    }

    void weakBackupPassphraseIsRefused()
    {
        TestDatabase t;
        QVERIFY(t);
        const Status s =
            BackupService(t.db(), t.clock(), t.admin())
                .createBackup(t.folder() + QStringLiteral("/b"), QStringLiteral("short"));
        QVERIFY(!s);
        QVERIFY(!QFile::exists(t.folder() + QStringLiteral("/b")));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
