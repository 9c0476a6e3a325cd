#include "core/common/Translations.h"
#include "core/import/SourceRow.h"
#include "core/import/XlsxSheetReader.h"
#include "core/import/XlsxWorkbook.h"
#include "core/services/CaseService.h"
#include "core/services/IncidentService.h"
#include "core/services/IncidentValidator.h"
#include "core/services/MonitoringService.h"
#include "core/statistics/AggregateCsvWriter.h"
#include "core/statistics/AggregateService.h"
#include "core/statistics/AggregateXlsxWriter.h"
#include "core/statistics/StatisticsExporter.h"
#include "core/statistics/StatisticsReport.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QHash>
#include <QTest>

// The advocacy report (issue 26): every cell of every table equals what the fixture holds,
// small counts are hidden, and nothing that names anyone leaves.
class TestAdvocacy : public QObject
{
    Q_OBJECT

    // One incident of the fixture, as the test knows it.
    struct Told
    {
        QString type;
        QString country;
        QString perpetrator;
        QString quarter;
        QString response;
        bool inCase;
    };

    TestDatabase m_t;
    QList<Told> m_told;
    QStringList m_identifying;
    QHash<QString, int> m_legalStatus;
    QHash<QString, int> m_needs;
    int m_interviews = 0;

    static QString quarterOf(QDate month)
    {
        return QStringLiteral("%1-Q%2").arg(month.year()).arg((month.month() + 2) / 3);
    }

    IncidentFacts factsOf(int n, QDate month) const
    {
        static const QStringList types{
            QStringLiteral("extortion"), QStringLiteral("police_violence"),
            QStringLiteral("health_denied"), QStringLiteral("asylum_denied"),
            QStringLiteral("xenophobic_aggression")};
        static const QStringList perpetrators{QStringLiteral("police"),
                                              QStringLiteral("criminal_group")};
        static const QStringList responses{
            QStringLiteral("nothing"), QStringLiteral("investigation"), QStringLiteral("unknown")};
        IncidentFacts f;
        // Weighted so that some cells are large and some small.
        f.type = types[n % 9 % types.size()];
        f.perpetrator = perpetrators[n % 3 == 0 ? 0 : 1];
        f.month = month;
        // A few in Peru: small cells, which must be hidden.
        f.country = n % 37 == 5  ? QStringLiteral("PER")
                    : n % 4 == 0 ? QStringLiteral("ECU")
                                 : QStringLiteral("COL");
        f.place = QStringLiteral("informal_crossing");
        f.ageGroup = n % 5 == 0 ? AgeGroup::From12To17 : AgeGroup::From18To59;
        f.sex = n % 2 ? Sex::Female : Sex::Male;
        f.reported = n % 3 == 0 ? IncidentReported::Yes : IncidentReported::No;
        f.institution =
            f.reported == IncidentReported::Yes ? QStringLiteral("ombudsperson") : QString();
        f.stateResponse = responses[n % responses.size()];
        return f;
    }

    void remember(const IncidentFacts& f, bool inCase)
    {
        m_told.append(
            {f.type, f.country, f.perpetrator, quarterOf(f.month), f.stateResponse, inCase});
    }

