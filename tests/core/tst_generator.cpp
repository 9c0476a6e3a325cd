#include "core/generator/PopulationGenerator.h"
#include "core/services/TracingService.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

// The synthetic population: exact, consistent, repeatable, and never next to real people.
class TestGenerator : public QObject
{
    Q_OBJECT

    // Everything generated about persons, as one hash: two populations alike or not.
    static QByteArray fingerprint(Database& db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT given_names, family_name1, family_name2, sex, birth_date, "
                              "place FROM persons ORDER BY id"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (q.next()) {
            for (int i = 0; i < 6; ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
        }
        return hash.result();
    }

private slots:
    void writesAConsistentPopulation()
    {
        TestDatabase t;
        QVERIFY(t);
        Result<PopulationGenerator::Report> report =
            PopulationGenerator(t.db(), t.clock()).generate({800, 7});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        QCOMPARE(report->persons, 800);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons")), 800);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM cases")), report->cases);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM tracing_requests")),
                 report->tracingRequests);
        QCOMPARE(report->tracingRequests, 800 / PopulationGenerator::PersonsPerTracingRequest);
        QVERIFY(report->trueMatches > 0);
        // Families of 1 to 9, one principal each, nobody in two cases, no broken reference.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM (SELECT case_id FROM "
                                         "case_members GROUP BY case_id HAVING count(*) "
                                         "NOT BETWEEN 1 AND 9) AS families")),
                 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM (SELECT case_id FROM "
                                         "case_members WHERE relationship = 'principal' "
                                         "GROUP BY case_id HAVING count(*) <> 1) AS principals")),
                 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM "
                                         "case_members GROUP BY person_id "
                                         "HAVING count(*) > 1) AS twice")),
                 0);
        QCOMPARE(t.brokenReferences(), 0);
        // Children are younger than the principal whose children they are.
        QCOMPARE(t.scalar(QStringLiteral(
                     "SELECT count(*) FROM case_members c "
                     "JOIN persons cp ON cp.id = c.person_id "
                     "JOIN case_members m ON m.case_id = c.case_id "
                     "AND m.relationship = 'principal' "
                     "JOIN persons mp ON mp.id = m.person_id "
                     "WHERE c.relationship = 'child' "
                     "AND substr(cp.birth_date, 1, 4) <= substr(mp.birth_date, 1, 4)")),
                 0);
        // Screenings, procedures and deadlines, as counted, about the case's own members.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM screenings")), report->screenings);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM procedures")), report->procedures);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM deadlines")), report->deadlines);
        QVERIFY(report->screenings > 0 && report->procedures > 0 && report->deadlines > 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM screenings s WHERE NOT EXISTS "
                                         "(SELECT 1 FROM case_members m WHERE m.case_id = "
                                         "s.case_id AND m.person_id = s.person_id)")),
                 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM procedure_persons pp JOIN "
                                         "procedures p ON p.id = pp.procedure_id WHERE NOT "
                                         "EXISTS (SELECT 1 FROM case_members m WHERE "
                                         "m.case_id = p.case_id AND m.person_id = "
                                         "pp.person_id)")),
                 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM deadlines d JOIN procedures p "
                                         "ON p.id = d.procedure_id WHERE d.case_id <> "
                                         "p.case_id")),
                 0);
        // A case screened has its risk summary; deadlines both met and still open, some due
        // ahead; procedures at several stages, some decided.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(DISTINCT case_id) FROM screenings")),
                 t.scalar(QStringLiteral("SELECT count(*) FROM case_risk")));
        QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM deadlines WHERE done = 1")) > 0);
        QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM deadlines WHERE done = 0")) > 0);
        QVERIFY(t.scalar(QStringLiteral("SELECT count(DISTINCT current_stage) FROM "
                                        "procedures")) > 2);
        QVERIFY(t.scalar(QStringLiteral("SELECT count(*) FROM procedures WHERE outcome <> "
                                        "''")) > 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM procedure_events e JOIN "
                                         "procedures p ON p.id = e.procedure_id WHERE "
                                         "e.occurred_on < p.opened_on")),
                 0);
        // Case plans of open cases, each step towards its own case's goal; steps done, some
        // late, some ahead, some cancelled with why.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM case_goals")), report->plans);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM case_plan_steps")),
                 report->planSteps);
        QVERIFY(report->plans > 0 && report->planSteps >= report->plans);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM case_plan_steps s JOIN case_goals "
                                         "g ON g.id = s.goal_id WHERE g.case_id <> s.case_id")),
                 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM case_goals g JOIN cases c ON "
                                         "c.id = g.case_id WHERE c.status <> 'open'")),
                 0);
        const QString today = t.clock().today().toString(Qt::ISODate);
        for (const QString& condition :
             {QStringLiteral("status = 'done' AND done_on <= '%1'"),
              QStringLiteral("status = 'planned' AND due_on < '%1'"),
              QStringLiteral("status = 'planned' AND due_on >= '%1'"),
              QStringLiteral("status = 'cancelled' AND outcome <> ''")})
            QVERIFY2(t.scalar(QStringLiteral("SELECT count(*) FROM case_plan_steps WHERE ") +
                              condition.arg(today)) > 0,
                     qPrintable(condition));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM case_plan_steps WHERE kind = "
                                         "'follow_up' AND method = ''")),
                 0);
        // The requests that truly match someone are found by matching.
        Result<int> pending = TracingService(t.db(), t.clock(), t.admin()).rematchAll({});
        QVERIFY(pending);
        QVERIFY2(*pending >= report->trueMatches / 2,
                 qPrintable(QStringLiteral("%1 pending for %2 true matches")
                                .arg(*pending)
                                .arg(report->trueMatches)));
    }

    void theSameSeedGivesTheSamePopulation()
    {
        TestDatabase a, b, c;
        QVERIFY(a && b && c);
        QVERIFY(PopulationGenerator(a.db(), a.clock()).generate({300, 11}));
        QVERIFY(PopulationGenerator(b.db(), b.clock()).generate({300, 11}));
        QVERIFY(PopulationGenerator(c.db(), c.clock()).generate({300, 12}));
        QCOMPARE(fingerprint(a.db()), fingerprint(b.db()));
        QVERIFY(fingerprint(a.db()) != fingerprint(c.db()));
    }

    void neverNextToRealPeople()
    {
        TestDatabase t;
        QVERIFY(t);
        QVERIFY(PopulationGenerator(t.db(), t.clock()).generate({50, 1}));
        Result<PopulationGenerator::Report> again =
            PopulationGenerator(t.db(), t.clock()).generate({50, 2});
        QVERIFY(!again);
        QCOMPARE(again.error().code(), Error::Code::Refused);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons")), 50);
        QVERIFY(!PopulationGenerator(t.db(), t.clock()).generate({0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
