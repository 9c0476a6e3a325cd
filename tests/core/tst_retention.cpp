#include "core/audit/AuditQuery.h"
#include "core/audit/AuditVerifier.h"
#include "core/generator/PopulationGenerator.h"
#include "core/services/CaseService.h"
#include "core/services/RetentionService.h"
#include "core/statistics/AggregateQuery.h"
#include "core/storage/Database.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

// Retention (issue 23): the organisation sets how long a closed case is kept (nothing until it
// does); the cases past it are listed, and each is erased, anonymized — every count the
// statistics make stays the same — or renewed until a date with a reason.
class TestRetention : public QObject
{
    Q_OBJECT

    // Every measure by each of its dimensions, as the statistics count them before any
    // protection (the raw counts: what anonymization must leave exactly as it was).
    static QStringList allCounts(TestDatabase& t)
    {
        QStringList out;
        for (Measure m : measureCodes().values()) {
            for (Dimension d : AggregateQuery::dimensionsOf(m)) {
                AggregateDefinition definition;
                definition.measure = m;
                definition.dimensions = {d};
                Result<AggregateQuery> query =
                    AggregateQuery::build(definition, t.clock().today(), t.db().dialect());
                if (!query)
                    qFatal("%s", qPrintable(query.error().message()));
                Result<QSqlQuery> rows = t.db().exec(query->sql, query->params);
                if (!rows)
                    qFatal("%s", qPrintable(rows.error().message()));
                while (rows.value().next())
                    out.append(QStringLiteral("%1/%2/%3=%4")
                                   .arg(measureCodes().code(m), dimensionCodes().code(d),
                                        rows.value().value(0).toString())
                                   .arg(rows.value().value(1).toInt()));
            }
        }
        out.sort();
        return out;
    }

    static void generate(TestDatabase& t)
    {
        Fixtures::cucutaSite(t);
        Result<PopulationGenerator::Report> made =
            PopulationGenerator(t.db(), t.clock()).generate({400, 23});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
    }

private slots:
    // No period of Amparo's own: nothing is due until the organisation sets one.
    void nothingIsDueUntilTheOrganisationDecides()
    {
        TestDatabase t;
        QVERIFY(t);
        generate(t);
        RetentionService service(t.db(), t.clock(), t.admin());
        QVERIFY(!service.months().value());
        t.clock().advanceDays(4000);
        QCOMPARE(service.due()->total, 0);
        QCOMPARE(Fixtures::fieldsOf(service.setMonths(0).error()), QStringList{"months"});
        QVERIFY(service.setMonths(24));
        QCOMPARE(*service.months().value(), 24);
        QVERIFY(service.due()->total > 0);
        AuditFilter f;
        f.action = QStringLiteral("retention.rule");
        QCOMPARE(*AuditQuery(t.db()).count(f), 1);
        for (Role role : {Role::LegalStaff, Role::Volunteer, Role::Coordinator}) {
            RetentionService theirs(t.db(), t.clock(), t.session(role));
            QCOMPARE(theirs.setMonths(12).error().code(), Error::Code::NotPermitted);
            QCOMPARE(theirs.due().error().code(), Error::Code::NotPermitted);
        }
    }

