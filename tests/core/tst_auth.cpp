#include "core/audit/AuditQuery.h"
#include "core/crypto/PasswordHasher.h"
#include "core/security/PassphrasePolicy.h"
#include "core/services/AuthService.h"
#include "core/services/UserService.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestAuth : public QObject
{
    Q_OBJECT

    static QStringList actions(TestDatabase& t)
    {
        QStringList out;
        for (const AuditEntry& e : *AuditQuery(t.db()).all())
            out.append(e.event.action);
        return out;
    }

private slots:
    void firstAdministratorOnlyOnce()
    {
        TestDatabase t;
        QVERIFY(t);
        AuthService auth(t.db(), t.clock());
        QCOMPARE(*auth.hasUsers(), false);
        Result<UserSession> weak = auth.createFirstAdministrator(
            QStringLiteral("ana"), QStringLiteral("Ana"), QStringLiteral("short"));
        QVERIFY(!weak);
        QCOMPARE(weak.error().fieldErrors().constFirst().field, QStringLiteral("passphrase"));
        Result<UserSession> admin =
            auth.createFirstAdministrator(QStringLiteral("ana"), QStringLiteral("Ana Torres"),
                                          QStringLiteral("tres palabras largas"));
        QVERIFY2(admin, qPrintable(admin.error().message()));
        QCOMPARE(admin->role, Role::Administrator);
        QCOMPARE(*auth.hasUsers(), true);
        Result<UserSession> second = auth.createFirstAdministrator(
            QStringLiteral("eve"), QStringLiteral("Eve"), QStringLiteral("tres palabras largas"));
        QVERIFY(!second);
        QCOMPARE(second.error().code(), Error::Code::NotPermitted);
    }

    void passphrasesAreStoredOnlyAsArgon2idHashes()
    {
        TestDatabase t;
        QVERIFY(t);
        t.admin();
        Result<QSqlQuery> q = t.db().exec(QStringLiteral("SELECT passphrase_hash FROM users"));
        QVERIFY(q && q.value().next());
        QVERIFY(q.value().value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        // A server's files are its own; a file's bytes, log included, are checked here.
        if (t.db().isServer())
            return;
        t.close();
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(t.path() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(TestDatabase::Passphrase));
        QVERIFY(t.reopen());
    }

    void hasherRoundTrip()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("contraseña con ñ y acentos"));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("contraseña con ñ y acentos")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("contrasena con n y acentos")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
        QVERIFY(PasswordHasher::hash(QStringLiteral("same")) !=
                PasswordHasher::hash(QStringLiteral("same")));
    }

    void passphrasePolicy_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("strong");
        QTest::newRow("short") << QStringLiteral("abc123") << false;
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaaaa") << false;
        QTest::newRow("common") << QStringLiteral("Contraseña123") << false;
        QTest::newRow("contains user name") << QStringLiteral("mariana2026!!") << false;
        QTest::newRow("words") << QStringLiteral("río verde montaña") << true;
        QTest::newRow("mixed") << QStringLiteral("Kx9!pq2#Lm") << true;
    }

    void passphrasePolicy()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, strong);
        QCOMPARE(PassphrasePolicy::check(passphrase, QStringLiteral("mariana")).isEmpty(), strong);
    }

    void signInAndWrongPassphrase()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession legal = t.legal();
        AuthService auth(t.db(), t.clock());
        Result<UserSession> ok =
            auth.signIn(QStringLiteral("LEGAL"), QLatin1String(TestDatabase::Passphrase));
        QVERIFY2(ok, qPrintable(ok.error().message()));
        QCOMPARE(ok->userId, legal.userId);
        QCOMPARE(ok->role, Role::LegalStaff);

        Result<UserSession> wrong =
            auth.signIn(QStringLiteral("legal"), QStringLiteral("wrong passphrase"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), Error::Code::NotPermitted);
        Result<UserSession> unknown =
            auth.signIn(QStringLiteral("nobody"), QStringLiteral("wrong passphrase"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message(), wrong.error().message()); // no hint which was wrong

        const QStringList logged = actions(t);
        QVERIFY(logged.contains(QStringLiteral("sign_in")));
        QCOMPARE(logged.count(QStringLiteral("sign_in.failed")), 2);
        // A name nobody has is not written down (it may be a passphrase typed in the wrong field).
        Result<QList<AuditEntry>> failed =
            AuditQuery(t.db()).fetch({{}, QStringLiteral("sign_in.failed"), {}, {}, {}}, 0, 10);
        QVERIFY(failed);
        for (const AuditEntry& e : *failed)
            QVERIFY(!e.username.contains(QStringLiteral("nobody")));
    }

    void repeatedFailuresSlowDown()
    {
        TestDatabase t;
        QVERIFY(t);
        t.legal();
        AuthService auth(t.db(), t.clock());
        for (int i = 0; i < AuthService::FreeAttempts; ++i)
            QVERIFY(!auth.signIn(QStringLiteral("legal"), QStringLiteral("wrong passphrase")));
        // Now even the right passphrase must wait.
        Result<UserSession> throttled =
            auth.signIn(QStringLiteral("legal"), QLatin1String(TestDatabase::Passphrase));
        QVERIFY(!throttled);
        QVERIFY(throttled.error().message().contains(QStringLiteral("Wait")));
        t.clock().set(t.clock().now().addSecs(AuthService::waitSeconds(AuthService::FreeAttempts)));
        QVERIFY(auth.signIn(QStringLiteral("legal"), QLatin1String(TestDatabase::Passphrase)));
        // A success starts the count again.
        QVERIFY(!auth.signIn(QStringLiteral("legal"), QStringLiteral("wrong passphrase")));
        QVERIFY(auth.signIn(QStringLiteral("legal"), QLatin1String(TestDatabase::Passphrase)));
    }

    void waitGrowsAndIsCapped()
    {
        QCOMPARE(AuthService::waitSeconds(0), 0);
        QCOMPARE(AuthService::waitSeconds(2), 0);
        QCOMPARE(AuthService::waitSeconds(3), 1);
        QCOMPARE(AuthService::waitSeconds(5), 4);
        QCOMPARE(AuthService::waitSeconds(40), AuthService::MaxWaitSeconds);
    }

    void deactivatedUserCannotSignIn()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession volunteer = t.session(Role::Volunteer);
        UserService users(t.db(), t.clock(), t.admin());
        QVERIFY(users.setActive(volunteer.userId, false));
        Result<UserSession> refused =
            AuthService(t.db(), t.clock())
                .signIn(QStringLiteral("volunteer"), QLatin1String(TestDatabase::Passphrase));
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("deactivated")));
        // On an encrypted database the passphrase left its keys: coming back sets it again.
        QVERIFY(users.reactivationNeedsPassphrase() ? users.reactivate(volunteer.userId, QLatin1String(TestDatabase::Passphrase))
                                                    : users.setActive(volunteer.userId, true));
        QVERIFY(AuthService(t.db(), t.clock())
                    .signIn(QStringLiteral("volunteer"), QLatin1String(TestDatabase::Passphrase)));
    }

    void theLastAdministratorStays()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession admin = t.admin();
        UserService users(t.db(), t.clock(), admin);
        QVERIFY(!users.setActive(admin.userId, false));
        QVERIFY(!users.setRole(admin.userId, Role::LegalStaff));
        const UserSession legal = t.legal();
        QVERIFY(users.setRole(legal.userId, Role::Administrator));
        QVERIFY(users.setActive(admin.userId, false));
    }

    void unlockAndChangePassphrase()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession legal = t.legal();
        AuthService auth(t.db(), t.clock());
        QVERIFY(!auth.unlock(legal, QStringLiteral("wrong passphrase")));
        QVERIFY(auth.unlock(legal, QLatin1String(TestDatabase::Passphrase)));
        QVERIFY(!auth.changeOwnPassphrase(legal, QStringLiteral("wrong passphrase"),
                                          QStringLiteral("nueva clave larga")));
        QVERIFY(auth.changeOwnPassphrase(legal, QLatin1String(TestDatabase::Passphrase),
                                         QStringLiteral("nueva clave larga")));
        QVERIFY(auth.signIn(QStringLiteral("legal"), QStringLiteral("nueva clave larga")));
        QVERIFY(actions(t).contains(QStringLiteral("user.passphrase_change")));
        // Passphrases never reach the audit trail.
        for (const AuditEntry& e : *AuditQuery(t.db()).all())
            QVERIFY(!e.details.contains(QStringLiteral("nueva clave")));
    }

    void adminResetsPassphrase()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession volunteer = t.session(Role::Volunteer);
        QVERIFY(UserService(t.db(), t.clock(), t.admin())
                    .resetPassphrase(volunteer.userId, QStringLiteral("reiniciada por admin")));
        QVERIFY(AuthService(t.db(), t.clock())
                    .signIn(QStringLiteral("volunteer"), QStringLiteral("reiniciada por admin")));
        QVERIFY(!UserService(t.db(), t.clock(), volunteer)
                     .resetPassphrase(volunteer.userId, QStringLiteral("intento propio largo")));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
