#include "core/audit/AuditQuery.h"
#include "core/common/Translations.h"
#include "core/reports/PersonDataReport.h"
#include "core/services/CaseService.h"
#include "core/services/DataRequestService.h"
#include "core/services/ReferralService.h"
#include "core/services/ReunificationSearch.h"
#include "core/services/ScreeningService.h"
#include "core/services/TracingService.h"
#include "core/storage/Database.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

// A person's rights to see their data, to have it corrected and to withdraw a consent
// (issue 23; erasure: tst_erasure): each answer recorded in the register and the audit trail,
// administrators only.
class TestDataRights : public QObject
{
    Q_OBJECT

    struct World
    {
        CaseRecord family; // Yoselin (principal), her son Kevin
        qint64 yoselin = 0;
        qint64 kevin = 0;
        qint64 request = 0; // a relative's tracing request that found Yoselin
    };

    static World world(TestDatabase& t)
    {
        World w;
        const Site site = Fixtures::cucutaSite(t);
        Person yoselin = Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Zambrano"),
                                          QStringLiteral("Quintero"), Sex::Female,
                                          PartialDate::exact(QDate(1994, 3, 12)));
        yoselin.documents = {Fixtures::document(QStringLiteral("V-27.111.222"))};
        CaseRecord family = Fixtures::caseFor(site.id, yoselin);
        family.members.append({Fixtures::person(QStringLiteral("Kevin"), QStringLiteral("Zambrano"),
                                                {}, Sex::Male, PartialDate::yearOnly(2015)),
                               Relationship::Child});
        family.consent = Consent{QDate(2026, 6, 1), QStringLiteral("legal"), true, true, true};
        family.notes.append({0, t.clock().now(), QStringLiteral("legal"),
                             QStringLiteral("Arrived through Paraguachón.")});
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(family);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().message()));
        w.family = *saved;
        w.yoselin = w.family.members[0].person.id;
        w.kevin = w.family.members[1].person.id;
        Screening s;
        s.personId = w.yoselin;
        s.screenedOn = t.clock().today();
        s.observations = QStringLiteral("Travels with her son.");
        if (!ScreeningService(t.db(), t.clock(), t.legal()).save(w.family.id, {s}))
            qFatal("screening");
        // Her mother, at another office, looks for her.
        TracingRequest r = Fixtures::tracingRequest(site.id, QStringLiteral("Yoselin"),
                                                    QStringLiteral("Zambrano"), QDate(2026, 6, 2));
        r.sought.familyName2 = QStringLiteral("Quintero");
        r.sought.sex = Sex::Female;
        r.sought.birthDate = PartialDate::yearOnly(1994);
        Result<TracingRequest> added = TracingService(t.db(), t.clock(), t.legal()).add(r);
        if (!added)
            qFatal("%s", qPrintable(added.error().message()));
        w.request = added->id;
        return w;
    }

    static DataRequestService::Received received(qint64 personId)
    {
        return {personId, QDate(2026, 6, 14), QStringLiteral("cédula V-27.111.222 shown")};
    }

    static int pendingProposals(TestDatabase& t, qint64 personId)
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM match_proposals WHERE person_id = ? "
                                       "AND status = 'pending'"),
                        {personId});
    }

