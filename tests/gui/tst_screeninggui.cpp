#include "core/services/CaseService.h"
#include "core/services/ScreeningService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/caselist/CaseListModel.h"
#include "ui/caselist/CaseListView.h"
#include "ui/common/MessageBox.h"
#include "ui/legal/DeadlinesModel.h"
#include "ui/legal/DeadlinesView.h"
#include "ui/risk/RiskPanel.h"
#include "ui/risk/ScreeningDialog.h"
#include "ui/risk/ScreeningForm.h"
#include "ui/risk/SpecificNeedsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>

class TestScreeningGui : public QObject
{
    Q_OBJECT

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

    static void close(MainWindow& window)
    {
        MessageBox::setNextAnswer(MessageBox::Answer::Discard);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        window.close();
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void screenAFamilyThroughTheForm()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        QVERIFY(editor);
        QVERIFY(!child<QLabel>(editor, "riskBannerLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(editor, "screenButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<ScreeningDialog>());
        ScreeningDialog* dialog = visibleDialog<ScreeningDialog>();
        ScreeningForm* mother = dialog->formFor(r.members[0].person.id);
        ScreeningForm* son = dialog->formFor(r.members[1].person.id);
        QVERIFY(mother && son);

        // The suggestion from the data is shown, not applied.
        auto* confirm = child<QRadioButton>(mother, "confirm_legal_physical.no_documentation");
        QVERIFY(confirm);
        QVERIFY(
            !mother->indicatorBox(QStringLiteral("legal_physical.no_documentation"))->isChecked());
        QVERIFY(
            !mother->indicatorBox(QStringLiteral("legal_physical.no_documentation"))->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "saveScreeningButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "screeningErrorLabel")->isVisible());

        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(
            mother->indicatorBox(QStringLiteral("legal_physical.no_documentation"))->isChecked());
        QTest::mouseClick(child<QPushButton>(dialog, "saveScreeningButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // the level of legal protection is still missing
        auto* category = mother->findChild<QWidget*>(QStringLiteral("category_legal_physical"));
        bool levelErrorShown = false;
        for (QLabel* label : category->findChildren<QLabel*>())
            levelErrorShown |=
                label->isVisible() && label->text().contains(QStringLiteral("Set the risk level"));
        QVERIFY(levelErrorShown);
        mother->levelBox(QStringLiteral("legal_physical"))->setCurrentIndex(2); // medium
        QTest::mouseClick(mother->indicatorBox(QStringLiteral("women_girls.gbv_risk")),
                          Qt::LeftButton);
        mother->levelBox(QStringLiteral("women_girls"))->setCurrentIndex(3); // high
        mother->addAction(QStringLiteral("safe_shelter"), QStringLiteral("Casa de paso"));
        QTest::mouseClick(son->indicatorBox(QStringLiteral("children.not_in_school")),
                          Qt::LeftButton);
        son->levelBox(QStringLiteral("children"))->setCurrentIndex(1); // low
        QTest::mouseClick(child<QPushButton>(dialog, "saveScreeningButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<ScreeningDialog>());

        // The case shows the flag with its categories; the list too.
        auto* banner = child<QLabel>(editor, "riskBannerLabel");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Women and girls at risk")));
        auto* members = child<QTableWidget>(editor, "riskMembersTable");
        QCOMPARE(members->item(0, 1)->text(), QStringLiteral("High"));
        QCOMPARE(members->item(1, 1)->text(), QStringLiteral("Low"));
        QVERIFY(members->item(0, 3)->text().contains(QStringLiteral("LP-ND")));
        auto* actions = child<QTableWidget>(editor, "riskActionsTable");
        QCOMPARE(actions->rowCount(), 1);

        window.caseList()->refresh();
        CaseListModel* model = window.caseList()->model();
        QCOMPARE(model->index(0, CaseListModel::RiskColumn).data().toString(),
                 QStringLiteral("High · Women and girls at risk · 1 pending"));
        QTest::mouseClick(child<QPushButton>(window.caseList(), "highRiskPendingButton"),
                          Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);

        // A specific-needs code added by hand appears in the panel; removing it keeps history.
        QTest::mouseClick(child<QPushButton>(editor, "specificNeedsButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<SpecificNeedsDialog>());
        SpecificNeedsDialog* needs = visibleDialog<SpecificNeedsDialog>();
        needs->addCode(QStringLiteral("WR-SF"));
        QTRY_VERIFY(members->item(0, 3)->text().contains(QStringLiteral("WR-SF")));
        auto* list = child<QListWidget>(needs, "needsList");
        list->setCurrentRow(list->count() - 1);
        needs->removeSelected();
        QVERIFY(list->item(list->count() - 1)->text().contains(QStringLiteral("removed on")));
        QVERIFY(!members->item(0, 3)->text().contains(QStringLiteral("WR-SF")));
        needs->reject();

        // Mark the action done from the case: no longer pending.
        auto* status = qobject_cast<QComboBox*>(actions->cellWidget(0, 2));
        status->setCurrentIndex(status->findData(int(ActionStatus::Done)));
        QTest::mouseClick(child<QPushButton>(editor, "saveActionsButton"), Qt::LeftButton);
        window.caseList()->refresh();
        QCOMPARE(model->rowCount(), 0);
        close(window);
    }

    // The interview as the HRIT runs it: the checklist first, the summary and the overall
    // rating to end, the rating following the categories until the assessor chooses it, the
    // referral areas in the order of priority, and the follow-up among the deadlines.
    void theInterviewEndsWithTheSummaryAndTheOverallRating()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        ScreeningDialog dialog(t.db(), t.clock(), t.legal(), r);
        dialog.show();
        ScreeningForm* son = dialog.formFor(r.members[1].person.id);
        ScreeningForm* mother = dialog.formFor(r.members[0].person.id);
        QTest::mouseClick(son->checklistBox(QStringLiteral("confidentiality_explained")),
                          Qt::LeftButton);
        QTest::mouseClick(son->indicatorBox(QStringLiteral("children.child_labour")),
                          Qt::LeftButton);
        son->levelBox(QStringLiteral("children"))->setCurrentIndex(2); // medium
        QComboBox* overall = son->overallBox();
        QCOMPARE(overall->currentData().toInt(), int(RiskLevel::Medium));
        QCOMPARE(child<QLabel>(son, "ratingSummaryLabel")->text(),
                 QStringLiteral("By category — Children and adolescents: Medium"));
        const QString meaning = child<QLabel>(son, "overallMeaningLabel")->text();
        QVERIFY2(meaning.contains(QStringLiteral("within 4 to 6 weeks")), qPrintable(meaning));
        QVERIFY2(meaning.contains(QStringLiteral("due 42 day")), qPrintable(meaning));
        QVERIFY2(meaning.contains(QStringLiteral("flagged from day 28")), qPrintable(meaning));

        // The assessor judges higher; the categories no longer move the rating.
        overall->setFocus();
        QTest::keyClick(overall, Qt::Key_Down);
        QCOMPARE(overall->currentData().toInt(), int(RiskLevel::High));
        son->levelBox(QStringLiteral("children"))->setCurrentIndex(1); // low
        QCOMPARE(overall->currentData().toInt(), int(RiskLevel::High));
        QVERIFY(child<QLabel>(son, "overallMeaningLabel")
                    ->text()
                    .contains(QStringLiteral("due 3 day")));

        son->addAction(QStringLiteral("psychosocial"));
        son->addAction(QStringLiteral("child_protection"));
        auto* areas = child<QTableWidget>(son, "actionsTable");
        areas->setCurrentCell(1, 0);
        QTest::mouseClick(child<QPushButton>(son, "moveActionUpButton"), Qt::LeftButton);
        QCOMPARE(areas->currentRow(), 0);
        QTest::mouseClick(mother->findChild<QRadioButton*>(
                              QStringLiteral("dismiss_legal_physical.no_documentation")),
                          Qt::LeftButton);
        QCOMPARE(mother->overallBox()->currentData().toInt(), int(RiskLevel::None));
        dialog.resize(1000, 900);
        child<QTabWidget>(&dialog, "screeningTabs")->setCurrentWidget(son);
        QCoreApplication::processEvents();
        son->findChild<QScrollArea*>()->ensureWidgetVisible(child<QWidget>(son, "overallBox"));
        QCoreApplication::processEvents();
        keepScreenshot(&dialog, QStringLiteral("screening-overall-rating.png"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveScreeningButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());

        const Screening stored = ScreeningService(t.db(), t.clock(), t.legal())
                                     .current(r.id)
                                     ->value(r.members[1].person.id);
        QCOMPARE(stored.overallLevel, RiskLevel::High);
        QCOMPARE(stored.checklist, QSet<QString>{QStringLiteral("confidentiality_explained")});
        QCOMPARE(stored.actions.size(), 2);
        QCOMPARE(stored.actions[0].actionCode, QStringLiteral("child_protection"));
        QCOMPARE(stored.actions[1].actionCode, QStringLiteral("psychosocial"));

        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        auto* deadlines = window.findChild<DeadlinesView*>();
        QVERIFY(deadlines);
        deadlines->refresh();
        DeadlinesModel* model = deadlines->model();
        const QList<DeadlineRow> week = model->rowsIn(DeadlinesModel::Group::ThisWeek);
        QCOMPARE(week.size(), 1);
        QCOMPARE(week[0].deadline.dueOn, t.clock().today().addDays(3));
        close(window);

        // Rated medium at the follow-up: due in six weeks, shown as coming up from the fourth.
        Screening medium = stored;
        medium.screenedOn = t.clock().today();
        medium.overallLevel = RiskLevel::Medium;
        QVERIFY(ScreeningService(t.db(), t.clock(), t.legal()).save(r.id, {medium}));
        t.clock().advanceDays(29);
        MainWindow later(t.db(), t.clock(), t.legal());
        later.show();
        auto* laterDeadlines = later.findChild<DeadlinesView*>();
        laterDeadlines->refresh();
        QCOMPARE(laterDeadlines->model()->rowsIn(DeadlinesModel::Group::Flagged).size(), 1);
        QVERIFY(laterDeadlines->model()->rowsIn(DeadlinesModel::Group::ThisWeek).isEmpty());
        QVERIFY(laterDeadlines->model()->groupIndex(DeadlinesModel::Group::Flagged).isValid());
        const QString summary = child<QLabel>(laterDeadlines, "deadlinesSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("coming up")), qPrintable(summary));
        later.resize(1200, 700);
        later.showDeadlines();
        keepScreenshot(&later, QStringLiteral("deadlines-coming-up.png"));
        close(later);
    }

    void volunteerSeesOnlyTheFlag()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        Screening s;
        s.personId = r.members[1].person.id;
        s.screenedOn = t.clock().today();
        s.indicators = {QStringLiteral("children.armed_groups")};
        s.levels.insert(QStringLiteral("children"), RiskLevel::High);
        s.overallLevel = RiskLevel::High;
        QVERIFY(ScreeningService(t.db(), t.clock(), t.legal()).save(r.id, {s}));

        MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
        window.show();
        CaseListModel* model = window.caseList()->model();
        QCOMPARE(model->index(0, CaseListModel::RiskColumn).data().toString(),
                 QStringLiteral("Speak to staff"));
        QVERIFY(child<QComboBox>(window.caseList(), "riskCategoryCombo")->isHidden());
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        auto* banner = child<QLabel>(editor, "riskBannerLabel");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("speak to staff")));
        QVERIFY(!banner->text().contains(QStringLiteral("Children")));
        QVERIFY(child<QPushButton>(editor, "screenButton")->isHidden());
        QVERIFY(child<QTableWidget>(editor, "riskMembersTable")->isHidden());
        close(window);
    }
};

QTEST_MAIN(TestScreeningGui)
#include "tst_screeninggui.moc"
