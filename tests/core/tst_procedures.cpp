#include "core/reference/HolidayCalendar.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/ProcedureService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestProcedures : public QObject
{
    Q_OBJECT

    static CaseRecord family(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas")),
            QDate(2026, 1, 10));
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2014)),
                       Relationship::Child});
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static Procedure procedureFor(const CaseRecord& r, const QString& type, const QString& country)
    {
        Procedure p;
        p.caseId = r.id;
        p.typeCode = type;
        p.country = country;
        p.fileNumber = QStringLiteral("RSD-2026-0042");
        p.responsible = QStringLiteral("Dra. Lucía Méndez");
        p.openedOn = QDate(2026, 2, 2);
        p.personIds = {r.members[0].person.id, r.members[1].person.id};
        return p;
    }

    static QList<DeadlineRow> deadlinesOf(TestDatabase& t, qint64 caseId)
    {
        return *DeadlineService(t.db(), t.clock(), t.legal()).forCase(caseId, true);
    }

private slots:
    void workingDays_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        // Friday + 1 working day is Monday.
        QTest::newRow("over a weekend") << "PER" << QDate(2026, 3, 13) << 1 << QDate(2026, 3, 16);
        // Colombia: 23 March (San José, moved to Monday) and Holy Thursday/Friday are holidays.
        QTest::newRow("over holidays") << "COL" << QDate(2026, 3, 20) << 10 << QDate(2026, 4, 8);
        QTest::newRow("zero days") << "COL" << QDate(2026, 3, 20) << 0 << QDate(2026, 3, 20);
        QTest::newRow("Brazil carnival") << "BRA" << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 18);
        QTest::newRow("country without holidays")
            << "ARG" << QDate(2026, 1, 1) << 1 << QDate(2026, 1, 2);
    }

    void workingDays()
    {
        QFETCH(QString, country);
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(HolidayCalendar::current().addWorkingDays(country, from, days), expected);
    }

    void shippedTypes()
    {
        const ProcedureCatalogue& c = ProcedureCatalogue::current();
        for (const char* code :
             {"col_rsd", "per_rsd", "ecu_rsd", "bra_refugio", "chl_rsd", "col_etpv", "per_cpp",
              "ecu_virte", "bra_residence", "chl_visa", "mercosur", "other"})
            QVERIFY2(c.type(QLatin1String(code)), code);
        QVERIFY(c.type(QStringLiteral("other"))->customStages);
        QVERIFY(!ProcedureCatalogue::fromJson(
            "{\"format\": 1, \"version\": \"x\", \"procedureTypes\": "
            "[{\"code\": \"a\", \"name\": {\"en\": \"A\"}, \"stages\": [], "
            "\"events\": []}]}"));
        Result<ProcedureCatalogue> badStage = ProcedureCatalogue::fromJson(
            "{\"format\": 1, \"version\": \"x\", \"procedureTypes\": [{\"code\": \"a\", \"name\": "
            "{\"en\": \"A\"}, "
            "\"stages\": [{\"code\": \"s\", \"label\": {\"en\": \"S\"}}], \"events\": [{\"code\": "
            "\"e\", "
            "\"label\": {\"en\": \"E\"}, \"toStage\": \"nowhere\"}]}]}");
        QVERIFY(!badStage);
        QVERIFY(badStage.error().message().contains(QStringLiteral("unknown stage")));
    }

    // Survivors of trafficking (issue 22): Brazil's residence for victims, with its legal source
    // named, and a general accompaniment; neither writes a period no source was found for.
    void traffickingSurvivorsHaveTheirProcedures()
    {
        const ProcedureCatalogue& c = ProcedureCatalogue::current();
        const ProcedureType* brazil = c.type(QStringLiteral("bra_trafficking_residence"));
        QVERIFY(brazil);
        QCOMPARE(brazil->country, QStringLiteral("BRA"));
        QVERIFY(brazil->source.contains(QStringLiteral("Lei nº 13.445/2017")));
        QVERIFY(
            brazil->source.contains(QStringLiteral("Portaria Interministerial MJSP/MTE nº 46")));
        const ProcedureType* general = c.type(QStringLiteral("trafficking_accompaniment"));
        QVERIFY(general);
        QVERIFY(general->stage(QStringLiteral("reflection")));
        for (const ProcedureType* t : {brazil, general}) {
            for (const ProcedureEventType& e : t->events)
                QVERIFY2(e.deadlines.isEmpty(), qPrintable(t->code + u'/' + e.code));
        }
        // Every rule that sets a period says what it rests on.
        for (const ProcedureType& t : c.types()) {
            bool setsPeriods = false;
            for (const ProcedureEventType& e : t.events)
                setsPeriods |= !e.deadlines.isEmpty();
            QVERIFY2(!setsPeriods || !t.source.trimmed().isEmpty(), qPrintable(t.code));
        }
    }

    void openingIsValidated()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ProcedureService service(t.db(), t.clock(), t.legal());
        Procedure p = procedureFor(r, QStringLiteral("col_rsd"), QStringLiteral("PER"));
        QCOMPARE(Fixtures::fieldsOf(service.open(p).error()),
                 QStringList{QStringLiteral("country")});
        p.country = QStringLiteral("COL");
        p.personIds = {};
        QCOMPARE(Fixtures::fieldsOf(service.open(p).error()),
                 QStringList{QStringLiteral("persons")});
        p.personIds = {999};
        QCOMPARE(Fixtures::fieldsOf(service.open(p).error()),
                 QStringList{QStringLiteral("persons")});
        p = procedureFor(r, QStringLiteral("other"), QStringLiteral("COL"));
        QCOMPARE(Fixtures::fieldsOf(service.open(p).error()),
                 QStringList{QStringLiteral("customStages")});
        p.customStages = {QStringLiteral("Demanda"), QStringLiteral("Audiencia"),
                          QStringLiteral("Sentencia")};
        Result<Procedure> other = service.open(p);
        QVERIFY2(other, qPrintable(other.error().message()));
        QCOMPARE(other->currentStage, QStringLiteral("Demanda"));
        QCOMPARE(ProcedureService(t.db(), t.clock(), t.session(Role::Volunteer))
                     .forCase(r.id)
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
    }

    void rejectionCreatesTheAppealDeadline()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ProcedureService service(t.db(), t.clock(), t.legal());
        Result<Procedure> p =
            service.open(procedureFor(r, QStringLiteral("col_rsd"), QStringLiteral("COL")));
        QVERIFY(p);
        QCOMPARE(p->currentStage, QStringLiteral("application"));

        QVERIFY(service.recordEvent(p->id, {QStringLiteral("lodged"), QDate(2026, 2, 2), {}, {}}));
        Result<Procedure> admitted =
            service.recordEvent(p->id, {QStringLiteral("admitted"), QDate(2026, 2, 16), {}, {}});
        QVERIFY(admitted);
        QCOMPARE(admitted->currentStage, QStringLiteral("admissibility"));
        QCOMPARE(admitted->documentLabel, QStringLiteral("Safe-conduct SC-2"));
        QCOMPARE(admitted->documentExpiry, QDate(2026, 5, 16));

        Result<Procedure> rejected =
            service.recordEvent(p->id, {QStringLiteral("decision_rejected"),
                                        QDate(2026, 3, 20),
                                        QStringLiteral("Resolución 123"),
                                        {}});
        QVERIFY2(rejected, qPrintable(rejected.error().message()));
        QCOMPARE(rejected->currentStage, QStringLiteral("decision"));
        QCOMPARE(rejected->outcome, QStringLiteral("rejected"));
        QCOMPARE(rejected->events.size(), 3);
        QCOMPARE(rejected->events.last().note, QStringLiteral("Resolución 123"));

        const QList<DeadlineRow> deadlines = deadlinesOf(t, r.id);
        QCOMPARE(deadlines.size(), 2);
        QCOMPARE(deadlines[0].deadline.what, QStringLiteral("Lodge the appeal"));
        QCOMPARE(deadlines[0].deadline.dueOn,
                 QDate(2026, 4, 8)); // 10 working days, holidays skipped
        QCOMPARE(deadlines[0].deadline.responsible, QStringLiteral("Dra. Lucía Méndez"));
        QCOMPARE(deadlines[1].deadline.what, QStringLiteral("Safe-conduct SC-2 expires"));
        QCOMPARE(deadlines[1].deadline.dueOn, QDate(2026, 5, 16));

        Result<Procedure> appeal = service.recordEvent(
            p->id, {QStringLiteral("appeal_lodged"), QDate(2026, 4, 1), {}, {}});
        QCOMPARE(appeal->currentStage, QStringLiteral("appeal"));
        QCOMPARE(appeal->outcome, QString()); // pending again
    }

    void eventsAreChecked()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ProcedureService service(t.db(), t.clock(), t.legal());
        Result<Procedure> p =
            service.open(procedureFor(r, QStringLiteral("col_rsd"), QStringLiteral("COL")));
        const auto errorField = [&](const ProcedureRules::EventInput& in) {
            Result<Procedure> res = service.recordEvent(p->id, in);
            return res ? QString() : Fixtures::fieldsOf(res.error()).join(QLatin1Char(','));
        };
        QCOMPARE(errorField({QStringLiteral("no_such_event"), QDate(2026, 3, 1), {}, {}}),
                 QStringLiteral("event"));
        QCOMPARE(errorField({QStringLiteral("lodged"), QDate(2026, 1, 5), {}, {}}),
                 QStringLiteral("date")); // before it started
        QCOMPARE(errorField({QStringLiteral("lodged"), t.clock().today().addDays(3), {}, {}}),
                 QStringLiteral("date"));
        // A scheduled interview is ahead: allowed, and the interview is a deadline on its day.
        const QDate interview = t.clock().today().addDays(9);
        QCOMPARE(errorField({QStringLiteral("interview_scheduled"), interview, {}, {}}), QString());
        const QList<DeadlineRow> d = deadlinesOf(t, r.id);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].deadline.dueOn, interview);
        QCOMPARE(service.find(p->id)->events.size(), 1); // the refused events left nothing

        Procedure otherInput = procedureFor(r, QStringLiteral("other"), QStringLiteral("COL"));
        otherInput.customStages = {QStringLiteral("Demanda"), QStringLiteral("Sentencia")};
        Result<Procedure> other = service.open(otherInput);
        Result<Procedure> bad = service.recordEvent(
            other->id,
            {QStringLiteral("stage_reached"), QDate(2026, 3, 1), {}, QStringLiteral("Apelación")});
        QCOMPARE(Fixtures::fieldsOf(bad.error()), QStringList{QStringLiteral("stage")});
        Result<Procedure> good = service.recordEvent(
            other->id,
            {QStringLiteral("stage_reached"), QDate(2026, 3, 1), {}, QStringLiteral("Sentencia")});
        QCOMPARE(good->currentStage, QStringLiteral("Sentencia"));
    }

    void documentsWithRenewal()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ProcedureService service(t.db(), t.clock(), t.legal());
        Result<Procedure> cpp =
            service.open(procedureFor(r, QStringLiteral("per_cpp"), QStringLiteral("PER")));
        Result<Procedure> issued = service.recordEvent(
            cpp->id, {QStringLiteral("card_issued"), QDate(2026, 3, 1), {}, {}});
        QCOMPARE(issued->outcome, QStringLiteral("granted"));
        QCOMPARE(issued->documentExpiry, QDate(2027, 3, 1));
        const QList<DeadlineRow> d = deadlinesOf(t, r.id);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].deadline.dueOn, QDate(2027, 1, 30)); // 30 days before expiry
        QVERIFY(d[0].deadline.what.contains(QStringLiteral("change of migration status")));

        Result<Procedure> ppt =
            service.open(procedureFor(r, QStringLiteral("col_etpv"), QStringLiteral("COL")));
        Result<Procedure> delivered = service.recordEvent(
            ppt->id, {QStringLiteral("ppt_delivered"), QDate(2026, 4, 1), {}, {}});
        QCOMPARE(delivered->documentExpiry,
                 QDate(2031, 5, 30)); // valid until the end of the statute
    }

    void updateKeepsRevisions()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ProcedureService service(t.db(), t.clock(), t.legal());
        Result<Procedure> p =
            service.open(procedureFor(r, QStringLiteral("bra_refugio"), QStringLiteral("BRA")));
        Procedure first = *p, second = *p;
        first.fileNumber = QStringLiteral("08000.000001/2026");
        QVERIFY(service.update(first));
        second.authority = QStringLiteral("Polícia Federal — Pacaraima");
        QCOMPARE(service.update(second).error().code(), Error::Code::Conflict);
        QCOMPARE(service.find(p->id)->fileNumber, QStringLiteral("08000.000001/2026"));
    }
};

QTEST_GUILESS_MAIN(TestProcedures)
#include "tst_procedures.moc"
