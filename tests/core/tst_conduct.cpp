#include "core/audit/AuditQuery.h"
#include "core/services/ConductService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestConduct : public QObject
{
    Q_OBJECT

private slots:
    // Administrators write it; each new text is a new version; the same text again is not.
    void administratorsWriteVersions()
    {
        TestDatabase t;
        QVERIFY(t);
        ConductService admin(t.db(), t.clock(), t.admin());
        QVERIFY(!admin.current().value());
        QCOMPARE(Fixtures::fieldsOf(admin.write(QStringLiteral("  ")).error()),
                 QStringList{"body"});
        QCOMPARE(Fixtures::fieldsOf(
                     admin.write(QString(ConductService::MaxLength + 1, QLatin1Char('x'))).error()),
                 QStringList{"body"});
        Result<ConductCode> first = admin.write(QStringLiteral(" We never share a name. "));
        QVERIFY2(first, qPrintable(first.error().message()));
        QCOMPARE(first->version, 1);
        QCOMPARE(first->body, QStringLiteral("We never share a name."));
        QCOMPARE(first->writtenBy, t.admin().displayName);
        QCOMPARE(admin.write(QStringLiteral("We never share a name."))->version, 1);
        QCOMPARE(admin.write(QStringLiteral("We never share a name or a place."))->version, 2);
        QCOMPARE(admin.current().value()->version, 2);
        QCOMPARE(
            ConductService(t.db(), t.clock(), t.legal()).write(QStringLiteral("x")).error().code(),
            Error::Code::NotPermitted);
        AuditFilter f;
        f.action = QStringLiteral("conduct.write");
        QCOMPARE(*AuditQuery(t.db()).count(f), 2);
    }

    // Every user accepts the current version once; a new version is asked again; accepting a
    // version that is no longer the current one is refused.
    void everyUserAcceptsTheCurrentVersion()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession volunteer = t.session(Role::Volunteer);
        ConductService theirs(t.db(), t.clock(), volunteer);
        QVERIFY(!theirs.awaitingAcceptance().value()); // nothing written: nothing to accept
        ConductService admin(t.db(), t.clock(), t.admin());
        const ConductCode first = *admin.write(QStringLiteral("Confidentiality first."));
        QCOMPARE(theirs.awaitingAcceptance().value()->version, first.version);
        QVERIFY(theirs.accept(first.version));
        QVERIFY(!theirs.awaitingAcceptance().value());
        QCOMPARE(*admin.acceptancesOfCurrent(), 1);

        const ConductCode second = *admin.write(QStringLiteral("Confidentiality, always."));
        QCOMPARE(theirs.awaitingAcceptance().value()->version, second.version);
        QCOMPARE(*admin.acceptancesOfCurrent(), 0);
        QCOMPARE(theirs.accept(first.version).error().code(), Error::Code::Conflict);
        QVERIFY(theirs.awaitingAcceptance().value());
        QVERIFY(theirs.accept(second.version));
        QVERIFY(!theirs.awaitingAcceptance().value());
        QCOMPARE(theirs.acceptancesOfCurrent().error().code(), Error::Code::NotPermitted);

        AuditFilter f;
        f.action = QStringLiteral("conduct.accept");
        Result<QList<AuditEntry>> entries = AuditQuery(t.db()).fetch(f, 0, 10);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->constFirst().username, volunteer.username);
    }
};

QTEST_GUILESS_MAIN(TestConduct)
#include "tst_conduct.moc"
