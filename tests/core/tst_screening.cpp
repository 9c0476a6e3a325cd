#include "core/audit/AuditQuery.h"
#include "core/services/CaseListService.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/ScreeningService.h"
#include "core/services/SpecificNeedService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestScreening : public QObject
{
    Q_OBJECT

    // A mother without documents and her son of 12, registered in CUC.
    static CaseRecord family(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        Person mother = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"), {},
                                         Sex::Female, PartialDate::yearOnly(1990));
        mother.hasNoDocument = true;
        CaseRecord r = Fixtures::caseFor(site.id, mother);
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2014)),
                       Relationship::Child});
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static Screening screeningOf(const CaseRecord& r, int member, QDate on)
    {
        Screening s;
        s.personId = r.members[member].person.id;
        s.screenedOn = on;
        return s;
    }

private slots:
    void suggestionsMustBeDecidedAndLevelsSet()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ScreeningService service(t.db(), t.clock(), t.legal());
        QCOMPARE(service.suggestions(r, 0).size(), 1);
        QCOMPARE(service.suggestions(r, 0).constFirst().indicatorCode,
                 QStringLiteral("legal_physical.no_documentation"));
        QVERIFY(service.suggestions(r, 1).isEmpty());

        Screening s = screeningOf(r, 0, t.clock().today());
        Result<QList<Screening>> undecided = service.save(r.id, {s});
        QVERIFY(!undecided);
        QCOMPARE(Fixtures::fieldsOf(undecided.error()),
                 QStringList{
                     QStringLiteral("screenings/0/suggestions/legal_physical.no_documentation")});

        s.suggestionDecisions.insert(QStringLiteral("legal_physical.no_documentation"), true);
        QCOMPARE(Fixtures::fieldsOf(service.save(r.id, {s}).error()),
                 QStringList{QStringLiteral(
                     "screenings/0/suggestions/legal_physical.no_documentation")}); // confirmed but
                                                                                    // not marked

        s.indicators.insert(QStringLiteral("legal_physical.no_documentation"));
        QCOMPARE(Fixtures::fieldsOf(service.save(r.id, {s}).error()),
                 QStringList{QStringLiteral("screenings/0/levels/legal_physical")});

        s.levels.insert(QStringLiteral("legal_physical"), RiskLevel::Medium);
        QCOMPARE(Fixtures::fieldsOf(service.save(r.id, {s}).error()),
                 QStringList{QStringLiteral("screenings/0/overall")});
        s.overallLevel = RiskLevel::Medium;
        s.actions.append(ScreeningAction{
            0, QStringLiteral("documentation"), QString(), ActionStatus::NotPossible, {}, {}});
        QCOMPARE(Fixtures::fieldsOf(service.save(r.id, {s}).error()),
                 QStringList{QStringLiteral("screenings/0/actions/0/reason")});
        s.actions[0].status = ActionStatus::Pending;

        Screening future = screeningOf(r, 1, t.clock().today().addDays(1));
        QCOMPARE(Fixtures::fieldsOf(service.save(r.id, {s, future}).error()),
                 QStringList{QStringLiteral("screenings/1/screenedOn")});
        // Nothing of the family's screening was written while any part was wrong.
        QVERIFY(service.current(r.id)->isEmpty());

        Result<QList<Screening>> saved =
            service.save(r.id, {s, screeningOf(r, 1, t.clock().today())});
        QVERIFY2(saved, qPrintable(saved.error().message()));
        QCOMPARE(saved->size(), 2);
        QCOMPARE(saved->constFirst().assessorName, QStringLiteral("Legal staff User"));
    }

    void dismissedSuggestionIsRecorded()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ScreeningService service(t.db(), t.clock(), t.legal());
        Screening s = screeningOf(r, 0, t.clock().today());
        s.suggestionDecisions.insert(QStringLiteral("legal_physical.no_documentation"), false);
        QVERIFY(service.save(r.id, {s}));
        const Screening stored = service.current(r.id)->value(r.members[0].person.id);
        QCOMPARE(stored.suggestionDecisions.value(QStringLiteral("legal_physical.no_documentation"),
                                                  true),
                 false);
        QVERIFY(stored.indicators.isEmpty());
    }

    void reassessmentKeepsHistoryAndNewestWins()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ScreeningService service(t.db(), t.clock(), t.legal());
        Screening first = screeningOf(r, 1, t.clock().today().addDays(-30));
        first.indicators = {QStringLiteral("children.not_in_school"),
                            QStringLiteral("children.child_labour")};
        first.levels.insert(QStringLiteral("children"), RiskLevel::High);
        first.overallLevel = RiskLevel::High;
        first.observations = QStringLiteral("Works selling candy at the bridge.");
        first.actions.append({0,
                              QStringLiteral("child_protection"),
                              QStringLiteral("ICBF"),
                              ActionStatus::Pending,
                              {},
                              {}});
        QVERIFY(service.save(r.id, {first}));

        Screening second = screeningOf(r, 1, t.clock().today());
        second.indicators = {QStringLiteral("children.not_in_school")};
        second.levels.insert(QStringLiteral("children"), RiskLevel::Low);
        second.overallLevel = RiskLevel::Low;
        QVERIFY(service.save(r.id, {second}));

        const qint64 luis = r.members[1].person.id;
        Result<QList<Screening>> history = service.history(r.id, luis);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).levels.value(QStringLiteral("children")),
                 RiskLevel::Low); // newest first
        QCOMPARE(history->at(1).observations, QStringLiteral("Works selling candy at the bridge."));
        QCOMPARE(service.current(r.id)->value(luis).highestLevel(), RiskLevel::Low);

        // An older screening entered later does not replace the newer one.
        Screening late = screeningOf(r, 1, t.clock().today().addDays(-60));
        late.levels.insert(QStringLiteral("children"), RiskLevel::High);
        late.overallLevel = RiskLevel::High;
        late.indicators = {QStringLiteral("children.child_labour")};
        QVERIFY(service.save(r.id, {late}));
        QCOMPARE(service.current(r.id)->value(luis).highestLevel(), RiskLevel::Low);
        QCOMPARE(service.history(r.id, luis)->size(), 3);

        // Specific needs implied by the indicators were attached once, and stay.
        Result<QList<SpecificNeed>> needs =
            SpecificNeedService(t.db(), t.clock(), t.legal()).forPerson(luis);
        QStringList codes;
        for (const SpecificNeed& n : *needs)
            codes.append(n.code);
        QCOMPARE(codes.size(), 2);
        QVERIFY(codes.contains(QStringLiteral("CR-NE")));
        QVERIFY(codes.contains(QStringLiteral("CR-LW")));
    }

    void caseListFlagsFiltersAndActions()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        QVERIFY(
            CaseService(t.db(), t.clock(), t.legal())
                .save(Fixtures::caseFor(r.siteId, Fixtures::person(QStringLiteral("Ana"),
                                                                   QStringLiteral("Sin Riesgo")))));
        ScreeningService service(t.db(), t.clock(), t.legal());
        Screening s = screeningOf(r, 0, t.clock().today());
        s.suggestionDecisions.insert(QStringLiteral("legal_physical.no_documentation"), true);
        s.indicators = {QStringLiteral("legal_physical.no_documentation"),
                        QStringLiteral("women_girls.gbv_risk")};
        s.levels = {{QStringLiteral("legal_physical"), RiskLevel::Medium},
                    {QStringLiteral("women_girls"), RiskLevel::High}};
        s.overallLevel = RiskLevel::High;
        s.actions = {{0, QStringLiteral("safe_shelter"), {}, ActionStatus::Pending, {}, {}}};
        QVERIFY(service.save(r.id, {s}));

        CaseListService legal(t.db(), t.legal());
        const auto numbers = [&](const CaseListFilter& f) {
            QStringList out;
            for (const CaseListRow& row :
                 *legal.fetch(f, CaseListSort::Risk, Qt::DescendingOrder, 0, 10))
                out.append(row.caseNumber);
            return out;
        };
        const QString risky = r.caseNumber, calm = QStringLiteral("CUC-2026-00002");
        QCOMPARE(numbers({}), (QStringList{risky, calm})); // sorted by risk
        CaseListFilter high;
        high.minRiskLevel = 3;
        QCOMPARE(numbers(high), QStringList{risky});
        CaseListFilter women;
        women.riskCategory = QStringLiteral("women_girls");
        women.minRiskLevel = 3;
        QCOMPARE(numbers(women), QStringList{risky});
        CaseListFilter legalHigh;
        legalHigh.riskCategory = QStringLiteral("legal_physical");
        legalHigh.minRiskLevel = 3;
        QCOMPARE(numbers(legalHigh), QStringList{});
        CaseListFilter pending = high;
        pending.pendingActionsOnly = true;
        QCOMPARE(numbers(pending), QStringList{risky});
        const CaseListRow row =
            legal.fetch(high, CaseListSort::CaseNumber, Qt::AscendingOrder, 0, 1)->constFirst();
        QCOMPARE(row.riskLevel, 3);
        QCOMPARE(row.highCategories, QStringList{QStringLiteral("women_girls")});
        QCOMPARE(row.pendingActions, 1);

        // The action is done: no longer pending.
        const qint64 actionId =
            service.current(r.id)->value(r.members[0].person.id).actions.constFirst().id;
        QVERIFY(!service.setActionStatus(actionId, ActionStatus::NotPossible,
                                         QString())); // needs a reason
        QVERIFY(service.setActionStatus(actionId, ActionStatus::Done, QString()));
        QCOMPARE(numbers(pending), QStringList{});

        // A volunteer learns only that the case needs attention.
        const UserSession volunteer = t.session(Role::Volunteer);
        CaseListService theirs(t.db(), volunteer);
        const CaseListRow seen =
            theirs.fetch(high, CaseListSort::CaseNumber, Qt::AscendingOrder, 0, 1)->constFirst();
        QVERIFY(seen.needsAttention);
        QCOMPARE(seen.riskLevel, 0);
        QVERIFY(seen.highCategories.isEmpty());
        QCOMPARE(theirs.count(women).error().code(), Error::Code::NotPermitted);
        QCOMPARE(*ScreeningService(t.db(), t.clock(), volunteer).needsAttention(r.id), true);
        QCOMPARE(ScreeningService(t.db(), t.clock(), volunteer).current(r.id).error().code(),
                 Error::Code::NotPermitted);
        QVERIFY(!ScreeningService(t.db(), t.clock(), volunteer).save(r.id, {s}));
        QCOMPARE(ScreeningService(t.db(), t.clock(), t.session(Role::Coordinator))
                     .needsAttention(r.id)
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
    }

    void auditedAndSurvivesMemberRemoval()
    {
        TestDatabase t;
        QVERIFY(t);
        CaseRecord r = family(t);
        ScreeningService service(t.db(), t.clock(), t.legal());
        Screening s = screeningOf(r, 1, t.clock().today());
        s.indicators = {QStringLiteral("children.armed_groups")};
        s.levels.insert(QStringLiteral("children"), RiskLevel::High);
        s.overallLevel = RiskLevel::High;
        Screening m = screeningOf(r, 0, t.clock().today());
        m.suggestionDecisions.insert(QStringLiteral("legal_physical.no_documentation"), false);
        QVERIFY(service.save(r.id, {s, m}));
        AuditFilter f;
        f.action = QStringLiteral("screening");
        QCOMPARE(*AuditQuery(t.db()).count(f), 2);

        // Luis leaves the family group: the case is no longer at high risk, his history stays.
        r = *CaseService(t.db(), t.clock(), t.legal()).load(r.id);
        const qint64 luis = r.members[1].person.id;
        r.members.removeLast();
        QVERIFY(CaseService(t.db(), t.clock(), t.legal()).save(r));
        CaseListFilter high;
        high.minRiskLevel = 3;
        QCOMPARE(*CaseListService(t.db(), t.legal()).count(high), 0);
        QCOMPARE(service.history(r.id, luis)->size(), 1);
    }

    // HRIT v2: high asks for a follow-up within a few days (3 by default), medium within 4 to
    // 6 weeks (due at 6, flagged from 4), low for none; each new screening of the person is
    // the follow-up of the one before.
    void theOverallRatingSetsTheFollowUp()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        const QDate today = t.clock().today();
        ScreeningService service(t.db(), t.clock(), t.legal());
        DeadlineService deadlines(t.db(), t.clock(), t.legal());
        const qint64 luis = r.members[1].person.id;

        Screening high = screeningOf(r, 1, today.addDays(-1));
        high.indicators = {QStringLiteral("children.armed_groups")};
        high.levels.insert(QStringLiteral("children"), RiskLevel::High);
        high.overallLevel = RiskLevel::High;
        Screening low = screeningOf(r, 0, today);
        low.suggestionDecisions.insert(QStringLiteral("legal_physical.no_documentation"), true);
        low.indicators = {QStringLiteral("legal_physical.no_documentation")};
        low.levels.insert(QStringLiteral("legal_physical"), RiskLevel::Low);
        low.overallLevel = RiskLevel::Low;
        Result<QList<Screening>> saved = service.save(r.id, {high, low});
        QVERIFY2(saved, qPrintable(saved.error().message()));

        QList<DeadlineRow> open = *deadlines.forCase(r.id, false);
        QCOMPARE(open.size(), 1); // nothing for the low rating
        Deadline d = open[0].deadline;
        QCOMPARE(d.dueOn, today.addDays(2));
        QVERIFY(!d.noticeOn.isValid());
        QCOMPARE(d.personId, luis);
        QCOMPARE(d.screeningId, saved->at(0).id);
        QCOMPARE(d.responsible, t.legal().displayName);
        QCOMPARE(DeadlineService::describe(open[0]),
                 QStringLiteral("Follow up the risk screening of Luis Rojas (overall rating: "
                                "High)"));
        QCOMPARE(deadlines.counts(true)->second, 1); // in the signed-in user's week

        // The follow-up is a reassessment: rated medium now, due in six weeks, flagged at four.
        Screening medium = screeningOf(r, 1, today);
        medium.indicators = {QStringLiteral("children.armed_groups")};
        medium.levels.insert(QStringLiteral("children"), RiskLevel::Medium);
        medium.overallLevel = RiskLevel::Medium;
        QVERIFY(service.save(r.id, {medium}));
        QList<DeadlineRow> all = *deadlines.forCase(r.id, true);
        QCOMPARE(all.size(), 2);
        const auto byLevel = [&](const QString& key) {
            for (const DeadlineRow& row : all) {
                if (row.deadline.sourceKey == key)
                    return row.deadline;
            }
            return Deadline();
        };
        const Deadline first = byLevel(DeadlineService::FollowUpPrefix + QStringLiteral("3"));
        QVERIFY(first.done);
        QCOMPARE(first.doneOn, today);
        const Deadline next = byLevel(DeadlineService::FollowUpPrefix + QStringLiteral("2"));
        QVERIFY(!next.done);
        QCOMPARE(next.dueOn, today.addDays(42));
        QCOMPARE(next.noticeOn, today.addDays(28));
        QCOMPARE(DeadlineService::bucketOf(next, today.addDays(27)),
                 DeadlineService::Bucket::Later);
        QCOMPARE(DeadlineService::bucketOf(next, today.addDays(28)),
                 DeadlineService::Bucket::Flagged);
        QCOMPARE(DeadlineService::bucketOf(next, today.addDays(36)),
                 DeadlineService::Bucket::ThisWeek);
        QCOMPARE(DeadlineService::bucketOf(next, today.addDays(43)),
                 DeadlineService::Bucket::Overdue);
        QCOMPARE(deadlines.counts(false)->second, 0);
        t.clock().advanceDays(28);
        QCOMPARE(deadlines.counts(false)->second, 1); // flagged: counted with the week's

        // An older screening entered late changes nothing of the follow-up.
        Screening late = screeningOf(r, 1, today.addDays(-20));
        late.overallLevel = RiskLevel::High;
        QVERIFY(service.save(r.id, {late}));
        all = *deadlines.forCase(r.id, true);
        QCOMPARE(all.size(), 2);
        QVERIFY(!byLevel(DeadlineService::FollowUpPrefix + QStringLiteral("2")).done);

        // Rated low at the next follow-up: nothing more is due.
        Screening calm = screeningOf(r, 1, t.clock().today());
        calm.overallLevel = RiskLevel::Low;
        QVERIFY(service.save(r.id, {calm}));
        QVERIFY(deadlines.forCase(r.id, false)->isEmpty());
    }

    void checklistOverallAndReferralAreasAreKeptInOrder()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ScreeningService service(t.db(), t.clock(), t.legal());
        Screening s = screeningOf(r, 1, t.clock().today());
        s.checklist = {QStringLiteral("confidentiality_explained"),
                       QStringLiteral("no_such_point")};
        s.indicators = {QStringLiteral("children.child_labour")};
        s.levels.insert(QStringLiteral("children"), RiskLevel::Medium);
        s.overallLevel = RiskLevel::High; // the assessor's judgement, above any category
        for (const char* code : {"psychosocial", "child_protection", "documentation"})
            s.actions.append({0, QString::fromLatin1(code), {}, ActionStatus::Pending, {}, {}});
        QCOMPARE(Fixtures::fieldsOf(service.save(r.id, {s}).error()),
                 QStringList{QStringLiteral("screenings/0/checklist")});
        s.checklist.remove(QStringLiteral("no_such_point"));
        QVERIFY(service.save(r.id, {s}));

        const Screening stored = service.current(r.id)->value(r.members[1].person.id);
        QCOMPARE(stored.checklist, QSet<QString>{QStringLiteral("confidentiality_explained")});
        QCOMPARE(stored.overallLevel, RiskLevel::High);
        QStringList areas;
        for (const ScreeningAction& a : stored.actions)
            areas.append(a.actionCode);
        QCOMPARE(areas, (QStringList{"psychosocial", "child_protection", "documentation"}));
        // The overall rating is the case's level, even above its categories.
        CaseListFilter high;
        high.minRiskLevel = 3;
        QCOMPARE(*CaseListService(t.db(), t.legal()).count(high), 1);
    }

    void specificNeedsByHand()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        SpecificNeedService needs(t.db(), t.clock(), t.legal());
        const qint64 carmen = r.members[0].person.id;
        Result<SpecificNeed> attached = needs.attach(r.id, carmen, QStringLiteral("WR-SF"));
        QVERIFY(attached);
        QCOMPARE(attached->attachedBy, QStringLiteral("Legal staff User"));
        QCOMPARE(attached->attachedOn, t.clock().today());
        QCOMPARE(needs.attach(r.id, carmen, QStringLiteral("WR-SF")).error().code(),
                 Error::Code::Conflict);
        QCOMPARE(needs.attach(r.id, carmen, QStringLiteral("XX-YY")).error().code(),
                 Error::Code::Invalid);
        QVERIFY(needs.remove(r.id, *attached));
        Result<QList<SpecificNeed>> all = needs.forPerson(carmen);
        QCOMPARE(all->size(), 1);
        QVERIFY(!all->constFirst().isActive()); // removed, and the history says so
        QCOMPARE(SpecificNeedService(t.db(), t.clock(), t.session(Role::Volunteer))
                     .forPerson(carmen)
                     .error()
                     .code(),
                 Error::Code::NotPermitted);
    }
};

QTEST_GUILESS_MAIN(TestScreening)
#include "tst_screening.moc"
