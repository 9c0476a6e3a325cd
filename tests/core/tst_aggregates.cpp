#include "core/services/CaseListService.h"
#include "core/services/CaseService.h"
#include "core/services/PartnerService.h"
#include "core/services/ReferralService.h"
#include "core/services/ScreeningService.h"
#include "core/services/SiteService.h"
#include "core/statistics/AggregateCsvWriter.h"
#include "core/statistics/AggregateQuery.h"
#include "core/statistics/AggregateService.h"
#include "core/statistics/AggregateXlsxWriter.h"
#include "core/statistics/StatisticsExporter.h"
#include "core/statistics/StatisticsReport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Anonymized aggregates over a fixture of 20 known people at Cúcuta (and 3 in Bogotá): the
// exact tables, the suppression, and that nobody can be found in what leaves.
class TestAggregates : public QObject
{
    Q_OBJECT

    TestDatabase m_t;
    QStringList m_identifying; // every value that must never be exported
    Site m_bogota;

    void addCase(const Site& site, Person principal, const QList<Person>& children,
                 QDate registered)
    {
        const int n = int(m_identifying.size());
        principal.documents = {
            Fixtures::document(QStringLiteral("V-2%1").arg(n, 7, 10, QLatin1Char('0')))};
        principal.phone = QStringLiteral("+57 310 555 %1").arg(n, 4, 10, QLatin1Char('0'));
        CaseRecord r = Fixtures::caseFor(site.id, principal, registered);
        for (const Person& child : children)
            r.members.append(CaseMember{child, Relationship::Child});
        const QString note = QStringLiteral("Crossed at the Simón Bolívar bridge, note %1").arg(n);
        r.notes.append(CaseNote{0, m_t.clock().now(), QStringLiteral("Ana"), note});
        Result<CaseRecord> saved = CaseService(m_t.db(), m_t.clock(), m_t.admin()).save(r);
        if (!saved)
            qFatal("fixture: %s", qPrintable(saved.error().message()));
        m_identifying << saved->caseNumber << principal.documents[0].number << principal.phone
                      << note;
        for (const CaseMember& m : saved->members) {
            m_identifying << m.person.givenNames << m.person.familyName1
                          << m.person.birthDate.storageValue();
        }
    }

    AggregateDefinition definition(Measure m, const QList<Dimension>& by)
    {
        AggregateDefinition d;
        d.measure = m;
        d.dimensions = by;
        return d;
    }

    AggregateTable compute(const AggregateDefinition& d, Role role = Role::Coordinator)
    {
        Result<AggregateTable> t =
            AggregateService(m_t.db(), m_t.clock(), m_t.session(role)).compute(d);
        if (!t)
            qFatal("compute: %s", qPrintable(t.error().message()));
        return *t;
    }

    // "F|0-17=—" per cell, totals with an empty code: the table as a reader sees it.
    static QStringList shown(const AggregateTable& t)
    {
        QStringList out;
        for (const AggregateTable::Cell& c : t.cells) {
            QString v = AggregateTable::shown(c);
            out.append(c.key.join(QLatin1Char('|')) + QLatin1Char('=') +
                       (v.isEmpty() ? QStringLiteral("—") : v));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t);
        const Site cucuta = Fixtures::cucutaSite(m_t);
        Result<Site> bogota = SiteService(m_t.db(), m_t.clock(), m_t.admin())
                                  .create(Site{0, QStringLiteral("BOG"), QStringLiteral("Bogotá"),
                                               QStringLiteral("COL"), QStringLiteral("CO-DC")});
        QVERIFY(bogota);
        m_bogota = *bogota;
        const QDate march(2026, 3, 10), april(2026, 4, 20);
        const PartialDate adult =
            *PartialDate::fromStorage(QStringLiteral("exact"), QStringLiteral("1990-04-12"));
        const PartialDate child =
            *PartialDate::fromStorage(QStringLiteral("exact"), QStringLiteral("2015-09-03"));
        const QStringList women{"Yusleidy", "Mariangel", "Dayana", "Oriana",
                                "Nairelys", "Yulimar",   "Keila"};
        const QStringList men{"Johandry", "Wuilmer", "Yorman", "Deivis", "Jhonny", "Franyer"};
        // Two mothers with a daughter, five fathers with a son, the others alone: 20 persons,
        // 7 women, 6 men, 2 girls, 5 boys.
        for (int i = 0; i < 7; ++i) {
            QList<Person> kids;
            if (i < 2)
                kids.append(Fixtures::person(QStringLiteral("Hija%1").arg(i), "Aranguren", {},
                                             Sex::Female, child));
            addCase(cucuta,
                    Fixtures::person(women[i], QStringLiteral("Villasmil%1").arg(i), {},
                                     Sex::Female, adult),
                    kids, i % 2 ? april : march);
        }
        for (int i = 0; i < 6; ++i) {
            QList<Person> kids;
            if (i < 5)
                kids.append(Fixtures::person(QStringLiteral("Hijo%1").arg(i), "Betancourt", {},
                                             Sex::Male, child));
            addCase(
                cucuta,
                Fixtures::person(men[i], QStringLiteral("Urdaneta%1").arg(i), {}, Sex::Male, adult),
                kids, i % 2 ? april : march);
        }
        for (int i = 0; i < 3; ++i)
            addCase(m_bogota,
                    Fixtures::person(QStringLiteral("Rosmery%1").arg(i), "Quintero", {},
                                     Sex::Female, adult),
                    {}, march);
    }

