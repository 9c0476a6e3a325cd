#include "core/services/CasePlanService.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/legal/DeadlinesView.h"
#include "ui/plan/CasePlanPanel.h"
#include "ui/plan/GoalDialog.h"
#include "ui/plan/NextStepsPanel.h"
#include "ui/plan/PlanStepDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

class TestCasePlanGui : public QObject
{
    Q_OBJECT

    static CaseRecord registered(TestDatabase& t, const QString& caseworker)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas")));
        r.caseworker = caseworker;
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static void clickOk(QWidget* dialog, const char* name)
    {
        QTest::mouseClick(child<QPushButton>(dialog, name), Qt::LeftButton);
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    // A caseworker's case with no plan shows under "My cases with no next step"; from its
    // Case plan tab she sets a goal, adds an action that is already late — it shows among the
    // overdue steps and opens the case from there — plans a home visit, and records that it
    // took place with what came of it.
    void planACaseAndFollowItThrough()
    {
        TestDatabase t;
        QVERIFY(t);
        const UserSession legal = t.legal();
        const CaseRecord r = registered(t, legal.displayName);
        MainWindow window(t.db(), t.clock(), legal);
        window.show();
        auto* deadlines = window.findChild<DeadlinesView*>();
        QVERIFY(deadlines && deadlines->nextSteps());
        NextStepsPanel* next = deadlines->nextSteps();
        auto* tabs = window.findChild<QTabWidget*>();
        tabs->setCurrentWidget(deadlines);
        deadlines->setMineOnly(true);
        QCOMPARE(next->unplannedTable()->rowCount(), 1);
        QCOMPARE(next->unplannedTable()->item(0, 0)->text(), r.caseNumber);
        QCOMPARE(next->overdueTable()->rowCount(), 0);

        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        CasePlanPanel* panel = editor->planPanel();
        QVERIFY(panel);
        child<QTabWidget>(editor, "caseEditorPages")->setCurrentWidget(panel);
        QVERIFY(
            child<QLabel>(panel, "nextStepLabel")->text().contains(QStringLiteral("no next step")));

        // A goal: nothing typed is refused, the dialog stays.
        QTest::mouseClick(child<QPushButton>(panel, "addGoalButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<GoalDialog>());
        GoalDialog* goal = visibleDialog<GoalDialog>();
        clickOk(goal, "goalOkButton");
        QVERIFY(goal->isVisible());
        QVERIFY(child<FieldErrorLabel>(goal, "goalDescriptionEditError")->isVisible());
        typeText(child<QLineEdit>(goal, "goalDescriptionEdit"),
                 QStringLiteral("Regular status for the family"));
        keepScreenshot(goal, QStringLiteral("goal-dialog.png"));
        clickOk(goal, "goalOkButton");
        QTRY_VERIFY(!visibleDialog<GoalDialog>());
        QCOMPARE(panel->goalsTable()->rowCount(), 1);

        // An action towards it, due two days ago.
        QTest::mouseClick(child<QPushButton>(panel, "addActionButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<PlanStepDialog>());
        PlanStepDialog* step = visibleDialog<PlanStepDialog>();
        typeText(child<QLineEdit>(step, "planStepDescriptionEdit"),
                 QStringLiteral("Book the appointment at Migración"));
        auto* towards = child<QComboBox>(step, "planStepGoalCombo");
        towards->setCurrentIndex(1);
        QCOMPARE(child<QLineEdit>(step, "planStepResponsibleEdit")->text(), legal.displayName);
        child<QDateEdit>(step, "planStepDueEdit")->setDate(t.clock().today().addDays(-2));
        clickOk(step, "planStepOkButton");
        QTRY_VERIFY(!visibleDialog<PlanStepDialog>());
        QCOMPARE(panel->stepsTable()->rowCount(), 1);
        QCOMPARE(panel->stepsTable()->item(0, 3)->text(),
                 QStringLiteral("Regular status for the family"));
        const QString nextStep = child<QLabel>(panel, "nextStepLabel")->text();
        QVERIFY2(nextStep.contains(QStringLiteral("Book the appointment")) &&
                     nextStep.contains(DeadlineService::whenText(t.clock().today().addDays(-2),
                                                                 t.clock().today())),
                 qPrintable(nextStep));

        // A follow-up: how it reaches the family is chosen, not assumed.
        QTest::mouseClick(child<QPushButton>(panel, "planFollowUpButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<PlanStepDialog>());
        step = visibleDialog<PlanStepDialog>();
        typeText(child<QLineEdit>(step, "planStepDescriptionEdit"),
                 QStringLiteral("See how the children settled"));
        child<QDateEdit>(step, "planStepDueEdit")->setDate(t.clock().today().addDays(5));
        clickOk(step, "planStepOkButton");
        QVERIFY(step->isVisible());
        QVERIFY(child<FieldErrorLabel>(step, "planStepMethodComboError")->isVisible());
        QCOMPARE(child<QLineEdit>(step, "planStepDescriptionEdit")->text(),
                 QStringLiteral("See how the children settled"));
        auto* method = child<QComboBox>(step, "planStepMethodCombo");
        method->setCurrentIndex(method->findData(int(FollowUpMethod::HomeVisit)));
        keepScreenshot(step, QStringLiteral("plan-step-dialog.png"));
        clickOk(step, "planStepOkButton");
        QTRY_VERIFY(!visibleDialog<PlanStepDialog>());
        QCOMPARE(panel->stepsTable()->rowCount(), 2);
        keepScreenshot(editor, QStringLiteral("case-plan.png"));

        // Beside the deadlines: the late action, and the case no longer without a next step.
        // Out of sight while the case was planned: read when the tab is shown.
        tabs->setCurrentWidget(deadlines);
        QCOMPARE(next->overdueTable()->rowCount(), 1);
        QCOMPARE(next->overdueTable()->item(0, 3)->text(),
                 QStringLiteral("Book the appointment at Migración"));
        QCOMPARE(next->unplannedTable()->rowCount(), 0);
        keepScreenshot(&window, QStringLiteral("deadlines-next-steps.png"));
        QSignalSpy opened(deadlines, &DeadlinesView::openCaseRequested);
        emit next->overdueTable()->cellActivated(0, 1);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toLongLong(), r.id);

        // The visit took place: what came of it is asked before it is recorded.
        panel->stepsTable()->selectRow(1);
        QTest::mouseClick(child<QPushButton>(panel, "changeStepButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<PlanStepDialog>());
        step = visibleDialog<PlanStepDialog>();
        auto* status = child<QComboBox>(step, "planStepStatusCombo");
        status->setCurrentIndex(status->findData(int(PlanStepStatus::Done)));
        QVERIFY(child<QDateEdit>(step, "planStepDoneOnEdit")->isVisible());
        clickOk(step, "planStepOkButton");
        QVERIFY(step->isVisible());
        typeText(child<QPlainTextEdit>(step, "planStepOutcomeEdit"),
                 QStringLiteral("The youngest has no school place yet."));
        clickOk(step, "planStepOkButton");
        QTRY_VERIFY(!visibleDialog<PlanStepDialog>());
        QCOMPARE(panel->stepsTable()->rowCount(), 1); // closed steps hidden
        child<QCheckBox>(panel, "showClosedStepsCheck")->setChecked(true);
        QCOMPARE(panel->stepsTable()->rowCount(), 2);
        QVERIFY(panel->stepsTable()->item(1, 5)->text().startsWith(QStringLiteral("Done on")));
        const CasePlan plan = *CasePlanService(t.db(), t.clock(), legal).plan(r.id);
        QCOMPARE(plan.steps[1].outcome, QStringLiteral("The youngest has no school place yet."));
        closeDiscarding(window);
    }

    // Closing a case whose plan still has a step open asks first; "No" keeps everything typed.
    void closingACaseWithAnOpenStepAsksFirst()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = registered(t, QStringLiteral("Ana"));
        PlanStep call;
        call.caseId = r.id;
        call.description = QStringLiteral("Call the school");
        call.responsible = QStringLiteral("Ana");
        call.dueOn = t.clock().today().addDays(3);
        QVERIFY(CasePlanService(t.db(), t.clock(), t.legal()).saveStep(call));
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        chooseClosed(editor, QStringLiteral("Moved on"), CaseOutcome::OnwardMovement);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QVERIFY(!editor->save());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“Call the school”")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(r.id)->status, CaseStatus::Open);
        QVERIFY(editor->isDirty());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(editor->save());
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(r.id)->status, CaseStatus::Closed);
        closeDiscarding(window);
    }

    // Volunteers keep no plans: no tab in the case.
    void volunteersHaveNoCasePlan()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = registered(t, QStringLiteral("Ana"));
        MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
        window.show();
        window.openCase(r.id);
        QVERIFY(window.editorFor(r.id));
        QVERIFY(!window.editorFor(r.id)->planPanel());
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestCasePlanGui)
#include "tst_caseplangui.moc"
