#include "core/common/DateFormats.h"
#include "core/common/Translations.h"
#include "core/reference/HolidayCalendar.h"
#include "core/services/CaseService.h"
#include "core/services/ConflictCheckService.h"
#include "core/services/DeadlineService.h"
#include "core/services/ProcedureService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/common/MessageBox.h"
#include "ui/legal/ConflictCheckDialog.h"
#include "ui/legal/DeadlineCountLabel.h"
#include "ui/legal/DeadlineDialog.h"
#include "ui/legal/DeadlinesModel.h"
#include "ui/legal/DeadlinesView.h"
#include "ui/legal/EventDialog.h"
#include "ui/legal/ProcedureDialog.h"
#include "ui/legal/ProceduresPanel.h"
#include "ui/legal/StageProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

class TestLegalGui : public QObject
{
    Q_OBJECT

    static CaseRecord family(TestDatabase& t)
    {
        return family(t, Fixtures::cucutaSite(t).id, QStringLiteral("Carmen"),
                      QStringLiteral("Rojas"));
    }

    static CaseRecord family(TestDatabase& t, qint64 siteId, const QString& given,
                             const QString& family)
    {
        Person mother = Fixtures::person(given, family);
        mother.documents.append(Fixtures::document(
            QStringLiteral("V%1").arg(qHash(given + family) % 90000000 + 10000000)));
        CaseRecord r = Fixtures::caseFor(siteId, mother);
        r.members.append(CaseMember{Fixtures::person(QStringLiteral("Luis"), family, {}, Sex::Male,
                                                     PartialDate::yearOnly(2014)),
                                    Relationship::Child});
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(r);
        if (!saved)
            qFatal("could not save the case: %s", qPrintable(saved.error().message()));
        return *saved;
    }

    static Procedure openProcedure(TestDatabase& t, const CaseRecord& r)
    {
        Procedure p;
        p.caseId = r.id;
        p.typeCode = QStringLiteral("col_rsd");
        p.country = QStringLiteral("COL");
        p.fileNumber = QStringLiteral("RSD-2026-0042");
        p.responsible = t.legal().displayName;
        p.openedOn = QDate(2026, 6, 2);
        p.personIds = {r.members[0].person.id, r.members[1].person.id};
        return *ProcedureService(t.db(), t.clock(), t.legal()).open(p);
    }

