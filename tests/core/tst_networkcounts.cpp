#include "core/services/CaseService.h"
#include "core/services/IncidentService.h"
#include "core/services/PartnerService.h"
#include "core/services/SyncSetupService.h"
#include "core/statistics/AggregateCsvWriter.h"
#include "core/statistics/AggregateService.h"
#include "core/statistics/CountsPackageService.h"
#include "core/statistics/StatisticsExporter.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QTest>

#include <memory>

// The regional picture (issue 26): three organisations send their network's coordinator
// counts packages; the coordinator's total equals the counts of the union of their records,
// protected after adding up; a tampered, foreign or misdirected package is refused; nothing
// that names anyone travels.
class TestNetworkCounts : public QObject
{
    Q_OBJECT

    struct Org
    {
        std::unique_ptr<TestDatabase> t;
        SiteCard card;
        qint64 coordinator = 0; // the coordinator in its directory
        QByteArray package;
    };

    // How many incidents of each kind each organisation documented in February 2026:
    // police violence 3 + 2 + 4 (each small, 9 together), extortion 10 + 8 + 7, denied
    // asylum 2 + 1 + 0 (3: hidden even together), denied health care 6 at the first only.
    struct Kind
    {
        const char* type;
        const char* perpetrator;
        const char* country;
        int counts[3];
    };
    static constexpr Kind kinds[] = {
        {"police_violence", "police", "COL", {3, 2, 4}},
        {"extortion", "criminal_group", "COL", {10, 8, 7}},
        {"asylum_denied", "migration_authority", "ECU", {2, 1, 0}},
        {"health_denied", "other_authority", "ECU", {6, 0, 0}},
    };

    QStringList m_identifying;

    // Records organisation `which`'s incidents in `t`, in one case of its own at `site`.
    void document(TestDatabase& t, int which, const Site& site)
    {
        Person p = Fixtures::person(QStringLiteral("Genesis%1").arg(QChar(u'A' + which)),
                                    QStringLiteral("Marcano%1").arg(QChar(u'A' + which)));
        Result<CaseRecord> r =
            CaseService(t.db(), t.clock(), t.legal()).save(Fixtures::caseFor(site.id, p));
        QVERIFY(r);
        m_identifying << r->caseNumber << p.givenNames << p.familyName1;
        IncidentService service(t.db(), t.clock(), t.legal());
        for (const Kind& k : kinds) {
            for (int n = 0; n < k.counts[which]; ++n) {
                Incident i;
                i.caseId = r->id;
                i.personId = r->members[0].person.id;
                i.facts.type = QLatin1String(k.type);
                i.facts.perpetrator = QLatin1String(k.perpetrator);
                i.facts.country = QLatin1String(k.country);
                i.facts.month = QDate(2026, 2, 1);
                i.facts.place = QStringLiteral("official_crossing");
                i.facts.sex = n % 2 ? Sex::Female : Sex::Male;
                // A few of every age but adults': the table by sex and age must fall back to
                // children and adults, at the coordinator as in one database.
                static const AgeGroup few[] = {AgeGroup::From18To59, AgeGroup::Under5,
                                               AgeGroup::From5To11, AgeGroup::From12To17,
                                               AgeGroup::From60};
                const bool varied = which == 0 && QLatin1String(k.type) == "extortion" && n < 5;
                i.facts.ageGroup = varied ? few[n] : AgeGroup::From18To59;
                i.facts.stateResponse = QStringLiteral("nothing");
                i.narrative = QStringLiteral("Told at %1, story %2").arg(which).arg(n);
                m_identifying << i.narrative;
                QVERIFY(service.record(i));
            }
        }
    }

    static SiteCard becomeSite(TestDatabase& t, const QString& code)
    {
        Result<SiteCard> card =
            SyncSetupService(t.db(), t.clock(), t.admin()).becomeSite(code, SyncRole::Office);
        if (!card)
            qFatal("%s", qPrintable(card.error().message()));
        return *card;
    }