    void sexByAgeWithComplementarySuppression()
    {
        AggregateDefinition d = definition(Measure::Persons, {Dimension::Sex, Dimension::AgeBand});
        d.siteCodes = {QStringLiteral("CUC")};
        const AggregateTable t = compute(d);
        // Two girls: hidden. Then, so that 2 cannot be found from the totals of women (9) and
        // of children (7), the women (7) and the boys (5) are hidden; then the men (6) so that
        // the adults' total (13) does not give the women away.
        QCOMPARE(shown(t), (QStringList{"F|0-17=—", "F|18+=—", "M|0-17=—", "M|18+=—", "F|=9",
                                        "M|=11", "|0-17=7", "|18+=13", "|=20"}));
        QCOMPARE(t.primarySuppressed, 1);
        QCOMPARE(t.complementarySuppressed, 3);
        QCOMPARE(t.threshold, 5);
    }

    void oneDimensionAndTheGrandTotal()
    {
        const AggregateTable t = compute(definition(Measure::Persons, {Dimension::Site}));
        // Bogotá's 3 are hidden; Cúcuta's 20 too, or 23 − 20 would give them away.
        QCOMPARE(shown(t), (QStringList{"BOG=—", "CUC=—", "=23"}));
        const AggregateTable cases = compute(definition(Measure::Cases, {Dimension::Month}));
        QCOMPARE(shown(cases), (QStringList{"2026-03=10", "2026-04=6", "=16"}));
        const AggregateTable all = compute(definition(Measure::Persons, {}));
        QCOMPARE(shown(all), QStringList{"=23"});
    }

