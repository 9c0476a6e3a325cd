#include "core/services/CaseService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/caselist/CaseListView.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/FileDialog.h"
#include "ui/rights/DataRequestsDialog.h"
#include "ui/rights/DataRightsDialog.h"
#include "ui/rights/RetentionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

// A person's requests about their data, answered from their case by an administrator
// (issue 23): a copy of their data, a correction recorded and answered in the register, a
// consent withdrawn, a member erased (the case stays), an only member erased (the case goes).
class TestDataRightsGui : public QObject
{
    Q_OBJECT

    static CaseRecord family(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Zambrano")));
        r.members.append({Fixtures::person(QStringLiteral("Kevin"), QStringLiteral("Zambrano"), {},
                                           Sex::Male, PartialDate::yearOnly(2015)),
                          Relationship::Child});
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("legal"), true, true, true};
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static DataRightsDialog* openRights(MainWindow& window, qint64 caseId)
    {
        window.openCase(caseId);
        CaseEditor* editor = window.editorFor(caseId);
        auto* button = child<QPushButton>(editor, "dataRightsButton");
        if (!button || !button->isVisible())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return visibleDialog<DataRightsDialog>();
    }

    static void click(QWidget* dialog, const char* name)
    {
        QTest::mouseClick(child<QPushButton>(dialog, name), Qt::LeftButton);
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void answerEachRequestFromTheCase()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        DataRightsDialog* rights = openRights(window, r.id);
        QVERIFY(rights);
        auto* tabs = child<QTabWidget>(rights, "rightsTabs");

        // A correction without the identity check or the words: refused at its fields.
        tabs->setCurrentIndex(1);
        click(rights, "rightsCorrectButton");
        QVERIFY(child<FieldErrorLabel>(rights, "rightsIdentityEditError")->isVisible());
        QVERIFY(child<FieldErrorLabel>(rights, "rightsWhatIsWrongEditError")->isVisible());
        typeText(child<QLineEdit>(rights, "rightsIdentityEdit"), QStringLiteral("cédula shown"));
        typeText(child<QPlainTextEdit>(rights, "rightsWhatIsWrongEdit"),
                 QStringLiteral("My family name is Zambrana."));
        keepScreenshot(rights, QStringLiteral("data-rights-correct.png"));
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        click(rights, "rightsCorrectButton");
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("waiting for its answer")),
                 qPrintable(MessageBox::lastText()));

        // A copy of her data, in Spanish.
        tabs->setCurrentIndex(0);
        auto* language = child<QComboBox>(rights, "rightsLanguageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        const QString pdf = t.folder() + QStringLiteral("/yoselin.pdf");
        FileDialog::setNextFileName(pdf);
        keepScreenshot(rights, QStringLiteral("data-rights-see.png"));
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        click(rights, "rightsWriteCopyButton");
        QVERIFY2(QFile::exists(pdf), qPrintable(MessageBox::lastText()));

        // Tracing consent withdrawn: the case shows it at once.
        tabs->setCurrentIndex(2);
        QSignalSpy changed(rights, &DataRightsDialog::caseChanged);
        child<QCheckBox>(rights, "rightsTracingCheck")->setChecked(true);
        keepScreenshot(rights, QStringLiteral("data-rights-consent.png"));
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        click(rights, "rightsWithdrawButton");
        QCOMPARE(changed.count(), 1);
        QVERIFY(!CaseService(t.db(), t.clock(), t.admin()).load(r.id)->consent->tracingContact);

        // Kevin erased: the case stays with his mother.
        tabs->setCurrentIndex(3);
        auto* person = child<QComboBox>(rights, "rightsPersonCombo");
        person->setCurrentIndex(1);
        QVERIFY(person->currentText().startsWith(QStringLiteral("Kevin")));
        keepScreenshot(rights, QStringLiteral("data-rights-erase.png"));
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        click(rights, "rightsEraseButton");
        QVERIFY(rights->isVisible());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        click(rights, "rightsEraseButton");
        QTRY_VERIFY(!visibleDialog<DataRightsDialog>());
        CaseEditor* editor = window.editorFor(r.id);
        QVERIFY(editor);
        QCOMPARE(CaseService(t.db(), t.clock(), t.admin()).load(r.id)->members.size(), 1);
        QVERIFY(!editor->isDirty());

        // The register: four requests; the correction answered there.
        window.findChild<QAction*>(QStringLiteral("dataRequestsAction"))->trigger();
        QTRY_VERIFY(visibleDialog<DataRequestsDialog>());
        DataRequestsDialog* registerDialog = visibleDialog<DataRequestsDialog>();
        QTableWidget* table = registerDialog->table();
        QCOMPARE(table->rowCount(), 4);
        int correction = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() == QStringLiteral("Correct their data"))
                correction = row;
        }
        QVERIFY(correction >= 0);
        QCOMPARE(table->item(correction, 4)->text(), QStringLiteral("Not answered yet"));
        table->selectRow(correction);
        auto* answer = child<QLineEdit>(registerDialog, "requestAnswerEdit");
        QVERIFY(answer->isEnabled());
        click(registerDialog, "requestAnswerButton");
        QVERIFY(child<FieldErrorLabel>(registerDialog, "requestAnswerEditError")->isVisible());
        typeText(answer, QStringLiteral("Corrected in the case."));
        QTest::keyClick(answer, Qt::Key_Return);
        QCOMPARE(table->item(correction, 4)->text(), QStringLiteral("Granted"));
        QCOMPARE(table->item(correction, 5)->text(), QStringLiteral("Corrected in the case."));
        keepScreenshot(registerDialog, QStringLiteral("data-requests.png"));
        registerDialog->close();
        closeDiscarding(window);
    }

    // Her only member erased, the case goes, and its tab with it, asking nothing.
    void erasingTheOnlyMemberClosesTheCase()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        const CaseRecord r =
            *CaseService(t.db(), t.clock(), t.legal())
                 .save(Fixtures::caseFor(
                     site.id, Fixtures::person(QStringLiteral("Wilmer"), QStringLiteral("Ochoa"))));
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        DataRightsDialog* rights = openRights(window, r.id);
        QVERIFY(rights);
        child<QTabWidget>(rights, "rightsTabs")->setCurrentIndex(3);
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        click(rights, "rightsEraseButton");
        QTRY_VERIFY(!window.editorFor(r.id));
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 0);
        closeDiscarding(window);
    }

    // No period until the organisation sets one (the dialog says so); then the closed cases
    // past it, each renewed with a reason, anonymized or erased.
    void retentionOfClosedCases()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService cases(t.db(), t.clock(), t.legal());
        QList<qint64> closed;
        for (const QString& given :
             {QStringLiteral("Ana"), QStringLiteral("Berta"), QStringLiteral("Carla")}) {
            CaseRecord r =
                Fixtures::caseFor(site.id, Fixtures::person(given, QStringLiteral("Ríos")));
            r.status = CaseStatus::Closed;
            r.outcome = CaseOutcome::NeedsMet;
            r.closureReason = QStringLiteral("Services completed.");
            Result<CaseRecord> saved = cases.save(r);
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
            closed.append(saved->id);
        }
        t.clock().advanceDays(400);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        window.findChild<QAction*>(QStringLiteral("retentionAction"))->trigger();
        QTRY_VERIFY(visibleDialog<RetentionDialog>());
        RetentionDialog* dialog = visibleDialog<RetentionDialog>();
        QVERIFY(child<QLabel>(dialog, "retentionRecommendationLabel")->isVisible());
        QCOMPARE(dialog->table()->rowCount(), 0);
        keepScreenshot(dialog, QStringLiteral("retention-unset.png"));
        click(dialog, "retentionSaveButton");
        QVERIFY(child<QLabel>(dialog, "retentionRecommendationLabel")->isVisible());
        QVERIFY(child<FieldErrorLabel>(dialog, "retentionError")->isVisible());
        QVERIFY(child<FieldErrorLabel>(dialog, "retentionError")
                    ->text()
                    .contains(QStringLiteral("1 to 1200 months")));

        child<QSpinBox>(dialog, "retentionMonthsSpin")->setValue(12);
        click(dialog, "retentionSaveButton");
        QVERIFY(!child<QLabel>(dialog, "retentionRecommendationLabel")->isVisible());
        QCOMPARE(dialog->table()->rowCount(), 3);

        // Kept a year more: the reason is asked.
        dialog->table()->selectRow(0);
        click(dialog, "retentionRenewButton");
        QVERIFY(child<FieldErrorLabel>(dialog, "retentionReasonEditError")->isVisible());
        typeText(child<QLineEdit>(dialog, "retentionReasonEdit"),
                 QStringLiteral("The appeal is still pending."));
        click(dialog, "retentionRenewButton");
        QCOMPARE(dialog->table()->rowCount(), 2);

        dialog->table()->selectRow(0);
        keepScreenshot(dialog, QStringLiteral("retention-due.png"));
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        click(dialog, "retentionAnonymizeButton");
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE given_names = ''")),
                 1);
        // The case list says so rather than showing an empty name.
        auto* list = window.findChild<CaseListView*>();
        QVERIFY(list);
        QAbstractItemModel* model = list->findChild<QTableView*>()->model();
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->index(row, 1).data().toString());
        QVERIFY2(shown.contains(QStringLiteral("(anonymized)")), qPrintable(shown.join(u',')));
        dialog->table()->selectRow(0);
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        click(dialog, "retentionEraseButton");
        QCOMPARE(dialog->table()->rowCount(), 0);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 2);
        dialog->close();
        closeDiscarding(window);
    }

    // Legal staff see no such button and cannot open the register.
    void onlyAdministratorsSeeIt()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        QVERIFY(!openRights(window, r.id));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("dataRequestsAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("retentionAction"))->isEnabled());
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestDataRightsGui)
#include "tst_datarightsgui.moc"
