#include "core/audit/AuditQuery.h"
#include "core/reports/PersonDataReport.h"
#include "core/services/AuditService.h"
#include "core/services/CaseAnonymizer.h"
#include "core/services/CaseService.h"
#include "core/services/DataRequestService.h"
#include "core/services/ErasureService.h"
#include "core/services/IncidentService.h"
#include "core/services/IncidentValidator.h"
#include "core/services/MonitoringService.h"
#include "core/statistics/AggregateService.h"
#include "core/statistics/StatisticsReport.h"
#include "core/storage/Database.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

// Documenting what happened (issue 26): incidents of a case, read by legal staff and
// administrators only, audited, erased with the person; anonymous monitoring interviews.
class TestIncidents : public QObject
{
    Q_OBJECT

    // A mother (born 1990) and her son (born 2014).
    static CaseRecord family(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"), {},
                                      Sex::Female, PartialDate::yearOnly(1990)));
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2014)),
                       Relationship::Child});
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static IncidentFacts policeAtTheCrossing(const Person& person)
    {
        IncidentFacts f = IncidentValidator::about(person, QDate(2026, 3, 1));
        f.type = QStringLiteral("police_violence");
        f.perpetrator = QStringLiteral("police");
        f.country = QStringLiteral("COL");
        f.admin1 = QStringLiteral("CO-NSA");
        f.place = QStringLiteral("informal_crossing");
        f.reported = IncidentReported::Yes;
        f.institution = QStringLiteral("ombudsperson");
        f.stateResponse = QStringLiteral("investigation");
        return f;
    }

    static Incident incidentOf(const CaseRecord& r, int member)
    {
        Incident i;
        i.caseId = r.id;
        i.personId = r.members[member].person.id;
        i.facts = policeAtTheCrossing(r.members[member].person);
        i.narrative = QStringLiteral("They took his backpack and beat him at the trocha.");
        return i;
    }

    static int audited(TestDatabase& t, const QString& action)
    {
        AuditFilter f;
        f.action = action;
        return *AuditQuery(t.db()).count(f);
    }

    // A round in June 2026 at `siteId` (0: at Cúcuta, made for it).
    static MonitoringRound roundAt(TestDatabase& t, const UserSession& who, qint64 siteId = 0)
    {
        MonitoringRound r;
        r.siteId = siteId > 0 ? siteId : Fixtures::cucutaSite(t).id;
        r.name = QStringLiteral("Cúcuta, June 2026");
        r.startsOn = QDate(2026, 6, 1);
        r.endsOn = QDate(2026, 6, 30);
        Result<MonitoringRound> made = MonitoringService(t.db(), t.clock(), who).createRound(r);
        if (!made)
            qFatal("%s", qPrintable(made.error().message()));
        return *made;
    }

    static MonitoringInterview interviewIn(const MonitoringRound& round)
    {
        MonitoringInterview i;
        i.roundId = round.id;
        i.heldOn = QDate(2026, 6, 12);
        i.consent = true;
        i.ageGroup = AgeGroup::From18To59;
        i.sex = Sex::Female;
        i.diversity = {QStringLiteral("afro_descendant")};
        i.householdSize = 4;
        i.legalStatus = QStringLiteral("irregular");
        i.intention = QStringLiteral("move_on");
        i.returnRisks = {QStringLiteral("violence"), QStringLiteral("no_livelihood")};
        i.needs = {QStringLiteral("food"), QStringLiteral("documentation")};
        IncidentFacts extortion;
        extortion.type = QStringLiteral("extortion");
        extortion.perpetrator = QStringLiteral("criminal_group");
        extortion.month = QDate(2026, 5, 1);
        extortion.country = QStringLiteral("COL");
        extortion.place = QStringLiteral("informal_crossing");
        extortion.ageGroup = AgeGroup::From18To59;
        extortion.sex = Sex::Female;
        extortion.reported = IncidentReported::No;
        extortion.stateResponse = QStringLiteral("nothing");
        IncidentFacts school = extortion;
        school.type = QStringLiteral("education_denied");
        school.perpetrator = QStringLiteral("other_authority");
        school.admin1 = QStringLiteral("CO-NSA");
        school.place = QStringLiteral("place_of_residence");
        school.ageGroup = AgeGroup::From5To11;
        school.sex = Sex::Male;
        i.incidents = {extortion, school};
        return i;
    }

    static QStringList columnsOf(TestDatabase& t, const QString& table)
    {
        Result<QSqlQuery> q = t.db().exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
        QStringList out;
        for (int i = 0; q && i < q->record().count(); ++i)
            out.append(q->record().fieldName(i));
        return out;
    }

