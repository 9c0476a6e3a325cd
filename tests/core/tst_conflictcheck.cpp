#include "core/audit/AuditQuery.h"
#include "core/services/CaseService.h"
#include "core/services/ConflictCheckService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestConflictCheck : public QObject
{
    Q_OBJECT

private slots:
    void findsPersonsAndOpposingParties()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService cases(t.db(), t.clock(), t.legal());
        Person johandry = Fixtures::person(QStringLiteral("Johandry"), QStringLiteral("Pérez"),
                                           QStringLiteral("Gómez"), Sex::Male);
        johandry.documents = {Fixtures::document(QStringLiteral("V-12.345.678"))};
        const CaseRecord first = *cases.save(Fixtures::caseFor(site.id, johandry));
        const CaseRecord second = *cases.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Torres"))));
        ConflictCheckService service(t.db(), t.clock(), t.legal());
        QVERIFY(service.addOpposingParty(first.id, QStringLiteral("Carlos Mendoza"),
                                         QStringLiteral("E-555"), QStringLiteral("ex-partner")));

        Result<QList<ConflictFinding>> byName =
            service.check({{QStringLiteral("Yohandry Perez"), {}}});
        QVERIFY(byName);
        QCOMPARE(byName->size(), 1);
        QCOMPARE(byName->constFirst().foundName, QStringLiteral("Johandry Pérez Gómez"));
        QCOMPARE(byName->constFirst().caseNumber, first.caseNumber);
        QVERIFY(byName->constFirst().reason.contains(QStringLiteral("family name equal")));

        Result<QList<ConflictFinding>> byDocument =
            service.check({{QStringLiteral("Someone Else"), {QStringLiteral("V12345678")}}});
        QCOMPARE(byDocument->size(), 1);
        QVERIFY(byDocument->constFirst().reason.contains(QStringLiteral("same document")));

        Result<QList<ConflictFinding>> party =
            service.check({{QStringLiteral("Karlos Mendosa"), {}}});
        QCOMPARE(party->size(), 1);
        QCOMPARE(party->constFirst().role, QStringLiteral("opposing party"));

        QVERIFY(service.check({{QStringLiteral("Lucía Fernández"), {}}})->isEmpty());
        // The case being checked does not conflict with itself.
        QVERIFY(service.check({{QStringLiteral("Johandry Pérez Gómez"), {}}}, first.id)->isEmpty());
        QCOMPARE(service.check({{QStringLiteral("Johandry Pérez Gómez"), {}}}, second.id)->size(),
                 1);
    }

    void decisionIsRecorded()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord r =
            *CaseService(t.db(), t.clock(), t.legal())
                 .save(Fixtures::caseFor(
                     site.id, Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Torres"))));
        ConflictCheckService service(t.db(), t.clock(), t.legal());
        const QList<ConflictSubject> subjects{{QStringLiteral("Ana Torres"), {}}};
        QCOMPARE(service.record(r.id, subjects, {}, ConflictCheck::Decision::Waived, QString())
                     .error()
                     .code(),
                 Error::Code::Invalid);
        Result<ConflictCheck> recorded =
            service.record(r.id, subjects, {}, ConflictCheck::Decision::NoConflict, QString());
        QVERIFY(recorded);
        QCOMPARE(service.checks(r.id)->size(), 1);
        QCOMPARE(service.checks(r.id)->constFirst().checkedBy, QStringLiteral("Legal staff User"));
        AuditFilter f;
        f.action = QStringLiteral("conflict_check");
        QCOMPARE(*AuditQuery(t.db()).count(f), 1);
        QCOMPARE(ConflictCheckService(t.db(), t.clock(), t.session(Role::Volunteer))
                     .check(subjects)
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
    }
};

QTEST_GUILESS_MAIN(TestConflictCheck)
#include "tst_conflictcheck.moc"