    void aTotalBelowTheThresholdIsHiddenToo()
    {
        AggregateDefinition d = definition(Measure::Persons, {Dimension::AgeBand});
        d.siteCodes = {QStringLiteral("BOG")};
        Result<AggregateTable> t =
            AggregateService(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator)).compute(d);
        // Three persons in all: everything would be hidden, so it is refused.
        QVERIFY(!t);
        QVERIFY(t.error().message().contains(QStringLiteral("Too fine")));
    }

    void overFineDefinitionsAreRefusedWithASuggestion()
    {
        const AggregateDefinition d =
            definition(Measure::Persons,
                       {Dimension::Sex, Dimension::AgeGroup, Dimension::Month, Dimension::Site});
        Result<AggregateTable> t =
            AggregateService(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator)).compute(d);
        QVERIFY(!t);
        QCOMPARE(t.error().code(), Error::Code::Invalid);
        QVERIFY2(t.error().message().contains(QStringLiteral("Leave out")),
                 qPrintable(t.error().message()));
        // Specific needs never per site.
        Result<AggregateTable> needs =
            AggregateService(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator))
                .compute(definition(Measure::SpecificNeeds,
                                    {Dimension::SpecificNeedCategory, Dimension::Site}));
        QVERIFY(!needs);
        QVERIFY(needs.error().message().contains(QStringLiteral("never counted per site")));
        // A dimension the measure does not have says which it has.
        Result<AggregateTable> cases =
            AggregateService(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator))
                .compute(definition(Measure::Cases, {Dimension::Sex}));
        QVERIFY(!cases);
        QVERIFY(cases.error().message().contains(QStringLiteral("Site")));
    }

    void everyMeasureByEveryDimensionRuns()
    {
        AggregateService service(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        for (Measure m : measureCodes().values()) {
            for (Dimension d : AggregateQuery::dimensionsOf(m)) {
                Result<AggregateTable> t = service.compute(definition(m, {d}));
                QVERIFY2(t || t.error().code() == Error::Code::Invalid,
                         qPrintable(measureCodes().code(m) + QLatin1Char('/') +
                                    dimensionCodes().code(d) + QStringLiteral(": ") +
                                    (t ? QString() : t.error().message())));
            }
        }
    }

    void nobodyCanBeFoundInAnyExport()
    {
        QTemporaryDir dir;
        const QList<AggregateDefinition> definitions{
            definition(Measure::Persons, {Dimension::Sex, Dimension::AgeBand}),
            definition(Measure::Persons, {Dimension::Nationality, Dimension::Month}),
            definition(Measure::Cases, {Dimension::Site, Dimension::Quarter}),
            definition(Measure::Persons, {Dimension::Country, Dimension::Admin1}),
        };
        for (const AggregateDefinition& d : definitions) {
            const AggregateTable t = compute(d);
            const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
            QVERIFY(AggregateXlsxWriter().writeTable(t, xlsx));
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx});
            QVERIFY(unzip.waitForFinished());
            const QByteArray xml = unzip.readAllStandardOutput();
            QVERIFY(xml.contains("sheetData"));
            const QByteArray csv = AggregateCsvWriter::toBytes(t);
            for (const QString& value : std::as_const(m_identifying)) {
                if (value.isEmpty())
                    continue;
                QVERIFY2(!csv.contains(value.toUtf8()), qPrintable(value));
                QVERIFY2(!xml.contains(value.toUtf8()), qPrintable(value));
            }
        }
    }

    void csvHasAnHxlRow()
    {
        AggregateDefinition d = definition(Measure::Persons, {Dimension::Sex, Dimension::Country});
        const QList<QByteArray> lines = AggregateCsvWriter::toBytes(compute(d)).split('\n');
        QCOMPARE(lines[0].trimmed(),
                 QByteArray("Sex,Country (code),Country,Persons registered,\"Hidden (counts below "
                            "5, and counts that would reveal them)\""));
        QCOMPARE(lines[1].trimmed(),
                 QByteArray("#sex,#country+code,#country+name,#affected+ind,#meta+suppressed"));
        QVERIFY2(lines.contains("Female,COL,Colombia,12,\r"), lines.join('|').constData());
        QVERIFY(lines.contains("Total,Total,Total,23,\r"));
    }

    void xlsxHoldsTheSameNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("persons.xlsx"));
        AggregateDefinition d = definition(Measure::Persons, {Dimension::Sex, Dimension::AgeBand});
        d.siteCodes = {QStringLiteral("CUC")};
        QVERIFY(AggregateXlsxWriter().writeTable(compute(d), path));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(unzip.waitForFinished());
        const QByteArray sheet = unzip.readAllStandardOutput();
        QStringList numbers;
        QRegularExpression value(QStringLiteral("<v>(\\d+)</v>"));
        // Numbers are numeric cells (<c ... ><v>9</v>); strings are indexes into a table, so
        // only keep cells without t="s".
        QRegularExpression cell(
            QStringLiteral("<c r=\"E?D?C\\d+\"(?![^>]*t=\"s\")[^>]*><v>(\\d+)</v>"));
        auto it = cell.globalMatch(QString::fromUtf8(sheet));
        while (it.hasNext())
            numbers.append(it.next().captured(1));
        QCOMPARE(numbers, (QStringList{"9", "11", "7", "13", "20"}));
        QProcess strings;
        strings.start(QStringLiteral("unzip"),
                      {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(strings.waitForFinished());
        const QString shared = QString::fromUtf8(strings.readAllStandardOutput());
        QVERIFY(shared.contains(QStringLiteral("—")));
        QVERIFY(shared.contains(QStringLiteral("Counts from 1 to 4 are hidden")));
    }

    void thresholdOnlyRisesAndOnlyByAnAdministrator()
    {
        AggregateService coordinator(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        AggregateService admin(m_t.db(), m_t.clock(), m_t.admin());
        QCOMPARE(coordinator.setOrganisationThreshold(10).error().code(),
                 Error::Code::NotPermitted);
        QCOMPARE(admin.setOrganisationThreshold(4).error().code(), Error::Code::Invalid);
        QVERIFY(admin.setOrganisationThreshold(10));
        const AggregateTable t = compute(definition(Measure::Cases, {Dimension::Month}));
        QCOMPARE(t.threshold, 10);
        QCOMPARE(shown(t), (QStringList{"2026-03=—", "2026-04=—", "=16"}));
        QVERIFY(admin.setOrganisationThreshold(5));
        // A definition may ask for more, never for less.
        AggregateDefinition low = definition(Measure::Cases, {});
        low.threshold = 3;
        QVERIFY(!low.validate());
        // Volunteers and legal staff do not see statistics.
        QVERIFY(!AggregateService(m_t.db(), m_t.clock(), m_t.session(Role::Volunteer))
                     .compute(definition(Measure::Cases, {})));
    }

    void definitionsAreSavedAndReadBack()
    {
        AggregateDefinition d =
            definition(Measure::Procedures, {Dimension::ProcedureType, Dimension::Quarter});
        d.title = QStringLiteral("Procedimientos por trimestre");
        d.fromMonth = QStringLiteral("2026-01");
        d.toMonth = QStringLiteral("2026-06");
        d.siteCodes = {QStringLiteral("CUC")};
        d.country = QStringLiteral("COL");
        d.threshold = 8;
        Result<AggregateDefinition> back = AggregateDefinition::fromJson(d.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), d.toJson());
        for (const char* bad : {
                 "",
                 "[]",
                 "{\"amparo_export\": 2, \"measure\": \"persons\"}",
                 "{\"amparo_export\": 1, \"measure\": \"names\"}",
                 "{\"amparo_export\": 1, \"measure\": \"persons\", \"by\": [\"given_names\"]}",
                 "{\"amparo_export\": 1, \"measure\": \"persons\", \"sql\": \"DROP\"}",
                 "{\"amparo_export\": 1, \"measure\": \"persons\", \"from\": \"2026-13\"}",
                 "{\"amparo_export\": 1, \"measure\": \"persons\", \"threshold\": 2}",
                 "{\"amparo_export\": 1, \"measure\": \"persons\", \"threshold\": 5.5}",
                 "{\"amparo_export\": 1, \"measure\": \"persons\", \"by\": [\"sex\", \"sex\"]}",
                 "{\"amparo_export\": 1, \"measure\": \"persons\", \"country\": \"Narnia\"}",
             }) {
            Result<AggregateDefinition> r = AggregateDefinition::fromJson(bad);
            QVERIFY2(!r, bad);
            QVERIFY(!r.error().message().isEmpty());
        }
    }

    void everyExportIsInTheAuditTrail()
    {
        const StatisticsExporter exporter(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        AggregateDefinition d = definition(Measure::Cases, {Dimension::Month});
        const int before = exportsRecorded();
        const QString path = m_t.folder() + QStringLiteral("/cases.csv");
        Result<AggregateTable> written = exporter.exportTable(d, AggregateCsvWriter(), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        QCOMPARE(QFile(path).size(), AggregateCsvWriter::toBytes(*written).size());
        QCOMPARE(exportsRecorded(), before + 1);
        QSqlQuery q(m_t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT username, record_id, record_label, details FROM "
                                      "audit_log WHERE action = 'statistics.export'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("coordinator"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("csv"));
        QVERIFY(q.value(2).toString().startsWith(QStringLiteral("Cases (family groups) by month")));
        QVERIFY(q.value(3).toString().contains(QStringLiteral("\\\"measure\\\":\\\"cases\\\"")) ||
                q.value(3).toString().contains(QStringLiteral("cases")));
    }

    // A small site's report: where five age groups or every nationality would be too fine to
    // publish, the report shows children and adults, and the few nationalities together as
    // "Other", and says so, instead of refusing the section.
    void aSmallSiteStillGetsItsReport()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const QDate today = t.clock().today();
        struct Someone
        {
            Sex sex;
            int age;
            const char* nationality;
        };
        QList<Someone> people{{Sex::Female, 3, "VEN"},
                              {Sex::Female, 15, "VEN"},
                              {Sex::Male, 8, "VEN"},
                              {Sex::Female, 70, "COL"}};
        for (int i = 0; i < 6; ++i)
            people.append({Sex::Female, 30 + i, i < 3 ? "VEN" : i == 3 ? "COL" : "ECU"});
        for (int i = 0; i < 5; ++i)
            people.append({Sex::Male, 25 + i, i < 3 ? "VEN" : i == 3 ? "PER" : "HTI"});
        CaseService cases(t.db(), t.clock(), t.legal());
        for (int i = 0; i < people.size(); ++i) {
            Person p = Fixtures::person(QStringLiteral("Persona%1").arg(i),
                                        QStringLiteral("Pequeña"), {}, people[i].sex,
                                        PartialDate::estimatedFromAge(people[i].age, today));
            p.nationalities = {QLatin1String(people[i].nationality)};
            QVERIFY(cases.save(Fixtures::caseFor(site.id, p)));
        }
        const AggregateService service(t.db(), t.clock(), t.session(Role::Coordinator));
        // As asked, both are too fine.
        for (const auto& by : {QList<Dimension>{Dimension::Sex, Dimension::AgeGroup},
                               QList<Dimension>{Dimension::Nationality}}) {
            Result<AggregateTable> fine = service.compute(definition(Measure::Persons, by));
            QVERIFY(!fine);
            QCOMPARE(fine.error().code(), Error::Code::Invalid);
        }
        Result<StatisticsReport> report = StatisticsReport::build(service, {}, {}, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        const auto section = [&](const QString& title) {
            for (const StatisticsReport::Section& s : report->sections) {
                if (s.title == title)
                    return s;
            }
            return StatisticsReport::Section{};
        };
        const StatisticsReport::Section pyramid =
            section(QStringLiteral("Persons registered by sex and age"));
        QVERIFY2(pyramid.table, qPrintable(pyramid.refusal));
        QCOMPARE(pyramid.table->definition.dimensions,
                 (QList<Dimension>{Dimension::Sex, Dimension::AgeBand}));
        QVERIFY(pyramid.coarser.contains(QStringLiteral("children")));
        const StatisticsReport::Section nationality =
            section(QStringLiteral("Persons registered by nationality"));
        QVERIFY2(nationality.table, qPrintable(nationality.refusal));
        QCOMPARE(shown(*nationality.table),
                 (QStringList{QStringLiteral("VEN=9"), QStringLiteral("_other=6"),
                              QStringLiteral("=15")}));
        QCOMPARE(nationality.table->label(0, QStringLiteral("_other")),
                 QStringLiteral("Other (fewer than 5 each)"));
        QVERIFY(nationality.coarser.contains(QStringLiteral("Other")));
        // A section that is fine as asked says nothing of the kind.
        QVERIFY(section(QStringLiteral("Persons registered per month")).coarser.isEmpty());
    }

    // What was not written is not recorded, a table or a report.
    void aFileNotWrittenIsNotRecorded()
    {
        const StatisticsExporter exporter(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        const int before = exportsRecorded();
        const QString nowhere = m_t.folder() + QStringLiteral("/missing/folder/cases.csv");
        Result<AggregateTable> failed = exporter.exportTable(
            definition(Measure::Cases, {Dimension::Month}), AggregateCsvWriter(), nowhere);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), Error::Code::Io);
        QVERIFY(failed.error().message().contains(nowhere));
        const QString csv = m_t.folder() + QStringLiteral("/missing/folder/report.xlsx");
        Result<StatisticsReport> report = exporter.exportReport(
            QStringLiteral("2026-Q1"), {}, QString(), AggregateXlsxWriter(), csv);
        QVERIFY(!report);
        QCOMPARE(report.error().code(), Error::Code::Io);
        QVERIFY(!QFile::exists(csv));
        Result<StatisticsReport> badPeriod = exporter.exportReport(
            QStringLiteral("March"), {}, QString(), AggregateCsvWriter(), csv);
        QVERIFY(!badPeriod);
        QCOMPARE(badPeriod.error().code(), Error::Code::Invalid);
        QCOMPARE(exportsRecorded(), before);
        // Nobody without the permission exports, whatever the writer.
        Result<AggregateTable> volunteer =
            StatisticsExporter(m_t.db(), m_t.clock(), m_t.session(Role::Volunteer))
                .exportTable(definition(Measure::Cases, {Dimension::Month}), AggregateCsvWriter(),
                             m_t.folder() + QStringLiteral("/v.csv"));
        QCOMPARE(volunteer.error().code(), Error::Code::NotPermitted);
        QVERIFY(!QFile::exists(m_t.folder() + QStringLiteral("/v.csv")));
    }

private:
    int exportsRecorded()
    {
        return m_t.scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'statistics.export'"));
    }

    // Issue 22: referrals by service (one asking for two services counts in each), priority,
    // where they stand and time to answer; screenings by overall rating. Last: it adds data.
    void referralsAndOverallRatingsAreCounted()
    {
        Partner clinic;
        clinic.name = QStringLiteral("Clínica Frontera");
        clinic.services = {QStringLiteral("mhpss"), QStringLiteral("shelter")};
        clinic = *PartnerService(m_t.db(), m_t.clock(), m_t.admin()).save(clinic);
        CaseListFilter all;
        Result<QList<CaseListRow>> rows =
            CaseListService(m_t.db(), m_t.legal())
                .fetch(all, CaseListSort::CaseNumber, Qt::AscendingOrder, 0, 100);
        QVERIFY(rows);
        ReferralService referrals(m_t.db(), m_t.clock(), m_t.legal());
        ScreeningService screenings(m_t.db(), m_t.clock(), m_t.legal());
        const QDate made = m_t.clock().today().addDays(-10);
        for (int i = 0; i < 7; ++i) {
            const CaseRecord r =
                *CaseService(m_t.db(), m_t.clock(), m_t.legal()).load(rows->at(i).caseId);
            Referral ref;
            ref.caseId = r.id;
            ref.partnerId = clinic.id;
            ref.personIds = {r.members[0].person.id};
            ref.services = {QStringLiteral("mhpss"), QStringLiteral("shelter")};
            ref.priority = ReferralPriority::Urgent;
            ref.reasons = QStringLiteral("Reasons %1").arg(i);
            ref.madeOn = made;
            ref.consentOverride = QStringLiteral("Fixture");
            Result<Referral> saved = referrals.refer(ref);
            QVERIFY2(saved, qPrintable(saved.error().message()));
            if (i < 6)
                QVERIFY(
                    referrals.changeState(saved->id, ReferralState::Accepted, {}, made.addDays(1)));
            Screening sc;
            sc.personId = r.members[0].person.id;
            sc.screenedOn = m_t.clock().today();
            sc.overallLevel = RiskLevel::High;
            QVERIFY(screenings.save(r.id, {sc}));
        }
        QCOMPARE(shown(compute(definition(Measure::Referrals, {Dimension::ReferralService}))),
                 (QStringList{"mhpss=7", "shelter=7", "=7"}));
        QCOMPARE(shown(compute(definition(
                     Measure::Referrals, {Dimension::ReferralPriority, Dimension::ReferralState}))),
                 (QStringList{"urgent|accepted=6", "urgent|sent=—", "urgent|=7", "|accepted=6",
                              "|sent=—", "=7"}));
        QCOMPARE(shown(compute(definition(Measure::Referrals, {Dimension::AnswerTime}))),
                 (QStringList{"no_answer=—", "within_24h=6", "=7"}));
        QCOMPARE(shown(compute(definition(Measure::Screenings, {Dimension::OverallRiskLevel}))),
                 (QStringList{"3=7", "=7"}));
        // Nothing of the referrals' reasons travels in any export of them.
        const AggregateTable t =
            compute(definition(Measure::Referrals, {Dimension::ReferralService}));
        const QString text = QString::fromUtf8(AggregateCsvWriter::toBytes(t));
        QVERIFY(!text.contains(QStringLiteral("Reasons")));
        QVERIFY(!text.contains(QStringLiteral("Clínica")));
    }
};

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