    // Closed cases past the period are listed, oldest first; a case renewed with a reason
    // leaves the list until that day; an open case never shows.
    void thePastDueListAndRenewals()
    {
        TestDatabase t;
        QVERIFY(t);
        generate(t);
        const int closed = t.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE status = "
                                                   "'closed'"));
        QVERIFY(closed > 2);
        RetentionService service(t.db(), t.clock(), t.admin());
        QVERIFY(service.setMonths(6));
        QCOMPARE(service.due()->total, 0);
        t.clock().advanceDays(190);
        RetentionService::DueList due = *service.due();
        QCOMPARE(due.total, closed);
        QCOMPARE(due.cases[0].closedOn, QDate(2026, 6, 15));
        QCOMPARE(due.cases[0].dueOn, QDate(2026, 12, 15));
        const qint64 kept = due.cases[0].caseId;
        QCOMPARE(Fixtures::fieldsOf(service.renew(kept, t.clock().today(), QString()).error()),
                 (QStringList{"until", "reason"}));
        QVERIFY(service.renew(kept, t.clock().today().addDays(30),
                              QStringLiteral("The appeal is still pending.")));
        QCOMPARE(service.due()->total, closed - 1);
        QCOMPARE(
            service.renew(kept, t.clock().today().addDays(60), QStringLiteral("x")).error().code(),
            Error::Code::Conflict);
        t.clock().advanceDays(30);
        QCOMPARE(service.due()->total, closed);
        // Reopened, it is no longer due.
        CaseService cases(t.db(), t.clock(), t.legal());
        CaseRecord reopened = *cases.load(kept);
        reopened.status = CaseStatus::Open;
        reopened.closureReason.clear();
        reopened.outcome.reset();
        reopened.voluntaryReturn = {};
        QVERIFY2(cases.save(reopened), "reopened");
        QCOMPARE(service.due()->total, closed - 1);
    }

    // Anonymized: every count the statistics make is the same; names, documents and notes
    // are gone from the records and the audit trail, which still verifies.
    void anonymizingKeepsEveryCount()
    {
        TestDatabase t;
        QVERIFY(t);
        generate(t);
        RetentionService service(t.db(), t.clock(), t.admin());
        QVERIFY(service.setMonths(1));
        t.clock().advanceDays(40);
        const RetentionService::DueList due = *service.due();
        QVERIFY(due.total > 2);
        // One of them changed through the case form: its audit entries name the family.
        CaseService cases(t.db(), t.clock(), t.legal());
        CaseRecord changed = *cases.load(due.cases[0].caseId);
        changed.caseworker = QStringLiteral("Ana Ruiz");
        QVERIFY(cases.save(changed));
        const QString name = changed.members[0].person.fullName();
        const QStringList before = allCounts(t);
        QVERIFY(before.size() > 50);
        QList<qint64> anonymized;
        for (const RetentionService::DueCase& d : due.cases) {
            const Status s = service.anonymize(d.caseId);
            QVERIFY2(s, s ? "" : qPrintable(s.error().message()));
            anonymized.append(d.caseId);
        }
        QCOMPARE(service.due()->total, 0);
        const QStringList after = allCounts(t);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(after[i], before[i]);
        for (qint64 id : anonymized) {
            QCOMPARE(
                t.scalar(QStringLiteral("SELECT count(*) FROM persons p JOIN case_members m ON "
                                        "m.person_id = p.id WHERE m.case_id = ? AND "
                                        "(p.given_names <> '' OR p.phone <> '')"),
                         {id}),
                0);
            QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM person_documents d JOIN "
                                             "case_members m ON m.person_id = d.person_id WHERE "
                                             "m.case_id = ?"),
                              {id}),
                     0);
            QCOMPARE(
                t.scalar(QStringLiteral("SELECT count(*) FROM case_notes WHERE case_id = ?"), {id}),
                0);
        }
        Result<AuditVerifier::Report> report = AuditVerifier(t.db()).verify();
        QVERIFY(report->intact());
        QVERIFY(report->emptied >= 1);
        for (const AuditEntry& e : AuditQuery(t.db()).all().value())
            QVERIFY2(!e.details.contains(name), qPrintable(e.details));
    }

    // Erased: the case and its members go, each entered in the register.
    void erasingACasePastItsPeriod()
    {
        TestDatabase t;
        QVERIFY(t);
        generate(t);
        RetentionService service(t.db(), t.clock(), t.admin());
        QVERIFY(service.setMonths(1));
        t.clock().advanceDays(40);
        const RetentionService::DueCase first = service.due()->cases.constFirst();
        Result<int> erased = service.erase(first.caseId);
        QVERIFY2(erased, erased ? "" : qPrintable(erased.error().message()));
        QCOMPARE(*erased, first.members);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {first.caseId}), 0);
        QCOMPARE(t.rowCount(QStringLiteral("data_requests")), first.members);
        QCOMPARE(t.brokenReferences(), 0);
        QVERIFY(AuditVerifier(t.db()).verify()->intact());
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