    static ProceduresPanel* legalTabOf(MainWindow& window, qint64 caseId)
    {
        CaseEditor* editor = window.editorFor(caseId);
        if (!editor)
            return nullptr;
        editor->showProcedures();
        return editor->proceduresPanel();
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void decisionNotifiedRejectedCreatesTheAppealDeadline()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.resize(1280, 860);
        window.show();
        QCOMPARE(window.deadlineCount()->overdue(), 0);
        QCOMPARE(window.deadlineCount()->thisWeek(), 0);
        window.openCase(r.id);
        ProceduresPanel* panel = legalTabOf(window, r.id);
        QVERIFY(panel);
        QVERIFY(child<QLabel>(panel, "noProcedureLabel")->isVisible());

        // Opening a procedure: the clinic is reminded that no conflict check is recorded.
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QTest::mouseClick(child<QPushButton>(panel, "newProcedureButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("conflict check")));
        QTRY_VERIFY(visibleDialog<ProcedureDialog>());
        ProcedureDialog* opening = visibleDialog<ProcedureDialog>();
        auto* type = child<QComboBox>(opening, "procedureTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("col_rsd")));
        QVERIFY(child<QLineEdit>(opening, "procedureAuthorityEdit")
                    ->text()
                    .contains(QStringLiteral("CONARE")));
        auto* fileNumber = child<QLineEdit>(opening, "procedureFileNumberEdit");
        fileNumber->setFocus();
        typeText(fileNumber, QStringLiteral("RSD-2026-0042"));
        // A start in the future is refused and nothing is saved.
        child<QDateEdit>(opening, "procedureOpenedOnEdit")->setDate(t.clock().today().addDays(3));
        QTest::mouseClick(child<QPushButton>(opening, "procedureOkButton"), Qt::LeftButton);
        QVERIFY(opening->isVisible());
        QVERIFY(child<QWidget>(opening, "procedureOpenedOnEditError")->isVisible());
        QCOMPARE(ProcedureService(t.db(), t.clock(), t.legal()).forCase(r.id)->size(), 0);
        child<QDateEdit>(opening, "procedureOpenedOnEdit")->setDate(QDate(2026, 6, 2));
        QTest::mouseClick(child<QPushButton>(opening, "procedureOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<ProcedureDialog>());
        QCOMPARE(panel->procedures().size(), 1);
        QVERIFY(panel->current());
        QCOMPARE(panel->current()->fileNumber, QStringLiteral("RSD-2026-0042"));
        QCOMPARE(panel->stageProgress()->summary(), QStringLiteral("1 of 7: Application lodged"));

        // Recording "decision notified: rejected" shows what it will do, then does it.
        QTest::mouseClick(child<QPushButton>(panel, "recordEventButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<EventDialog>());
        EventDialog* event = visibleDialog<EventDialog>();
        auto* what = child<QComboBox>(event, "eventCombo");
        what->setCurrentIndex(what->findData(QStringLiteral("decision_rejected")));
        child<QDateEdit>(event, "eventDateEdit")->setDate(QDate(2026, 6, 12));
        const QDate appealDue = HolidayCalendar::current().addWorkingDays(QStringLiteral("COL"),
                                                                          QDate(2026, 6, 12), 10);
        QVERIFY(event->previewText().contains(QStringLiteral("Lodge the appeal")));
        QVERIFY2(event->previewText().contains(DateFormats::numeric(appealDue)),
                 qPrintable(event->previewText()));
        auto* note = child<QPlainTextEdit>(event, "eventNoteEdit");
        note->setFocus();
        typeText(note, QStringLiteral("Notified in person at the office."));
        keepScreenshot(event, QStringLiteral("event-dialog.png"));
        QTest::mouseClick(child<QPushButton>(event, "eventOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<EventDialog>());

        QCOMPARE(panel->current()->currentStage, QStringLiteral("decision"));
        QCOMPARE(panel->current()->outcome, QStringLiteral("rejected"));
        QCOMPARE(panel->stageProgress()->summary(),
                 QStringLiteral("4 of 7: First-instance decision"));
        auto* timeline = child<QTableWidget>(panel, "procedureTimeline");
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->item(0, 1)->text(), QStringLiteral("Decision notified: rejected"));
        QCOMPARE(timeline->item(0, 3)->text(), QStringLiteral("Notified in person at the office."));

        // The appeal deadline appeared on its own: in the case, the clinic's view and the count.
        DeadlinesModel* caseDeadlines = panel->deadlines()->model();
        QList<DeadlineRow> all;
        for (auto g : {DeadlinesModel::Group::Overdue, DeadlinesModel::Group::Today,
                       DeadlinesModel::Group::ThisWeek, DeadlinesModel::Group::Later})
            all += caseDeadlines->rowsIn(g);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].deadline.what, QStringLiteral("Lodge the appeal"));
        QCOMPARE(all[0].deadline.dueOn, appealDue);
        QCOMPARE(all[0].deadline.responsible, t.legal().displayName);
        const int weekAhead = appealDue <= t.clock().today().addDays(7) ? 1 : 0;
        QCOMPARE(window.deadlineCount()->thisWeek(), weekAhead);
        QList<DeadlineRow> clinic;
        for (auto g : {DeadlinesModel::Group::ThisWeek, DeadlinesModel::Group::Later})
            clinic += window.deadlinesView()->model()->rowsIn(g);
        QCOMPARE(clinic.size(), 1);
        keepScreenshot(&window, QStringLiteral("procedure-editor.png"));

        // Ticking it done takes it off the open deadlines, with who and when.
        const QModelIndex group =
            caseDeadlines->groupIndex(DeadlinesModel::groupOf(all[0].deadline, t.clock().today()));
        const QModelIndex done = caseDeadlines->index(0, DeadlinesModel::DoneColumn, group);
        QVERIFY(caseDeadlines->flags(done) & Qt::ItemIsUserCheckable);
        caseDeadlines->setData(done, Qt::Checked, Qt::CheckStateRole);
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal()).open(false)->isEmpty());
        QVERIFY(caseDeadlines->rowsIn(DeadlinesModel::Group::Later).isEmpty());
        QCOMPARE(window.deadlineCount()->thisWeek(), 0);
        closeDiscarding(window);
    }

    void anEventBeforeTheStartIsRefusedAndKeepsWhatWasTyped()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        const Procedure p = openProcedure(t, r);
        EventDialog dialog(t.db(), t.clock(), t.legal(), p);
        dialog.show();
        auto* what = child<QComboBox>(&dialog, "eventCombo");
        what->setCurrentIndex(what->findData(QStringLiteral("admitted")));
        child<QDateEdit>(&dialog, "eventDateEdit")->setDate(QDate(2026, 5, 1));
        auto* note = child<QPlainTextEdit>(&dialog, "eventNoteEdit");
        note->setPlainText(QStringLiteral("Provisional permit collected"));
        QTest::mouseClick(child<QPushButton>(&dialog, "eventOkButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QWidget>(&dialog, "eventDateEditError")->isVisible());
        QCOMPARE(note->toPlainText(), QStringLiteral("Provisional permit collected"));
        QVERIFY(ProcedureService(t.db(), t.clock(), t.legal()).find(p.id)->events.isEmpty());

        // Nothing chosen: said so, nothing saved.
        what->setCurrentIndex(0);
        child<QDateEdit>(&dialog, "eventDateEdit")->setDate(QDate(2026, 6, 10));
        QTest::mouseClick(child<QPushButton>(&dialog, "eventOkButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>(&dialog, "eventComboError")->isVisible());
        QVERIFY(ProcedureService(t.db(), t.clock(), t.legal()).find(p.id)->events.isEmpty());
    }

    void otherProcedureNeedsItsStagesNamed()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        Procedure blank;
        blank.caseId = r.id;
        ProcedureDialog dialog(t.db(), t.clock(), t.legal(), r, blank);
        dialog.show();
        auto* type = child<QComboBox>(&dialog, "procedureTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("other")));
        auto* stages = child<QPlainTextEdit>(&dialog, "procedureStagesEdit");
        QVERIFY(stages->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, "procedureOkButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QWidget>(&dialog, "procedureStagesEditError")->isVisible());
        stages->setPlainText(QStringLiteral("Custody claim filed\nHearing\nRuling"));
        QTest::mouseClick(child<QPushButton>(&dialog, "procedureOkButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.procedure().customStages.size(), 3);
        QCOMPARE(dialog.procedure().currentStage, QStringLiteral("Custody claim filed"));

        // A stage is reached by naming it.
        EventDialog event(t.db(), t.clock(), t.legal(), dialog.procedure());
        event.show();
        auto* what = child<QComboBox>(&event, "eventCombo");
        what->setCurrentIndex(what->findData(QStringLiteral("stage_reached")));
        auto* stage = child<QComboBox>(&event, "eventStageCombo");
        QVERIFY(stage->isVisible());
        stage->setCurrentIndex(stage->findData(QStringLiteral("Hearing")));
        QTest::mouseClick(child<QPushButton>(&event, "eventOkButton"), Qt::LeftButton);
        QVERIFY(!event.isVisible());
        QCOMPARE(event.procedure().currentStage, QStringLiteral("Hearing"));
    }

    void deadlineBucketsAtAFixedToday_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("overdue");
        QTest::addColumn<int>("dueToday");
        QTest::addColumn<int>("week");
        QTest::addColumn<int>("later");
        // Due: 10/06, 15/06, 16/06, 22/06, 23/06, 30/07; one done (12/06).
        QTest::newRow("monday 15 june") << QDate(2026, 6, 15) << 1 << 1 << 2 << 2;
        QTest::newRow("tuesday 16 june") << QDate(2026, 6, 16) << 2 << 1 << 2 << 1;
        QTest::newRow("before all") << QDate(2026, 6, 1) << 0 << 0 << 0 << 6;
        QTest::newRow("after all") << QDate(2026, 8, 1) << 6 << 0 << 0 << 0;
    }

    void deadlineBucketsAtAFixedToday()
    {
        QFETCH(QDate, today);
        QFETCH(int, overdue);
        QFETCH(int, dueToday);
        QFETCH(int, week);
        QFETCH(int, later);
        QList<DeadlineRow> rows;
        int id = 0;
        for (QDate due : {QDate(2026, 6, 10), QDate(2026, 6, 15), QDate(2026, 6, 16),
                          QDate(2026, 6, 22), QDate(2026, 6, 23), QDate(2026, 7, 30)}) {
            DeadlineRow row;
            row.deadline.id = ++id;
            row.deadline.caseId = 7;
            row.deadline.dueOn = due;
            row.deadline.what = QStringLiteral("due %1").arg(due.toString(Qt::ISODate));
            rows.append(row);
        }
        DeadlineRow done;
        done.deadline.id = ++id;
        done.deadline.dueOn = QDate(2026, 6, 12);
        done.deadline.done = true;
        rows.append(done);

        DeadlinesModel model;
        model.setRows(rows, today);
        QCOMPARE(model.rowsIn(DeadlinesModel::Group::Overdue).size(), overdue);
        QCOMPARE(model.rowsIn(DeadlinesModel::Group::Today).size(), dueToday);
        QCOMPARE(model.rowsIn(DeadlinesModel::Group::ThisWeek).size(), week);
        QCOMPARE(model.rowsIn(DeadlinesModel::Group::Later).size(), later);
        QCOMPARE(model.rowsIn(DeadlinesModel::Group::Done).size(), 1);
        // Four open groups always shown (an empty "Overdue (0)" reassures), then the done.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Overdue (%1)").arg(overdue));
        const QModelIndex laterGroup = model.groupIndex(DeadlinesModel::Group::Later);
        QCOMPARE(model.rowCount(laterGroup), later);
        if (later > 0) {
            const QModelIndex first = model.index(0, DeadlinesModel::WhatColumn, laterGroup);
            QCOMPARE(first.parent(), laterGroup);
            QCOMPARE(first.data(DeadlinesModel::CaseIdRole).toLongLong(), 7);
        }
    }

    void aDeadlineRowOpensItsCaseOnTheLegalTab()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        const Procedure p = openProcedure(t, r);
        // One missed (entered two weeks ago), one today, one later this week.
        const QDateTime now = t.clock().now();
        t.clock().set(now.addDays(-14));
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal())
                    .add(r.id, p.id, QStringLiteral("Hand in the identity documents"),
                         QDate(2026, 6, 10), QString()));
        t.clock().set(now);
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal())
                    .add(r.id, 0, QStringLiteral("Bring the birth certificate"), t.clock().today(),
                         QString()));
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal())
                    .add(r.id, p.id, QStringLiteral("Prepare the interview"), QDate(2026, 6, 18),
                         QString()));
        MainWindow window(t.db(), t.clock(), t.legal());
        window.resize(1280, 800);
        window.show();
        // The morning reminder: something due today opens on the deadlines.
        auto* tabs = child<QTabWidget>(&window, "tabs");
        QCOMPARE(tabs->currentWidget(), window.deadlinesView());
        QVERIFY(window.deadlineCount()->text().contains(QStringLiteral("1 overdue")));
        QVERIFY(window.deadlineCount()->text().contains(QStringLiteral("2 due soon")));
        keepScreenshot(&window, QStringLiteral("deadlines-view.png"));
        DeadlinesModel* model = window.deadlinesView()->model();
        const QModelIndex row = model->index(0, DeadlinesModel::WhatColumn,
                                             model->groupIndex(DeadlinesModel::Group::Today));
        QCOMPARE(row.data().toString(), QStringLiteral("Bring the birth certificate"));
        QTreeView* tree = window.deadlinesView()->tree();
        tree->setCurrentIndex(row);
        emit tree->activated(row);
        CaseEditor* editor = window.editorFor(r.id);
        QVERIFY(editor);
        QCOMPARE(tabs->currentWidget(), editor);
        QCOMPARE(child<QTabWidget>(editor, "caseEditorPages")->currentWidget(),
                 editor->proceduresPanel());

        // "Mine" shows only the deadlines the signed-in person answers for.
        window.deadlinesView()->setMineOnly(true);
        QCOMPARE(model->rowsIn(DeadlinesModel::Group::Today).size(), 1);
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal())
                    .add(r.id, 0, QStringLiteral("Call the school"), t.clock().today(),
                         QStringLiteral("Someone Else")));
        window.deadlinesView()->refresh();
        QCOMPARE(model->rowsIn(DeadlinesModel::Group::Today).size(), 1);
        window.deadlinesView()->setMineOnly(false);
        QCOMPARE(model->rowsIn(DeadlinesModel::Group::Today).size(), 2);
        closeDiscarding(window);
    }

