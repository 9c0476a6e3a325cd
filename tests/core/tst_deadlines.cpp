#include "core/common/Translations.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/ProcedureService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void buckets_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("bucket");
        const QDate today(2026, 6, 15);
        QTest::newRow("yesterday") << today.addDays(-1) << int(DeadlineService::Bucket::Overdue);
        QTest::newRow("today") << today << int(DeadlineService::Bucket::Today);
        QTest::newRow("tomorrow") << today.addDays(1) << int(DeadlineService::Bucket::ThisWeek);
        QTest::newRow("in seven days")
            << today.addDays(7) << int(DeadlineService::Bucket::ThisWeek);
        QTest::newRow("in eight days") << today.addDays(8) << int(DeadlineService::Bucket::Later);
    }

    void buckets()
    {
        QFETCH(QDate, due);
        QFETCH(int, bucket);
        QCOMPARE(int(DeadlineService::bucketOf(due, QDate(2026, 6, 15))), bucket);
    }

    void manualDeadlinesMineAndEveryones()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord r =
            *CaseService(t.db(), t.clock(), t.legal())
                 .save(Fixtures::caseFor(
                     site.id, Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Paz"))));
        DeadlineService legal(t.db(), t.clock(), t.legal());
        const QDate today = t.clock().today();
        QCOMPARE(
            legal.add(r.id, 0, QStringLiteral("Old thing"), today.addDays(-1), {}).error().code(),
            Error::Code::Invalid);
        QCOMPARE(legal.add(r.id, 0, QString(), today, {}).error().code(), Error::Code::Invalid);
        QVERIFY(legal.add(r.id, 0, QStringLiteral("Call the consulate"), today, {}));
        QVERIFY(legal.add(r.id, 0, QStringLiteral("Bring the birth certificate"), today.addDays(3),
                          QStringLiteral("Pedro Ruiz")));
        const qint64 later = *legal.add(r.id, 0, QStringLiteral("Hearing"), today.addDays(30), {});
        // A month later the first two are overdue.
        t.clock().advanceDays(10);
        QCOMPARE(*legal.counts(false), (std::pair<int, int>{2, 0}));
        QCOMPARE(*legal.counts(true), (std::pair<int, int>{1, 0})); // Pedro's is not mine
        QCOMPARE(legal.open(true)->size(), 2);
        QCOMPARE(legal.open(false)->size(), 3);
        QCOMPARE(legal.open(false)->constFirst().caseNumber, r.caseNumber);
        t.clock().advanceDays(15);
        QCOMPARE(*legal.counts(false), (std::pair<int, int>{2, 1}));
        QVERIFY(legal.setDone(later, true));
        QCOMPARE(*legal.counts(false), (std::pair<int, int>{2, 0}));
        QCOMPARE(legal.forCase(r.id, true)->size(), 3);
        QCOMPARE(legal.forCase(r.id, false)->size(), 2);
        QCOMPARE(DeadlineService(t.db(), t.clock(), t.session(Role::Volunteer))
                     .counts(false)
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
    }

    void procedureDeadlinesAreToldInTheReadersLanguage()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord r =
            *CaseService(t.db(), t.clock(), t.legal())
                 .save(Fixtures::caseFor(
                     site.id, Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Paz"))));
        Procedure p;
        p.caseId = r.id;
        p.typeCode = QStringLiteral("col_etpv");
        p.country = QStringLiteral("COL");
        p.responsible = QStringLiteral("Lucía");
        p.openedOn = QDate(2026, 6, 1);
        p.personIds = {r.members[0].person.id};
        ProcedureService procedures(t.db(), t.clock(), t.legal());
        const Procedure opened = *procedures.open(p);
        QVERIFY(procedures.recordEvent(
            opened.id, {QStringLiteral("rumv_registered"), QDate(2026, 6, 2), {}, {}}));
        QVERIFY(procedures.recordEvent(
            opened.id, {QStringLiteral("biometrics_scheduled"), QDate(2026, 6, 20), {}, {}}));
        QVERIFY(procedures.recordEvent(
            opened.id, {QStringLiteral("ppt_delivered"), QDate(2026, 6, 10), {}, {}}));
        const QList<DeadlineRow> rows =
            *DeadlineService(t.db(), t.clock(), t.legal()).forCase(r.id, true);
        QCOMPARE(rows.size(), 2);
        for (const DeadlineRow& row : rows) {
            const QString english = DeadlineService::describe(row);
            QCOMPARE(english, row.deadline.what);
            const LanguageScope spanish(QStringLiteral("es"));
            QVERIFY2(DeadlineService::describe(row) != english, qPrintable(english));
        }
    }

    void documentExpiriesFollowTheDocuments()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService cases(t.db(), t.clock(), t.legal());
        Person p = Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Paz"));
        IdentityDocument passport = Fixtures::document(
            QStringLiteral("P123"), QStringLiteral("VEN"), DocumentType::Passport);
        passport.expiry = t.clock().today().addMonths(2);
        IdentityDocument expired = Fixtures::document(QStringLiteral("V999"));
        expired.expiry = t.clock().today().addYears(-3);
        p.documents = {passport, expired};
        CaseRecord r = *cases.save(Fixtures::caseFor(site.id, p));
        DeadlineService deadlines(t.db(), t.clock(), t.legal());
        QList<DeadlineRow> rows = *deadlines.forCase(r.id, true);
        QCOMPARE(rows.size(), 1); // the expired one is not a deadline
        QCOMPARE(rows[0].deadline.what, QStringLiteral("Passport of Ana Paz expires"));
        QCOMPARE(rows[0].deadline.dueOn, passport.expiry);
        QCOMPARE(rows[0].personName, QStringLiteral("Ana Paz"));
        {
            // Written in English, read in Spanish: told in the reader's language.
            const LanguageScope spanish(QStringLiteral("es"));
            QCOMPARE(DeadlineService::describe(rows[0]),
                     QStringLiteral("Pasaporte de Ana Paz vence"));
        }
        QCOMPARE(DeadlineService::describe(rows[0]), QStringLiteral("Passport of Ana Paz expires"));

        r.members[0].person.documents[0].expiry = t.clock().today().addMonths(4);
        r = *cases.save(r);
        rows = *deadlines.forCase(r.id, true);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].deadline.dueOn, t.clock().today().addMonths(4));

        r.members[0].person.documents.removeFirst();
        r = *cases.save(r);
        QVERIFY(deadlines.forCase(r.id, true)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