    static Partner partnerFor(TestDatabase& t, const QString& name, const SiteCard& card)
    {
        Partner p;
        p.name = name;
        p.services = {QStringLiteral("legal")};
        p.siteCard = QString::fromUtf8(card.toFile());
        Result<Partner> saved = PartnerService(t.db(), t.clock(), t.admin()).save(p);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().message()));
        return *saved;
    }

    // A network: the coordinator knows the three organisations; each knows the coordinator.
    // Two of them chose the same site code.
    struct Network
    {
        TestDatabase coordinator;
        SiteCard coordinatorCard;
        Org orgs[3];
    };

    std::unique_ptr<Network> network()
    {
        auto n = std::make_unique<Network>();
        n->coordinatorCard = becomeSite(n->coordinator, QStringLiteral("RED"));
        const QString codes[] = {QStringLiteral("ORGA"), QStringLiteral("OFI"),
                                 QStringLiteral("OFI")};
        for (int i = 0; i < 3; ++i) {
            Org& o = n->orgs[i];
            o.t = std::make_unique<TestDatabase>();
            o.card = becomeSite(*o.t, codes[i]);
            o.coordinator =
                partnerFor(*o.t, QStringLiteral("Red de protección"), n->coordinatorCard).id;
            partnerFor(n->coordinator, QStringLiteral("Organisation %1").arg(QChar(u'A' + i)),
                       o.card);
            document(*o.t, i, Fixtures::cucutaSite(*o.t));
            Result<QByteArray> sealed =
                CountsPackageService(o.t->db(), o.t->clock(), o.t->session(Role::Coordinator))
                    .seal(QStringLiteral("2026-Q1"), o.coordinator);
            if (!sealed)
                qFatal("%s", qPrintable(sealed.error().message()));
            o.package = *sealed;
        }
        return n;
    }

    static QList<CountsPackageService::Received> opened(Network& n)
    {
        CountsPackageService service(n.coordinator.db(), n.coordinator.clock(),
                                     n.coordinator.session(Role::Coordinator));
        QList<CountsPackageService::Received> out;
        for (const Org& o : n.orgs) {
            Result<CountsPackageService::Received> r = service.open(o.package);
            if (!r)
                qFatal("%s", qPrintable(r.error().message()));
            out.append(*r);
        }
        return out;
    }

    static const AggregateTable* tableOf(const StatisticsReport& report, Measure m,
                                         const QList<Dimension>& by)
    {
        for (const StatisticsReport::Section& s : report.sections) {
            if (s.table && s.definition.measure == m && s.definition.dimensions == by)
                return &*s.table;
        }
        return nullptr;
    }

    static const AggregateTable::Cell* cellOf(const AggregateTable& t, const QStringList& key)
    {
        for (const AggregateTable::Cell& c : t.cells) {
            if (c.key == key)
                return &c;
        }
        return nullptr;
    }

