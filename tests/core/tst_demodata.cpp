#include "core/services/CaseService.h"
#include "core/services/DemoDataService.h"
#include "core/services/SiteService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

// Demonstration data: invented people at a site of their own, gone in one step, never mixed
// with real records.
class TestDemoData : public QObject
{
    Q_OBJECT

    static Site realSite(TestDatabase& t)
    {
        Result<Site> site = SiteService(t.db(), t.clock(), t.admin())
                                .create(Site{0, QStringLiteral("PAS"), QStringLiteral("Pasto"),
                                             QStringLiteral("COL"), QStringLiteral("CO-NAR")});
        if (!site)
            qFatal("%s", qPrintable(site.error().message()));
        return *site;
    }

private slots:
    void loadsAtItsOwnSiteAndGoesInOneStepLeavingRealRecords()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site home = realSite(t);
        DemoDataService demo(t.db(), t.clock(), t.admin());
        Result<Site> site = demo.load();
        QVERIFY2(site, qPrintable(site ? QString() : site.error().message()));
        QCOMPARE(site->code, QStringLiteral("DEMO"));
        // It looks like home: the country and department of the organisation's first site.
        QCOMPARE(site->country, home.country);
        QCOMPARE(site->admin1, home.admin1);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), DemoDataService::Persons);
        QCOMPARE(
            t.scalar(
                QStringLiteral("SELECT count(*) FROM cases WHERE site_id <> %1").arg(site->id)),
            0);
        QVERIFY(t.rowCount(QStringLiteral("tracing_requests")) > 0);
        // Choosers offer the organisation's own site first ("DEMO" sorts before "PAS").
        Result<QList<Site>> sites = SiteService(t.db(), t.clock(), t.legal()).sites();
        QVERIFY(sites && sites->size() == 2);
        QCOMPARE(sites->first().code, QStringLiteral("PAS"));
        QCOMPARE(sites->last().code, QStringLiteral("DEMO"));
        Result<std::optional<Site>> present = DemoDataService::site(t.db());
        QVERIFY(present && *present && (*present)->id == site->id);

        // Real work goes on beside it.
        const CaseRecord real = Fixtures::caseFor(
            home.id,
            Fixtures::person(QStringLiteral("Yusmary"), QStringLiteral("Salazar"),
                             QStringLiteral("Ortega"), Sex::Female, PartialDate::yearOnly(1990)));
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(real);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));

        Result<DemoDataService::Removed> removed = demo.remove();
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message()));
        QCOMPARE(removed->persons, DemoDataService::Persons);
        QVERIFY(removed->cases > 0);
        QVERIFY(removed->tracingRequests > 0);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 1);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 1);
        QCOMPARE(t.rowCount(QStringLiteral("tracing_requests")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("person_search")), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM sites WHERE code = 'DEMO'")), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM sites")), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE given_names = "
                                         "'Yusmary'")),
                 1);
        present = DemoDataService::site(t.db());
        QVERIFY(present && !*present);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                         "('demo.load', 'demo.remove')")),
                 2);
        Result<QStringList> problems = t.db().integrityProblems();
        QVERIFY(problems && problems->isEmpty());
        QCOMPARE(t.brokenReferences(), 0);

        // Nothing left to remove says so.
        removed = demo.remove();
        QVERIFY(!removed);
        QCOMPARE(removed.error().code(), Error::Code::NotFound);
    }

    void isRefusedBesideRealCasesAndWritesNothing()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site home = realSite(t);
        Result<CaseRecord> saved =
            CaseService(t.db(), t.clock(), t.legal())
                .save(Fixtures::caseFor(
                    home.id, Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Mora"),
                                              QString(), Sex::Male, PartialDate::yearOnly(1980))));
        QVERIFY(saved);
        Result<Site> site = DemoDataService(t.db(), t.clock(), t.admin()).load();
        QVERIFY(!site);
        QCOMPARE(site.error().code(), Error::Code::Refused);
        QVERIFY(site.error().message().contains(QStringLiteral("without cases")));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 1);
        QCOMPARE(t.rowCount(QStringLiteral("sites")), 1);
    }

    void isLoadedOnceOnly()
    {
        TestDatabase t;
        QVERIFY(t);
        DemoDataService demo(t.db(), t.clock(), t.admin());
        QVERIFY(demo.load());
        Result<Site> again = demo.load();
        QVERIFY(!again);
        QCOMPARE(again.error().code(), Error::Code::Conflict);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), DemoDataService::Persons);
    }

    void onlyAdministratorsLoadOrRemoveIt()
    {
        TestDatabase t;
        QVERIFY(t);
        for (const Role role : {Role::LegalStaff, Role::Volunteer, Role::Coordinator}) {
            Result<Site> site = DemoDataService(t.db(), t.clock(), t.session(role)).load();
            QVERIFY(!site);
            QCOMPARE(site.error().code(), Error::Code::NotPermitted);
        }
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
        QVERIFY(DemoDataService(t.db(), t.clock(), t.admin()).load());
        Result<DemoDataService::Removed> removed =
            DemoDataService(t.db(), t.clock(), t.legal()).remove();
        QVERIFY(!removed);
        QCOMPARE(removed.error().code(), Error::Code::NotPermitted);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), DemoDataService::Persons);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