    AggregateTable compute(Measure m, const QList<Dimension>& by)
    {
        AggregateDefinition d;
        d.measure = m;
        d.dimensions = by;
        Result<AggregateTable> t =
            AggregateService(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator)).compute(d);
        if (!t)
            qFatal("%s", qPrintable(t.error().message()));
        return *t;
    }

    // Every cell shown equals the fixture's count for its key (an empty key part: any); a
    // hidden one is below the threshold or hidden to protect one that is.
    template <typename KeyOf>
    void checkCells(const AggregateTable& table, const KeyOf& keyOf, bool barriersOnly = false)
    {
        QHash<QStringList, int> expected;
        for (const Told& t : std::as_const(m_told)) {
            if (barriersOnly && t.type != QLatin1String("health_denied") &&
                t.type != QLatin1String("asylum_denied"))
                continue;
            const QStringList key = keyOf(t);
            const int n = int(key.size());
            // Every total the key belongs to: each part kept or left empty.
            for (int mask = 0; mask < (1 << n); ++mask) {
                QStringList k(n);
                for (int i = 0; i < n; ++i) {
                    if (mask & (1 << i))
                        k[i] = key[i];
                }
                // Tables of one dimension have no one-way totals besides the cells.
                ++expected[k];
            }
        }
        int hidden = 0;
        for (const AggregateTable::Cell& c : table.cells) {
            const int want = expected.value(c.key);
            if (c.suppressed) {
                ++hidden;
                continue;
            }
            QVERIFY2(c.count == want,
                     qPrintable(c.key.join(u'|') + u' ' + QString::number(c.count) + u'≠' +
                                QString::number(want)));
            QVERIFY(c.count == 0 || c.count >= table.threshold);
        }
        for (const AggregateTable::Cell& c : table.cells) {
            if (!c.suppressed)
                continue;
            // What is hidden is either small or hidden so a small one cannot be worked out.
            QVERIFY(expected.value(c.key) > 0);
        }
        Q_UNUSED(hidden);
    }

    QString everything(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QString xlsxText(const QString& path)
    {
        Result<std::unique_ptr<XlsxWorkbook>> book = XlsxWorkbook::open(path);
        if (!book)
            return book.error().message();
        QString out;
        for (int i = 0; i < book.value()->sheetNames().size(); ++i) {
            Result<std::unique_ptr<XlsxSheetReader>> sheet = book.value()->openSheet(i);
            if (!sheet)
                return sheet.error().message();
            SourceRow row;
            while (true) {
                Result<bool> more = sheet.value()->next(row);
                if (!more || !*more)
                    break;
                out += row.cells.join(u'\t') + u'\n';
            }
        }
        return out;
    }

private slots:
    // 20 families told 400 incidents; one round of 40 interviews told 40 more.
    void initTestCase()
    {
        QVERIFY(m_t);
        const Site site = Fixtures::cucutaSite(m_t);
        IncidentService incidents(m_t.db(), m_t.clock(), m_t.legal());
        int n = 0;
        for (int family = 0; family < 20; ++family) {
            Person p = Fixtures::person(QStringLiteral("Yuliana%1").arg(QChar(u'A' + family)),
                                        QStringLiteral("Pérez%1").arg(QChar(u'A' + family)));
            p.phone = QStringLiteral("+57 300 111 %1").arg(family, 4, 10, QLatin1Char('0'));
            Result<CaseRecord> r =
                CaseService(m_t.db(), m_t.clock(), m_t.legal()).save(Fixtures::caseFor(site.id, p));
            QVERIFY(r);
            m_identifying << r->caseNumber << p.givenNames << p.familyName1 << p.phone;
            for (int k = 0; k < 20; ++k, ++n) {
                Incident i;
                i.caseId = r->id;
                i.personId = r->members[0].person.id;
                i.facts = factsOf(n, QDate(2026, 1 + n % 6, 1));
                i.narrative =
                    QStringLiteral("Narrative %1 about the checkpoint at Km%2").arg(n).arg(100 + n);
                m_identifying << i.narrative;
                Result<Incident> saved = incidents.record(i);
                QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
                remember(saved->facts, true);
            }
        }
        MonitoringRound round;
        round.siteId = site.id;
        round.name = QStringLiteral("Round of June");
        round.startsOn = QDate(2026, 6, 1);
        round.endsOn = QDate(2026, 6, 15);
        const UserSession volunteer = m_t.session(Role::Volunteer);
        MonitoringService monitoring(m_t.db(), m_t.clock(), volunteer);
        round = *monitoring.createRound(round);
        static const QStringList statuses{QStringLiteral("irregular"),
                                          QStringLiteral("asylum_seeker"),
                                          QStringLiteral("regular_permit")};
        for (int k = 0; k < 40; ++k, ++n) {
            MonitoringInterview i;
            i.roundId = round.id;
            i.heldOn = QDate(2026, 6, 1 + k % 14);
            i.consent = true;
            i.ageGroup = AgeGroup::From18To59;
            i.sex = k % 2 ? Sex::Female : Sex::Male;
            i.householdSize = 1 + k % 5;
            i.legalStatus = statuses[k % 3 == 0 ? 0 : (k % 3 == 1 ? 1 : 0)];
            i.intention = QStringLiteral("stay");
            i.needs = k % 2 ? QStringList{QStringLiteral("food"), QStringLiteral("health")}
                            : QStringList{QStringLiteral("food")};
            i.incidents = {factsOf(n, QDate(2026, 1 + n % 6, 1))};
            QVERIFY(monitoring.recordInterview(i));
            remember(i.incidents[0], false);
            ++m_legalStatus[i.legalStatus];
            for (const QString& need : i.needs)
                ++m_needs[need];
            ++m_interviews;
        }
    }

    void incidentsByTypeCountryPerpetratorAndQuarter()
    {
        const AggregateTable table =
            compute(Measure::Incidents, {Dimension::IncidentType, Dimension::Country,
                                         Dimension::Perpetrator, Dimension::Quarter});
        QCOMPARE(table.grandTotal().count, 440);
        QVERIFY(table.primarySuppressed > 0); // the fixture has small cells
        checkCells(table, [](const Told& t) {
            return QStringList{t.type, t.country, t.perpetrator, t.quarter};
        });
    }

    void incidentsByTypeAndStateResponse()
    {
        checkCells(compute(Measure::Incidents, {Dimension::IncidentType}),
                   [](const Told& t) { return QStringList{t.type}; });
        checkCells(compute(Measure::Incidents, {Dimension::StateResponse, Dimension::Country}),
                   [](const Told& t) {
                       return QStringList{t.response, t.country};
                   });
        checkCells(compute(Measure::Incidents, {Dimension::IncidentSource}), [](const Told& t) {
            return QStringList{t.inCase ? QStringLiteral("case") : QStringLiteral("monitoring")};
        });
    }

    void barriersCountOnlyTheDenials()
    {
        const AggregateTable table = compute(Measure::ServiceBarriers, {Dimension::IncidentType});
        checkCells(
            table, [](const Told& t) { return QStringList{t.type}; }, true);
        for (const QStringList& values : table.values) {
            for (const QString& v : values)
                QVERIFY2(v == QLatin1String("health_denied") || v == QLatin1String("asylum_denied"),
                         qPrintable(v));
        }
    }

    void interviewsByLegalStatusAndNeeds()
    {
        const AggregateTable status =
            compute(Measure::MonitoringInterviews, {Dimension::LegalStatus});
        QCOMPARE(status.grandTotal().count, m_interviews);
        for (const AggregateTable::Cell& c : status.cells) {
            if (!c.isTotal())
                QCOMPARE(c.count, m_legalStatus.value(c.key[0]));
        }
        const AggregateTable needs =
            compute(Measure::MonitoringInterviews, {Dimension::MonitoringNeed});
        for (const AggregateTable::Cell& c : needs.cells) {
            if (!c.isTotal())
                QCOMPARE(c.count, m_needs.value(c.key[0]));
        }
        QCOMPARE(needs.label(0, QStringLiteral("food")), QStringLiteral("Food"));
    }

    // The report as a workbook and as HXL CSV, in Spanish: its tables, and no name, case
    // number, phone or narrative of the fixture in either.
    void theReportLeavesNoIdentifier()
    {
        const StatisticsExporter exporter(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        const QString xlsx = m_t.folder() + QStringLiteral("/advocacy.xlsx");
        Result<StatisticsReport> report =
            exporter.exportReport(QStringLiteral("2026-Q2"), {}, QStringLiteral("es"),
                                  AggregateXlsxWriter(), xlsx, StatisticsReport::Kind::Advocacy);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
        QCOMPARE(report->sections.size(), 13);
        const QString workbook = xlsxText(xlsx);
        QVERIFY2(workbook.contains(QStringLiteral("Extorsión")), qPrintable(workbook.left(400)));
        QVERIFY(workbook.contains(QStringLiteral("Informe de documentación de derechos humanos")));
        const QString csv = m_t.folder() + QStringLiteral("/advocacy.csv");
        QVERIFY(exporter.exportReport(QStringLiteral("2026-Q2"), {}, QStringLiteral("en"),
                                      AggregateCsvWriter(), csv, StatisticsReport::Kind::Advocacy));
        const QString text = everything(csv);
        QVERIFY(text.contains(QStringLiteral("#event+type+name")));
        QVERIFY(text.contains(QStringLiteral("Police violence")));
        for (const QString& value : std::as_const(m_identifying)) {
            QVERIFY2(!workbook.contains(value), qPrintable(value));
            QVERIFY2(!text.contains(value), qPrintable(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestAdvocacy)
#include "tst_advocacy.moc"