private slots:
    void theTotalEqualsTheUnionProtectedAfterAddingUp()
    {
        std::unique_ptr<Network> n = network();
        // Each package is opened as coming from the right organisation, codes shared or not.
        const QList<CountsPackageService::Received> received = opened(*n);
        QCOMPARE(received[0].from.name, QStringLiteral("Organisation A"));
        QCOMPARE(received[1].from.name, QStringLiteral("Organisation B"));
        QCOMPARE(received[2].from.name, QStringLiteral("Organisation C"));
        Result<StatisticsReport> regional =
            CountsPackageService(n->coordinator.db(), n->coordinator.clock(),
                                 n->coordinator.session(Role::Coordinator))
                .consolidate(received);
        QVERIFY2(regional, regional ? "" : qPrintable(regional.error().message()));

        // One database holding all three organisations' records, counted as any report is.
        TestDatabase unionOfAll;
        const Site site = Fixtures::cucutaSite(unionOfAll);
        for (int i = 0; i < 3; ++i)
            document(unionOfAll, i, site);
        Result<StatisticsReport> expected =
            StatisticsReport::build(AggregateService(unionOfAll.db(), unionOfAll.clock(),
                                                     unionOfAll.session(Role::Coordinator)),
                                    QStringLiteral("2026-01"), QStringLiteral("2026-03"), {},
                                    StatisticsReport::Kind::Advocacy);
        QVERIFY(expected);
        QCOMPARE(regional->sections.size(), expected->sections.size());
        bool fellBack = false;
        for (const StatisticsReport::Section& s : std::as_const(regional->sections))
            fellBack |= s.table && s.table->definition.dimensions.contains(Dimension::AgeBand);
        QVERIFY(fellBack);
        for (int i = 0; i < expected->sections.size(); ++i) {
            const StatisticsReport::Section& got = regional->sections[i];
            const StatisticsReport::Section& want = expected->sections[i];
            QCOMPARE(got.title, want.title);
            QCOMPARE(bool(got.table), bool(want.table));
            QCOMPARE(got.coarser, want.coarser);
            if (!want.table)
                continue;
            QCOMPARE(got.table->cells.size(), want.table->cells.size());
            for (int c = 0; c < want.table->cells.size(); ++c) {
                const AggregateTable::Cell& a = got.table->cells[c];
                const AggregateTable::Cell& b = want.table->cells[c];
                QVERIFY2(a.key == b.key && a.count == b.count && a.suppressed == b.suppressed,
                         qPrintable(got.title + u' ' + a.key.join(u'|')));
            }
        }

        // Small at every organisation, shown in the total; small even together, hidden.
        const AggregateTable* byType =
            tableOf(*regional, Measure::Incidents, {Dimension::IncidentType});
        QVERIFY(byType);
        const AggregateTable::Cell* police = cellOf(*byType, {QStringLiteral("police_violence")});
        QVERIFY(police && !police->suppressed);
        QCOMPARE(police->count, 9);
        const AggregateTable::Cell* asylum = cellOf(*byType, {QStringLiteral("asylum_denied")});
        QVERIFY(asylum && asylum->suppressed);
        QCOMPARE(AggregateTable::shown(*asylum), QString());

        // Written as HXL CSV, the coordinator's export names the organisations in its trail.
        const QString csv = n->coordinator.folder() + QStringLiteral("/regional.csv");
        QVERIFY(StatisticsExporter(n->coordinator.db(), n->coordinator.clock(),
                                   n->coordinator.session(Role::Coordinator))
                    .exportRegional(*regional, {QStringLiteral("Organisation A")},
                                    QStringLiteral("Regional"), AggregateCsvWriter(), csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("#event+type+name")));
        QVERIFY(!text.contains(QStringLiteral(",3,")));
    }

    // Nothing but codes and numbers travels: not a name, a case number or a narrative.
    void noIdentifierTravels()
    {
        std::unique_ptr<Network> n = network();
        for (const CountsPackageService::Received& r : opened(*n)) {
            const QString contents = QString::fromUtf8(r.counts.toJson());
            QVERIFY(contents.contains(QStringLiteral("police_violence")));
            for (const QString& value : std::as_const(m_identifying))
                QVERIFY2(!contents.contains(value), qPrintable(value));
        }
        for (const Org& o : n->orgs) {
            for (const QString& value : std::as_const(m_identifying))
                QVERIFY(!o.package.contains(value.toUtf8()));
        }
    }

    void aTamperedForeignOrMisdirectedPackageIsRefused()
    {
        std::unique_ptr<Network> n = network();
        CountsPackageService coordinator(n->coordinator.db(), n->coordinator.clock(),
                                         n->coordinator.session(Role::Coordinator));
        // One byte changed anywhere.
        for (qsizetype at :
             {qsizetype(20), n->orgs[0].package.size() / 2, n->orgs[0].package.size() - 1}) {
            QByteArray tampered = n->orgs[0].package;
            tampered[at] = char(tampered[at] ^ 0x01);
            QVERIFY(!coordinator.open(tampered));
        }
        // From an organisation the coordinator does not know.
        TestDatabase stranger;
        becomeSite(stranger, QStringLiteral("XYZ"));
        const qint64 to = partnerFor(stranger, QStringLiteral("Red"), n->coordinatorCard).id;
        Result<QByteArray> foreign =
            CountsPackageService(stranger.db(), stranger.clock(), stranger.admin())
                .seal(QStringLiteral("2026-Q1"), to);
        QVERIFY(foreign);
        Result<CountsPackageService::Received> refused = coordinator.open(*foreign);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("XYZ")),
                 qPrintable(refused.error().message()));
        // Sealed for another coordinator.
        TestDatabase other;
        const SiteCard otherCard = becomeSite(other, QStringLiteral("RED2"));
        Org& a = n->orgs[0];
        const qint64 elsewhere = partnerFor(*a.t, QStringLiteral("Otra red"), otherCard).id;
        Result<QByteArray> misdirected = CountsPackageService(a.t->db(), a.t->clock(), a.t->admin())
                                             .seal(QStringLiteral("2026-Q1"), elsewhere);
        QVERIFY(misdirected);
        QVERIFY(!coordinator.open(*misdirected));

        // Twice the same organisation, or another period: not added up.
        QList<CountsPackageService::Received> received = opened(*n);
        received.append(received[0]);
        QCOMPARE(coordinator.consolidate(received).error().code(), Error::Code::Invalid);
        received = opened(*n);
        Result<QByteArray> later = CountsPackageService(a.t->db(), a.t->clock(), a.t->admin())
                                       .seal(QStringLiteral("2026-Q2"), a.coordinator);
        received[0] = *coordinator.open(*later);
        Result<StatisticsReport> mixed = coordinator.consolidate(received);
        QVERIFY(!mixed);
        QVERIFY(mixed.error().message().contains(QStringLiteral("one period at a time")));
    }

    // Unprotected counts leave only with a coordinator or an administrator; legal staff and
    // volunteers neither send nor open them.
    void onlyCoordinatorsAndAdministrators()
    {
        std::unique_ptr<Network> n = network();
        Org& a = n->orgs[0];
        for (Role role : {Role::LegalStaff, Role::Volunteer}) {
            QCOMPARE(CountsPackageService(a.t->db(), a.t->clock(), a.t->session(role))
                         .seal(QStringLiteral("2026-Q1"), a.coordinator)
                         .error()
                         .code(),
                     Error::Code::NotPermitted);
            QCOMPARE(CountsPackageService(n->coordinator.db(), n->coordinator.clock(),
                                          n->coordinator.session(role))
                         .open(a.package)
                         .error()
                         .code(),
                     Error::Code::NotPermitted);
        }
        // Written to a file, and recorded as sent.
        const QString path = a.t->folder() + QStringLiteral("/counts.amparo-counts");
        QVERIFY(CountsPackageService(a.t->db(), a.t->clock(), a.t->session(Role::Coordinator))
                    .write(QStringLiteral("2026-Q1"), a.coordinator, path));
        QVERIFY(CountsPackageService(n->coordinator.db(), n->coordinator.clock(),
                                     n->coordinator.admin())
                    .openFile(path));
        QCOMPARE(a.t->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                             {QStringLiteral("statistics.counts_package")}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkCounts)
#include "tst_networkcounts.moc"
