#include "core/audit/AuditQuery.h"
#include "core/services/CasePlanService.h"
#include "core/services/CaseService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

class TestCasePlans : public QObject
{
    Q_OBJECT

    static CaseRecord registered(TestDatabase& t, const QString& given, const QString& caseworker)
    {
        // One site for all the cases of a test.
        const qint64 siteId = t.scalar(QStringLiteral("SELECT count(*) FROM sites")) > 0
                                  ? t.scalar(QStringLiteral("SELECT min(id) FROM sites"))
                                  : Fixtures::cucutaSite(t).id;
        CaseRecord r = Fixtures::caseFor(siteId, Fixtures::person(given, QStringLiteral("Rojas")));
        r.caseworker = caseworker;
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(r);
        if (!saved)
            qFatal("%s", qPrintable(saved.error().message()));
        return *saved;
    }

    static PlanStep action(qint64 caseId, const QString& what, const QString& who, QDate due)
    {
        PlanStep s;
        s.caseId = caseId;
        s.description = what;
        s.responsible = who;
        s.dueOn = due;
        return s;
    }

private slots:
    // Goals, actions towards them with who and by when, follow-ups with how they reach the
    // family: read back as set, open steps first by date, then those closed, latest first.
    void aPlanHoldsGoalsAndStepsWithWhoAndWhen()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = registered(t, QStringLiteral("Carmen"), QStringLiteral("Ana"));
        CasePlanService plans(t.db(), t.clock(), t.legal());
        const QDate today = t.clock().today();

        CaseGoal g;
        g.caseId = r.id;
        g.description = QStringLiteral("  Regular status in Colombia ");
        Result<CaseGoal> goal = plans.saveGoal(g);
        QVERIFY2(goal, qPrintable(goal.error().message()));
        QCOMPARE(goal->description, QStringLiteral("Regular status in Colombia"));
        QCOMPARE(goal->createdBy, t.legal().displayName);

        PlanStep apply = action(r.id, QStringLiteral("Fill in the PEP-Tutor form"),
                                QStringLiteral("Ana"), today.addDays(10));
        apply.goalId = goal->id;
        QVERIFY(plans.saveStep(apply));
        PlanStep visit = action(r.id, QStringLiteral("See how the children settled"),
                                QStringLiteral("Beto"), today.addDays(3));
        visit.kind = PlanStepKind::FollowUp;
        visit.method = FollowUpMethod::HomeVisit;
        Result<PlanStep> planned = plans.saveStep(visit);
        QVERIFY2(planned, qPrintable(planned.error().message()));
        PlanStep call =
            action(r.id, QStringLiteral("First call"), QStringLiteral("Ana"), today.addDays(-5));
        call.kind = PlanStepKind::FollowUp;
        call.method = FollowUpMethod::PhoneCall;
        call.status = PlanStepStatus::Done;
        call.outcome = QStringLiteral("All well; school place found.");
        Result<PlanStep> done = plans.saveStep(call);
        QVERIFY2(done, qPrintable(done.error().message()));
        QCOMPARE(done->doneOn, today); // none given: today

        Result<CasePlan> plan = plans.plan(r.id);
        QVERIFY(plan);
        QCOMPARE(plan->goals.size(), 1);
        QCOMPARE(plan->goals[0].status, GoalStatus::Open);
        QCOMPARE(plan->steps.size(), 3);
        QCOMPARE(plan->steps[0].description, QStringLiteral("See how the children settled"));
        QCOMPARE(plan->steps[0].method, std::optional(FollowUpMethod::HomeVisit));
        QCOMPARE(plan->steps[1].goalId, goal->id);
        QCOMPARE(plan->steps[1].responsible, QStringLiteral("Ana"));
        QCOMPARE(plan->steps[1].dueOn, today.addDays(10));
        QCOMPARE(plan->steps[2].status, PlanStepStatus::Done);
        QCOMPARE(plan->steps[2].outcome, QStringLiteral("All well; school place found."));