private slots:
    // Everything about her, nothing of her son but his relationship; the copy is recorded.
    void accessGathersEverythingAboutThePersonOnly()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        DataRequestService service(t.db(), t.clock(), t.admin());
        Result<PersonDataSheet> sheet = service.sheet(w.yoselin);
        QVERIFY2(sheet, qPrintable(sheet.error().message()));
        QCOMPARE(sheet->person.givenNames, QStringLiteral("Yoselin"));
        QCOMPARE(sheet->cases.size(), 1);
        QCOMPARE(sheet->cases[0].relationship, Relationship::Principal);
        QCOMPARE(sheet->screenings.size(), 1);
        QCOMPARE(sheet->tracingRequests.size(), 0); // a match proposed is not a request found

        const QString html =
            PersonDataReport(*sheet, QStringLiteral("Amparo Cúcuta"), t.clock().today()).html();
        for (const QString& expected :
             {QStringLiteral("Yoselin"), QStringLiteral("V-27.111.222"), w.family.caseNumber,
              QStringLiteral("Travels with her son."),
              QStringLiteral("Arrived through Paraguachón."), QStringLiteral("Child")})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        QVERIFY(!html.contains(QStringLiteral("Kevin")));

        // In Spanish for a person who reads Spanish.
        {
            LanguageScope spanish(QStringLiteral("es"));
            const PersonDataReport report(*sheet, QStringLiteral("Amparo"), t.clock().today());
            QCOMPARE(report.title(), QStringLiteral("Lo que Amparo guarda sobre esta persona"));
        }

        Result<qint64> recorded = service.recordAccess(received(w.yoselin), QStringLiteral("es"));
        QVERIFY2(recorded, qPrintable(recorded.error().message()));
        const QList<DataRequest> all = service.latest().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].kind, DataRequestKind::Access);
        QCOMPARE(all[0].decision, DataRequestDecision::Granted);
        QCOMPARE(all[0].caseNumber, w.family.caseNumber);
        QCOMPARE(all[0].identityCheck, QStringLiteral("cédula V-27.111.222 shown"));
        AuditFilter f;
        f.action = QStringLiteral("person.access");
        QCOMPARE(*AuditQuery(t.db()).count(f), 1);
        // Her next copy lists the request.
        QCOMPARE(service.sheet(w.yoselin)->requests.size(), 1);
    }

    // A request without the date or the identity check is refused whole, nothing entered.
    void aRequestNeedsItsDateAndIdentityCheck()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        DataRequestService service(t.db(), t.clock(), t.admin());
        Result<qint64> refused = service.recordCorrection(
            {w.yoselin, t.clock().today().addDays(1), QStringLiteral(" ")}, QStringLiteral(" "));
        QCOMPARE(Fixtures::fieldsOf(refused.error()),
                 (QStringList{"receivedOn", "identityCheck", "request"}));
        QCOMPARE(t.rowCount(QStringLiteral("data_requests")), 0);
    }

    // A correction: what she says is wrong, then what was changed, once.
    void aCorrectionIsRecordedThenDecided()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        DataRequestService service(t.db(), t.clock(), t.admin());
        Result<qint64> id = service.recordCorrection(
            received(w.yoselin), QStringLiteral("My second family name is Quintana."));
        QVERIFY2(id, qPrintable(id.error().message()));
        QCOMPARE(service.latest()->constFirst().decision, DataRequestDecision::Open);
        QCOMPARE(Fixtures::fieldsOf(service.decide(*id, DataRequestDecision::Granted, {}).error()),
                 QStringList{"answer"});
        QVERIFY(service.decide(*id, DataRequestDecision::Granted,
                               QStringLiteral("Corrected to Quintana in the case.")));
        const DataRequest r = service.latest()->constFirst();
        QCOMPARE(r.decision, DataRequestDecision::Granted);
        QCOMPARE(r.answer, QStringLiteral("Corrected to Quintana in the case."));
        QCOMPARE(r.decidedBy, t.admin().displayName);
        QCOMPARE(r.request, QStringLiteral("My second family name is Quintana."));
        QCOMPARE(
            service.decide(*id, DataRequestDecision::Refused, QStringLiteral("x")).error().code(),
            Error::Code::Conflict);
    }

    // Tracing consent withdrawn: out of the reunification search and her pending match at
    // once; the case's consent says what is left, and whoever has it open sees it changed.
    void withdrawingConsentTakesHerOutAtOnce()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        ReunificationQuery query;
        query.name = QStringLiteral("Yoselin Zambrano");
        const auto found = [&]() {
            QList<qint64> ids;
            for (const ReunificationHit& h :
                 ReunificationSearch(t.db(), t.clock(), t.session(Role::Volunteer))
                     .search(query)
                     .value())
                ids.append(h.personId);
            return ids;
        };
        QVERIFY(found().contains(w.yoselin));
        QCOMPARE(pendingProposals(t, w.yoselin), 1);

        DataRequestService service(t.db(), t.clock(), t.admin());
        QCOMPARE(service.withdrawConsent(received(w.yoselin), {QStringLiteral("marketing")})
                     .error()
                     .code(),
                 Error::Code::Invalid);
        Result<qint64> id = service.withdrawConsent(
            received(w.yoselin), {QStringLiteral("tracing"), QStringLiteral("referral")});
        QVERIFY2(id, qPrintable(id.error().message()));
        QVERIFY(!found().contains(w.yoselin));
        QCOMPARE(pendingProposals(t, w.yoselin), 0);
        const CaseRecord after =
            CaseService(t.db(), t.clock(), t.legal()).load(w.family.id).value();
        QVERIFY(after.consent->registration);
        QVERIFY(!after.consent->referral);
        QVERIFY(!after.consent->tracingContact);
        QCOMPARE(after.revision, w.family.revision + 1);
        const DataRequest r = service.latest()->constFirst();
        QCOMPARE(r.kind, DataRequestKind::ConsentWithdrawal);
        QCOMPARE(r.request, QStringLiteral("referral, tracing"));
        AuditFilter f;
        f.action = QStringLiteral("person.consent_withdraw");
        QCOMPARE(*AuditQuery(t.db()).count(f), 1);
    }

    // Only administrators answer; nothing is entered for anyone else.
    void onlyAdministratorsAnswer()
    {
        TestDatabase t;
        QVERIFY(t);
        const World w = world(t);
        for (Role role : {Role::LegalStaff, Role::Volunteer, Role::Coordinator}) {
            DataRequestService theirs(t.db(), t.clock(), t.session(role));
            QCOMPARE(theirs.sheet(w.yoselin).error().code(), Error::Code::NotPermitted);
            QCOMPARE(theirs.recordAccess(received(w.yoselin), QStringLiteral("es")).error().code(),
                     Error::Code::NotPermitted);
            QCOMPARE(
                theirs.recordCorrection(received(w.yoselin), QStringLiteral("x")).error().code(),
                Error::Code::NotPermitted);
            QCOMPARE(theirs.withdrawConsent(received(w.yoselin), {QStringLiteral("tracing")})
                         .error()
                         .code(),
                     Error::Code::NotPermitted);
            QCOMPARE(theirs.latest().error().code(), Error::Code::NotPermitted);
        }
        QCOMPARE(t.rowCount(QStringLiteral("data_requests")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDataRights)
#include "tst_datarights.moc"