private slots:
    void legalStaffRecordWhatHappenedToAPersonOfTheCase()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        IncidentService service(t.db(), t.clock(), t.legal());
        Result<Incident> saved = service.record(incidentOf(r, 1));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        // Told of the son in March 2026: a boy of 12.
        QCOMPARE(saved->facts.ageGroup, AgeGroup::From12To17);
        QCOMPARE(saved->facts.sex, Sex::Male);
        QCOMPARE(saved->recordedBy, t.legal().displayName);
        Result<QList<Incident>> read = service.forCase(r.id);
        QVERIFY(read);
        QCOMPARE(*read, QList<Incident>{*saved});

        // The trail has the codes and that a narrative was written, not the narrative.
        QCOMPARE(audited(t, QStringLiteral("incident.create")), 1);
        AuditFilter f;
        f.action = QStringLiteral("incident.create");
        const AuditEntry entry = AuditQuery(t.db()).fetch(f, 0, 1)->constFirst();
        QCOMPARE(entry.event.recordLabel, r.caseNumber);
        bool typeAudited = false;
        for (const AuditChange& c : entry.event.changes) {
            QVERIFY(!c.newValue.contains(QStringLiteral("backpack")));
            typeAudited |= c.field == QLatin1String("incident_type") &&
                           c.newValue == QLatin1String("police_violence");
        }
        QVERIFY(typeAudited);
        QVERIFY(!entry.event.summary.contains(QStringLiteral("backpack")));
        QCOMPARE(AuditService::actionLabel(entry.event.action),
                 QStringLiteral("Recorded what happened to a person"));
    }

    void aBadIncidentIsRefusedWhole()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        Incident i = incidentOf(r, 0);
        i.facts.type.clear();
        i.facts.perpetrator = QStringLiteral("aliens");
        i.facts.month = QDate(2026, 7, 1);
        i.facts.admin1 = QStringLiteral("EC-P");
        i.facts.place.clear();
        i.facts.institution.clear();
        i.facts.stateResponse = QStringLiteral("applause");
        i.personId = 999999;
        i.narrative = QString(IncidentService::MaxNarrativeLength + 1, QLatin1Char('x'));
        Result<Incident> refused = IncidentService(t.db(), t.clock(), t.legal()).record(i);
        QVERIFY(!refused);
        QCOMPARE(Fixtures::fieldsOf(refused.error()),
                 (QStringList{"type", "perpetrator", "month", "admin1", "place", "institution",
                              "stateResponse", "person", "narrative"}));
        QCOMPARE(t.rowCount(QStringLiteral("incidents")), 0);
        QCOMPARE(audited(t, QStringLiteral("incident.create")), 0);

        // Not reported: no institution is asked for, and one given is not kept.
        i = incidentOf(r, 0);
        i.facts.reported = IncidentReported::NotSaid;
        Result<Incident> saved = IncidentService(t.db(), t.clock(), t.legal()).record(i);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QVERIFY(saved->facts.institution.isEmpty());
    }

    void changesAndRemovalsAreAudited()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        IncidentService service(t.db(), t.clock(), t.legal());
        Incident i = *service.record(incidentOf(r, 1));
        i.facts.stateResponse = QStringLiteral("sanction");
        i.narrative += QStringLiteral(" The officer was suspended.");
        Result<Incident> changed = service.change(i);
        QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message()));
        QCOMPARE(service.forCase(r.id)->constFirst().facts.stateResponse,
                 QStringLiteral("sanction"));
        AuditFilter f;
        f.action = QStringLiteral("incident.change");
        const QList<AuditChange> changes =
            AuditQuery(t.db()).fetch(f, 0, 1)->constFirst().event.changes;
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].field, QStringLiteral("state_response"));
        QCOMPARE(changes[0].oldValue, QStringLiteral("investigation"));
        QCOMPARE(changes[1].field, QStringLiteral("narrative"));
        // Nothing changed: nothing audited.
        QVERIFY(service.change(*changed));
        QCOMPARE(audited(t, QStringLiteral("incident.change")), 1);

        QVERIFY(service.remove(i.id));
        QVERIFY(service.forCase(r.id)->isEmpty());
        QCOMPARE(audited(t, QStringLiteral("incident.remove")), 1);
        QCOMPARE(service.remove(i.id).error().code(), Error::Code::NotFound);
    }

    // Volunteers and coordinators never see an incident of a case, narrative or not.
    void onlyLegalStaffAndAdministratorsSeeThem()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        const Incident saved =
            *IncidentService(t.db(), t.clock(), t.legal()).record(incidentOf(r, 1));
        QCOMPARE(IncidentService(t.db(), t.clock(), t.admin()).forCase(r.id)->size(), 1);
        for (Role role : {Role::Volunteer, Role::Coordinator}) {
            IncidentService service(t.db(), t.clock(), t.session(role));
            QCOMPARE(service.forCase(r.id).error().code(), Error::Code::NotPermitted);
            QCOMPARE(service.record(incidentOf(r, 0)).error().code(), Error::Code::NotPermitted);
            QCOMPARE(service.change(saved).error().code(), Error::Code::NotPermitted);
            QCOMPARE(service.remove(saved.id).error().code(), Error::Code::NotPermitted);
        }
        QCOMPARE(t.rowCount(QStringLiteral("incidents")), 1);
    }

    // On the office's server the accounts themselves enforce it: a volunteer's cannot read
    // any incident of a case, a coordinator's reads the codes to count and not the narrative.
    void onTheServerTheNarrativeIsCaseWorkOnly()
    {
        if (!TestDatabase::onServer())
            QSKIP("about the server's accounts");
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        const UserSession legal = t.legal();
        Result<std::unique_ptr<Database>> asLegal = t.openAs(Role::LegalStaff);
        QVERIFY2(asLegal, asLegal ? "" : qPrintable(asLegal.error().message()));
        QVERIFY(IncidentService(*asLegal.value(), t.clock(), legal).record(incidentOf(r, 1)));
        const UserSession volunteer = t.session(Role::Volunteer);
        Result<std::unique_ptr<Database>> asVolunteer = t.openAs(Role::Volunteer);
        QVERIFY(asVolunteer);
        QVERIFY(!asVolunteer.value()->exec(QStringLiteral("SELECT incident_type FROM incidents")));
        const UserSession coordinator = t.session(Role::Coordinator);
        Result<std::unique_ptr<Database>> asCoordinator = t.openAs(Role::Coordinator);
        QVERIFY(asCoordinator);
        QVERIFY(asCoordinator.value()->exec(
            QStringLiteral("SELECT incident_type, perpetrator, country FROM incidents")));
        QVERIFY(!asCoordinator.value()->exec(QStringLiteral("SELECT narrative FROM incidents")));
        // A volunteer's account runs a monitoring round.
        QVERIFY(MonitoringService(*asVolunteer.value(), t.clock(), volunteer)
                    .recordInterview(interviewIn(roundAt(t, volunteer, r.siteId))));
        // The coordinator's account makes the advocacy report from both.
        Result<StatisticsReport> report = StatisticsReport::build(
            AggregateService(*asCoordinator.value(), t.clock(), coordinator), {}, {}, {},
            StatisticsReport::Kind::Advocacy);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
    }

    // A person who asks to see their data finds what they told happened to them, in their
    // words; their mother's incident is not in the son's copy.
    void thePersonsCopyOfTheirDataHoldsIt()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        IncidentService service(t.db(), t.clock(), t.legal());
        QVERIFY(service.record(incidentOf(r, 1)));
        Incident mothers = incidentOf(r, 0);
        mothers.narrative = QStringLiteral("Her own story.");
        QVERIFY(service.record(mothers));
        Result<PersonDataReport> copy =
            DataRequestService(t.db(), t.clock(), t.admin()).report(r.members[1].person.id);
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message()));
        const QString html = copy->html();
        QVERIFY(html.contains(QStringLiteral("What the person told happened to them")));
        QVERIFY(html.contains(QStringLiteral("Police violence")));
        QVERIFY(html.contains(QStringLiteral("backpack")));
        QVERIFY(!html.contains(QStringLiteral("Her own story")));
    }

    // Erasing a person removes what they told happened to them; the family's stays.
    void erasingThePersonRemovesTheirIncidents()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        IncidentService service(t.db(), t.clock(), t.legal());
        QVERIFY(service.record(incidentOf(r, 1)));
        Incident toTheFamily = incidentOf(r, 0);
        toTheFamily.personId = 0;
        toTheFamily.facts.type = QStringLiteral("extortion");
        QVERIFY(service.record(toTheFamily));
        ErasureService::Request request;
        request.personId = r.members[1].person.id;
        request.ground = ErasureGround::ConsentWithdrawn;
        request.receivedOn = QDate(2026, 6, 14);
        request.identityCheck = QStringLiteral("cédula shown");
        Result<ErasureService::Outcome> erased =
            ErasureService(t.db(), t.clock(), t.admin()).erase(request);
        QVERIFY2(erased, erased ? "" : qPrintable(erased.error().message()));
        const QList<Incident> left = *service.forCase(r.id);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left[0].facts.type, QStringLiteral("extortion"));
        QCOMPARE(t.brokenReferences(), 0);
    }

    // Anonymizing a closed case keeps what is counted and clears the narratives.
    void anonymizingKeepsTheCodesAndClearsTheNarrative()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        const Incident saved =
            *IncidentService(t.db(), t.clock(), t.legal()).record(incidentOf(r, 1));
        QVERIFY(CaseAnonymizer(t.db(), t.clock()).anonymize(r.id));
        const Incident after =
            IncidentService(t.db(), t.clock(), t.admin()).forCase(r.id)->constFirst();
        QCOMPARE(after.facts, saved.facts);
        QVERIFY(after.narrative.isEmpty());
        QVERIFY(after.recordedBy.isEmpty());
    }

    void aRoundOfAnonymousInterviews()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession volunteer = t.session(Role::Volunteer);
        const MonitoringRound round = roundAt(t, volunteer);
        MonitoringService service(t.db(), t.clock(), volunteer);
        Result<MonitoringInterview> saved = service.recordInterview(interviewIn(round));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
        QCOMPARE(*service.interviews(round.id), QList<MonitoringInterview>{*saved});
        QCOMPARE(service.rounds()->constFirst().interviews, 1);
        QCOMPARE(service.rounds()->constFirst().siteCode, QStringLiteral("CUC"));
        QCOMPARE(audited(t, QStringLiteral("monitoring.interview")), 1);
        QCOMPARE(audited(t, QStringLiteral("monitoring.round")), 1);

        // No place for a name, a contact or a document: every column is one of these.
        QCOMPARE(columnsOf(t, QStringLiteral("monitoring_interviews")),
                 (QStringList{"id", "uid", "origin", "round_id", "held_on", "consent", "age_group",
                              "sex", "diversity", "household_size", "legal_status", "intention",
                              "return_risks", "needs", "recorded_by", "created_at", "updated_at"}));
        QCOMPARE(columnsOf(t, QStringLiteral("interview_incidents")),
                 (QStringList{"interview_id", "position", "incident_type", "perpetrator",
                              "occurred_month", "country", "admin1", "place", "age_group", "sex",
                              "diversity", "reported", "institution", "state_response"}));
    }

    void aBadInterviewIsRefusedWhole()
    {
        TestDatabase t;
        QVERIFY(t);
        const MonitoringRound round = roundAt(t, t.legal());
        MonitoringInterview i = interviewIn(round);
        i.consent = false;
        i.heldOn = QDate(2026, 5, 31);
        i.ageGroup = AgeGroup::From12To17;
        i.diversity.append(QStringLiteral("royalty"));
        i.householdSize = 0;
        i.legalStatus.clear();
        i.intention = QStringLiteral("fly");
        i.returnRisks.append(QStringLiteral("dragons"));
        i.needs.append(QStringLiteral("yacht"));
        i.incidents[1].type = QStringLiteral("rudeness");
        MonitoringService service(t.db(), t.clock(), t.legal());
        Result<MonitoringInterview> refused = service.recordInterview(i);
        QVERIFY(!refused);
        QCOMPARE(Fixtures::fieldsOf(refused.error()),
                 (QStringList{"consent", "heldOn", "ageGroup", "diversity", "householdSize",
                              "legalStatus", "intention", "returnRisks", "needs", "incidents"}));
        const QString message = refused.error().fieldErrors().constLast().message;
        QVERIFY2(message.startsWith(QStringLiteral("Incident 2:")), qPrintable(message));
        QCOMPARE(t.rowCount(QStringLiteral("monitoring_interviews")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("interview_incidents")), 0);
        QCOMPARE(audited(t, QStringLiteral("monitoring.interview")), 0);
    }

    void roundsNeedANameAndDatesAndCoordinatorsRunNone()
    {
        TestDatabase t;
        QVERIFY(t);
        MonitoringRound r;
        r.siteId = Fixtures::cucutaSite(t).id;
        r.startsOn = QDate(2026, 6, 10);
        r.endsOn = QDate(2026, 6, 1);
        Result<MonitoringRound> refused =
            MonitoringService(t.db(), t.clock(), t.legal()).createRound(r);
        QCOMPARE(Fixtures::fieldsOf(refused.error()), (QStringList{"name", "endsOn"}));
        r.name = QStringLiteral("Rumichaca");
        r.endsOn = QDate(2026, 6, 20);
        MonitoringService coordinator(t.db(), t.clock(), t.session(Role::Coordinator));
        QCOMPARE(coordinator.createRound(r).error().code(), Error::Code::NotPermitted);
        QCOMPARE(coordinator.rounds().error().code(), Error::Code::NotPermitted);
        QCOMPARE(t.rowCount(QStringLiteral("monitoring_rounds")), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