        // The follow-up took place: when, and what came of it.
        PlanStep took = *planned;
        took.status = PlanStepStatus::Done;
        took.doneOn = today.addDays(-1);
        took.outcome = QStringLiteral("The youngest is not at school yet.");
        QVERIFY(plans.saveStep(took));
        // Closed steps after the open one, the latest done first.
        const QList<PlanStep> after = plans.plan(r.id)->steps;
        QCOMPARE(after[2].id, planned->id);
        QCOMPARE(after[2].doneOn, today.addDays(-1));

        // A goal reached: on today unless said.
        CaseGoal reached = *goal;
        reached.status = GoalStatus::Achieved;
        Result<CaseGoal> achieved = plans.saveGoal(reached);
        QVERIFY(achieved);
        QCOMPARE(achieved->statusOn, today);
    }

    // Each problem is named and nothing of the step is kept.
    void aStepWithProblemsIsRefusedWhole()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = registered(t, QStringLiteral("Carmen"), QStringLiteral("Ana"));
        const CaseRecord other = registered(t, QStringLiteral("Rosa"), QStringLiteral("Ana"));
        CasePlanService plans(t.db(), t.clock(), t.legal());
        CaseGoal theirs;
        theirs.caseId = other.id;
        theirs.description = QStringLiteral("Housing");
        const CaseGoal otherGoal = *plans.saveGoal(theirs);

        PlanStep s;
        s.caseId = r.id;
        s.kind = PlanStepKind::FollowUp;
        s.description = QStringLiteral("   ");
        s.goalId = otherGoal.id;
        s.status = PlanStepStatus::Done;
        s.doneOn = t.clock().today().addDays(1);
        QCOMPARE(Fixtures::fieldsOf(plans.saveStep(s).error()),
                 (QStringList{"description", "method", "goal", "responsible", "dueOn", "doneOn",
                              "outcome"}));
        s = action(r.id, QStringLiteral("Call the consulate"), QStringLiteral("Ana"),
                   t.clock().today());
        s.status = PlanStepStatus::Cancelled;
        QCOMPARE(Fixtures::fieldsOf(plans.saveStep(s).error()), QStringList{"outcome"});
        s.outcome = QString(CasePlanService::MaxOutcomeLength + 1, QLatin1Char('x'));
        QCOMPARE(Fixtures::fieldsOf(plans.saveStep(s).error()), QStringList{"outcome"});
        QVERIFY(plans.plan(r.id)->steps.isEmpty());

        CaseGoal empty;
        empty.caseId = r.id;
        QCOMPARE(Fixtures::fieldsOf(plans.saveGoal(empty).error()), QStringList{"description"});
        empty.description = QStringLiteral("Health");
        empty.status = GoalStatus::Dropped;
        empty.statusOn = t.clock().today().addDays(2);
        QCOMPARE(Fixtures::fieldsOf(plans.saveGoal(empty).error()), QStringList{"statusOn"});
        QVERIFY(plans.plan(r.id)->goals.isEmpty());
    }

    // A goal reached or dropped takes no new step; the steps it had keep it.
    void aClosedGoalTakesNoNewStep()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = registered(t, QStringLiteral("Carmen"), QStringLiteral("Ana"));
        CasePlanService plans(t.db(), t.clock(), t.legal());
        CaseGoal g;
        g.caseId = r.id;
        g.description = QStringLiteral("School for the children");
        g = *plans.saveGoal(g);
        PlanStep s = action(r.id, QStringLiteral("Enrol at school"), QStringLiteral("Ana"),
                            t.clock().today().addDays(5));
        s.goalId = g.id;
        s = *plans.saveStep(s);
        g.status = GoalStatus::Dropped;
        QVERIFY(plans.saveGoal(g));

        s.responsible = QStringLiteral("Beto");
        QVERIFY(plans.saveStep(s)); // keeps its goal
        PlanStep another = action(r.id, QStringLiteral("Uniforms"), QStringLiteral("Ana"),
                                  t.clock().today().addDays(5));
        another.goalId = g.id;
        QCOMPARE(Fixtures::fieldsOf(plans.saveStep(another).error()), QStringList{"goal"});
    }

    // Open steps past their date, of open cases; mine are those I am responsible for,
    // whatever the case of the letters.
    void overdueStepsAreListed()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession legal = t.legal();
        const CaseRecord a = registered(t, QStringLiteral("Carmen"), legal.displayName);
        const CaseRecord b = registered(t, QStringLiteral("Rosa"), legal.displayName);
        CasePlanService plans(t.db(), t.clock(), legal);
        const QDate today = t.clock().today();
        QVERIFY(plans.saveStep(action(a.id, QStringLiteral("Late, mine"),
                                      legal.displayName.toUpper(), today.addDays(-3))));
        QVERIFY(plans.saveStep(action(a.id, QStringLiteral("Late, Beto's"), QStringLiteral("Beto"),
                                      today.addDays(-1))));
        QVERIFY(
            plans.saveStep(action(a.id, QStringLiteral("Due today"), legal.displayName, today)));
        PlanStep finished =
            action(a.id, QStringLiteral("Late but done"), legal.displayName, today.addDays(-9));
        finished.status = PlanStepStatus::Done;
        QVERIFY(plans.saveStep(finished));
        PlanStep underWay =
            action(b.id, QStringLiteral("Late, under way"), legal.displayName, today.addDays(-2));
        underWay.status = PlanStepStatus::UnderWay;
        QVERIFY(plans.saveStep(underWay));

        Result<OverdueSteps> all = plans.overdue(false);
        QVERIFY2(all, qPrintable(all.error().message()));
        QStringList what;
        for (const OverdueStepRow& row : all->rows)
            what.append(row.step.description);
        QCOMPARE(what, (QStringList{"Late, mine", "Late, under way", "Late, Beto's"}));
        QCOMPARE(all->total, 3);
        QCOMPARE(all->rows.constFirst().caseNumber, a.caseNumber);
        QCOMPARE(all->rows.constFirst().personName, QStringLiteral("Carmen Rojas"));
        QCOMPARE(plans.overdue(true)->total, 2);
        // Beyond the limit, the longest overdue are listed and all are counted.
        Result<OverdueSteps> first =
            CasePlanRepository(t.db(), t.clock()).overdueSteps(today, {}, 1);
        QCOMPARE(first->rows.size(), 1);
        QCOMPARE(first->rows[0].step.description, QStringLiteral("Late, mine"));
        QCOMPARE(first->total, 3);

        // A closed case's steps are no one's next step.
        CaseRecord closed = *CaseService(t.db(), t.clock(), legal).load(b.id);
        closed.status = CaseStatus::Closed;
        closed.outcome = CaseOutcome::NeedsMet;
        closed.closureReason = QStringLiteral("Settled in Bogotá.");
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), legal).save(closed);
        QVERIFY2(saved, qPrintable(saved.error().message()));
        QCOMPARE(plans.overdue(false)->rows.size(), 2);
    }

    // Open cases kept here with no step open: never planned, or all their steps closed;
    // longest waiting first; mine are the cases I am the caseworker of.
    void casesWithNoNextStepAreListed()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession legal = t.legal();
        const CaseRecord never = registered(t, QStringLiteral("Carmen"), legal.displayName);
        const CaseRecord planned = registered(t, QStringLiteral("Rosa"), legal.displayName);
        const CaseRecord finished = registered(t, QStringLiteral("Luz"), QStringLiteral("Beto"));
        const CaseRecord elsewhere = registered(t, QStringLiteral("Ines"), legal.displayName);
        CasePlanService plans(t.db(), t.clock(), legal);
        const QDate today = t.clock().today();
        QVERIFY(plans.saveStep(
            action(planned.id, QStringLiteral("Next"), QStringLiteral("Ana"), today.addDays(30))));
        PlanStep done =
            action(finished.id, QStringLiteral("Last"), QStringLiteral("Beto"), today.addDays(-20));
        done.status = PlanStepStatus::Done;
        done.doneOn = today.addDays(-2);
        QVERIFY(plans.saveStep(done));
        // Handed to the office: it is planned there.
        QVERIFY(t.db().run(QStringLiteral("UPDATE cases SET keeper = 'OFI' WHERE id = ?"),
                           {elsewhere.id}));

        Result<UnplannedCases> all = plans.withoutNextStep(false);
        QVERIFY2(all, qPrintable(all.error().message()));
        QCOMPARE(all->total, 2);
        QCOMPARE(all->rows.size(), 2);
        QCOMPARE(all->rows[0].caseNumber, never.caseNumber); // registered 2026-06-01
        QVERIFY(!all->rows[0].lastStepOn.isValid());
        QCOMPARE(all->rows[1].caseNumber, finished.caseNumber);
        QCOMPARE(all->rows[1].lastStepOn, today.addDays(-2));
        QCOMPARE(all->rows[1].caseworker, QStringLiteral("Beto"));
        QCOMPARE(all->rows[1].personName, QStringLiteral("Luz Rojas"));
        Result<UnplannedCases> longest =
            CasePlanRepository(t.db(), t.clock()).casesWithoutNextStep({}, 1);
        QCOMPARE(longest->rows.size(), 1);
        QCOMPARE(longest->rows[0].caseNumber, never.caseNumber);
        QCOMPARE(longest->total, 2);
        Result<UnplannedCases> mine = plans.withoutNextStep(true);
        QCOMPARE(mine->total, 1);
        QCOMPARE(mine->rows[0].caseId, never.id);

        // Planning a step takes the case off the list.
        QVERIFY(plans.saveStep(
            action(never.id, QStringLiteral("Call"), legal.displayName, today.addDays(1))));
        QCOMPARE(plans.withoutNextStep(true)->total, 0);
    }

    // Case plans are legal staff's and administrators' work; volunteers and coordinators
    // neither read nor change them.
    void onlyCaseWorkReadsAndKeepsPlans()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = registered(t, QStringLiteral("Carmen"), QStringLiteral("Ana"));
        const PlanStep s =
            action(r.id, QStringLiteral("Call"), QStringLiteral("Ana"), t.clock().today());
        CaseGoal g;
        g.caseId = r.id;
        g.description = QStringLiteral("Housing");
        for (Role role : {Role::Volunteer, Role::Coordinator}) {
            CasePlanService plans(t.db(), t.clock(), t.session(role));
            QCOMPARE(plans.plan(r.id).error().code(), Error::Code::NotPermitted);
            QCOMPARE(plans.saveStep(s).error().code(), Error::Code::NotPermitted);
            QCOMPARE(plans.saveGoal(g).error().code(), Error::Code::NotPermitted);
            QCOMPARE(plans.overdue(false).error().code(), Error::Code::NotPermitted);
            QCOMPARE(plans.withoutNextStep(false).error().code(), Error::Code::NotPermitted);
        }
        QVERIFY(CasePlanService(t.db(), t.clock(), t.admin()).saveStep(s));
        QVERIFY(CasePlanService(t.db(), t.clock(), t.legal()).saveGoal(g));
    }

    // Every change is in the audit trail with what changed; saving what did not change
    // records nothing.
    void changesAreAudited()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = registered(t, QStringLiteral("Carmen"), QStringLiteral("Ana"));
        CasePlanService plans(t.db(), t.clock(), t.legal());
        PlanStep s = *plans.saveStep(action(r.id, QStringLiteral("Call the school"),
                                            QStringLiteral("Ana"), t.clock().today()));
        QVERIFY(plans.saveStep(s));
        s.status = PlanStepStatus::Cancelled;
        s.outcome = QStringLiteral("The family moved to Bogotá.");
        QVERIFY(plans.saveStep(s));
        AuditFilter f;
        f.action = QStringLiteral("plan.step");
        Result<QList<AuditEntry>> entries = AuditQuery(t.db()).fetch(f, 0, 10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        const AuditEntry& change = entries->constFirst(); // newest first
        QCOMPARE(change.event.action, QStringLiteral("plan.step.change"));
        QCOMPARE(change.event.recordLabel, r.caseNumber);
        QCOMPARE(change.event.summary, QStringLiteral("Call the school")); // which step
        QCOMPARE(change.event.changes,
                 (QList<AuditChange>{{"status", "planned", "cancelled"},
                                     {"outcome", "", "The family moved to Bogotá."}}));
    }
};

QTEST_GUILESS_MAIN(TestCasePlans)
#include "tst_caseplans.moc"