    void addingADeadlineInThePastIsRefused()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        DeadlineDialog dialog(t.db(), t.clock(), t.legal(), r.id, {}, 0);
        dialog.show();
        auto* what = child<QLineEdit>(&dialog, "deadlineWhatEdit");
        what->setFocus();
        typeText(what, QStringLiteral("Renew the permit"));
        child<QDateEdit>(&dialog, "deadlineDueEdit")->setDate(t.clock().today().addDays(-1));
        QTest::mouseClick(child<QPushButton>(&dialog, "deadlineOkButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QWidget>(&dialog, "deadlineDueEditError")->isVisible());
        QCOMPARE(what->text(), QStringLiteral("Renew the permit"));
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal()).forCase(r.id, true)->isEmpty());
        child<QDateEdit>(&dialog, "deadlineDueEdit")->setDate(t.clock().today().addDays(20));
        QTest::mouseClick(child<QPushButton>(&dialog, "deadlineOkButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(DeadlineService(t.db(), t.clock(), t.legal()).forCase(r.id, true)->size(), 1);
    }

    void closingACaseWithOpenDeadlinesAsksFirst()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        QVERIFY(DeadlineService(t.db(), t.clock(), t.legal())
                    .add(r.id, 0, QStringLiteral("Lodge the appeal"), QDate(2026, 6, 26), {}));
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        chooseClosed(editor, QStringLiteral("Moved on"), CaseOutcome::OnwardMovement);
        QVERIFY(child<QComboBox>(editor, "outcomeCombo")->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QVERIFY(!editor->save());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Lodge the appeal")));
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(r.id)->status, CaseStatus::Open);
        QVERIFY(editor->isDirty()); // nothing typed is lost
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(editor->save());
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(r.id)->status, CaseStatus::Closed);
        closeDiscarding(window);
    }

    // Closing on a voluntary return asks when, where to, and that the decision was the
    // person's, free and informed; without it nothing is saved and nothing typed is lost.
    void closingOnAVoluntaryReturnAsksForTheInformedDecision()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord r =
            *CaseService(t.db(), t.clock(), t.legal())
                 .save(Fixtures::caseFor(
                     site.id, Fixtures::person(QStringLiteral("Rosa"), QStringLiteral("Mena"))));
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        auto* outcome = child<QComboBox>(editor, "outcomeCombo");
        QVERIFY(!outcome->isVisible()); // an open case has no outcome
        chooseClosed(editor, QStringLiteral("Going home"), std::nullopt);
        QVERIFY(!editor->save()); // the outcome is asked
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(r.id)->status, CaseStatus::Open);
        outcome->setCurrentIndex(outcome->findData(int(CaseOutcome::VoluntaryReturn)));
        auto* returnBox = child<QWidget>(editor, "voluntaryReturnBox");
        QVERIFY(returnBox->isVisible());
        child<QDateEdit>(editor, "returnOnEdit")->setDate(t.clock().today().addDays(3));
        typeText(child<QLineEdit>(editor, "returnPlaceEdit"), QStringLiteral("Maracaibo"));
        keepScreenshot(editor, QStringLiteral("case-voluntary-return.png"));
        QVERIFY(!editor->save());
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(r.id)->status, CaseStatus::Open);
        QCOMPARE(child<QLineEdit>(editor, "returnPlaceEdit")->text(), QStringLiteral("Maracaibo"));
        bool asked = false;
        for (QLabel* label : returnBox->findChildren<QLabel*>())
            asked |= label->isVisible() && label->text().contains(QStringLiteral("informed"));
        QVERIFY(asked);
        QTest::mouseClick(child<QCheckBox>(editor, "returnInformedBox"), Qt::LeftButton);
        QVERIFY(editor->save());
        const CaseRecord stored = *CaseService(t.db(), t.clock(), t.legal()).load(r.id);
        QCOMPARE(stored.outcome, std::optional<CaseOutcome>(CaseOutcome::VoluntaryReturn));
        QCOMPARE(stored.voluntaryReturn.country, QStringLiteral("VEN"));
        QCOMPARE(stored.voluntaryReturn.place, QStringLiteral("Maracaibo"));
        QVERIFY(stored.voluntaryReturn.informedDecision);
        closeDiscarding(window);
    }

    void conflictCheckFindsSimilarNamesAndRecordsTheDecision()
    {
        TestDatabase t;
        QVERIFY(t);
        // Someone the clinic already knows, written differently.
        const CaseRecord r = family(t);
        family(t, r.siteId, QStringLiteral("José Gregorio"), QStringLiteral("Pérez"));
        ConflictCheckDialog dialog(t.db(), t.clock(), t.legal(), r);
        dialog.show();
        auto* name = child<QLineEdit>(&dialog, "partyNameEdit");
        name->setFocus();
        typeText(name, QStringLiteral("Jose Gregorio Perez"));
        QTest::mouseClick(child<QPushButton>(&dialog, "addPartyButton"), Qt::LeftButton);
        QCOMPARE(child<QTableWidget>(&dialog, "opposingPartiesTable")->rowCount(), 1);
        // Members and the party are the names checked.
        QCOMPARE(child<QTableWidget>(&dialog, "conflictSubjectsTable")->rowCount(), 3);
        QVERIFY(!child<QPushButton>(&dialog, "recordConflictDecisionButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "runConflictCheckButton"), Qt::LeftButton);
        QVERIFY(!dialog.findings().isEmpty());
        QCOMPARE(dialog.findings().constFirst().foundName, QStringLiteral("José Gregorio Pérez"));
        QVERIFY(child<QTableWidget>(&dialog, "conflictResultsTable")->rowCount() > 0);
        keepScreenshot(&dialog, QStringLiteral("conflict-check.png"));

        // Waiving needs a reason; without one nothing is recorded.
        auto* decision = child<QComboBox>(&dialog, "conflictDecisionCombo");
        decision->setCurrentIndex(decision->findData(int(ConflictCheck::Decision::Waived)));
        QTest::mouseClick(child<QPushButton>(&dialog, "recordConflictDecisionButton"),
                          Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "conflictErrorLabel")->isVisible());
        QVERIFY(ConflictCheckService(t.db(), t.clock(), t.legal()).checks(r.id)->isEmpty());
        child<QLineEdit>(&dialog, "conflictNoteEdit")
            ->setText(QStringLiteral("Same name, different person: born 1971 in Maracaibo"));
        QTest::mouseClick(child<QPushButton>(&dialog, "recordConflictDecisionButton"),
                          Qt::LeftButton);
        const QList<ConflictCheck> checks =
            *ConflictCheckService(t.db(), t.clock(), t.legal()).checks(r.id);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks[0].decision, ConflictCheck::Decision::Waived);
        QVERIFY(checks[0].findings.contains(QStringLiteral("José Gregorio Pérez")));
        QCOMPARE(child<QTableWidget>(&dialog, "conflictHistoryTable")->rowCount(), 1);
    }

    void summaryPdfNamesThePersonAndTheNextDeadline()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        const Procedure p = openProcedure(t, r);
        QVERIFY(ProcedureService(t.db(), t.clock(), t.legal())
                    .recordEvent(p.id, {QStringLiteral("decision_rejected"),
                                        QDate(2026, 6, 12),
                                        QStringLiteral("internal: weak file, call the NGO"),
                                        {}}));
        const QDate appealDue = HolidayCalendar::current().addWorkingDays(QStringLiteral("COL"),
                                                                          QDate(2026, 6, 12), 10);
        const CaseRecord loaded = *CaseService(t.db(), t.clock(), t.legal()).load(r.id);
        ProceduresPanel panel(t.db(), t.clock(), t.legal());
        panel.setCase(loaded);
        QVERIFY(panel.current());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(panel.writeSummary(pdf, QStringLiteral("es")));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (const QString keep = qEnvironmentVariable("AMPARO_SCREENSHOT_DIR"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("procedure-summary.pdf")));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext is missing: ./dev.sh installs poppler-utils");
        QProcess extract;
        extract.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        QCOMPARE(extract.exitCode(), 0);
        const QString text = QString::fromUtf8(extract.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Carmen Rojas")), qPrintable(text));
        // Dates as a Spanish reader writes them.
        const QString dueInSpanish = [&] {
            const LanguageScope spanish(QStringLiteral("es"));
            return DateFormats::numeric(appealDue);
        }();
        QCOMPARE(dueInSpanish,
                 QStringLiteral("%1/%2/2026").arg(appealDue.day()).arg(appealDue.month()));
        QVERIFY2(text.contains(dueInSpanish), qPrintable(text));
        // In Spanish by default, with the labels of the reference data in Spanish too.
        QVERIFY2(text.contains(QStringLiteral("Resumen de su trámite")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Presentar el recurso")), qPrintable(text));
        // Internal notes stay in the file.
        QVERIFY(!text.contains(QStringLiteral("weak file")));
        // The window keeps its language.
        QCOMPARE(ProcedureRules::typeName(QStringLiteral("col_rsd")),
                 QStringLiteral("Refugee status determination (Colombia)"));
    }

    void aVolunteerSeesNoLegalSide()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        openProcedure(t, r);
        MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
        window.show();
        QVERIFY(!window.deadlinesView());
        QVERIFY(!window.deadlineCount());
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        QVERIFY(editor);
        QVERIFY(!editor->proceduresPanel());
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestLegalGui)
#include "tst_legalgui.moc"
