#include "core/services/CaseService.h"
#include "core/storage/PersonRepository.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/FaultInjectingVfs.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/admin/MergeDialog.h"
#include "ui/admin/MergeReviewDialog.h"
#include "ui/admin/PossibleDuplicatesListDialog.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/caseeditor/MemberDialog.h"
#include "ui/caseeditor/PossibleDuplicatesDialog.h"
#include "ui/caselist/CaseListModel.h"
#include "ui/caselist/CaseListView.h"
#include "ui/common/MessageBox.h"
#include "ui/sites/SiteDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

    // Fills the open member dialog and presses OK.
    static void fillMember(const QString& given, const QString& family, int sexIndex, int birthYear)
    {
        MemberDialog* dialog = visibleDialog<MemberDialog>();
        QVERIFY(dialog);
        auto* givenEdit = child<QLineEdit>(dialog, "givenNamesEdit");
        auto* familyEdit = child<QLineEdit>(dialog, "familyName1Edit");
        QVERIFY(givenEdit && familyEdit);
        typeText(givenEdit, given);
        familyEdit->clear();
        typeText(familyEdit, family);
        child<QComboBox>(dialog, "sexCombo")->setCurrentIndex(sexIndex);
        child<QComboBox>(dialog, "birthPrecisionCombo")->setCurrentIndex(3); // year only
        child<QSpinBox>(dialog, "birthYearSpin")->setValue(birthYear);
        QTest::mouseClick(child<QPushButton>(dialog, "memberOkButton"), Qt::LeftButton);
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void registersAFamilyAndFindsIt()
    {
        TestDatabase t;
        QVERIFY(t);
        Fixtures::cucutaSite(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        window.findChild<QAction*>(QStringLiteral("newCaseAction"))->trigger();
        QTRY_VERIFY(visibleDialog<MemberDialog>());

        // An empty name is refused next to the field, and the dialog stays open.
        QTest::mouseClick(child<QPushButton>(visibleDialog<MemberDialog>(), "memberOkButton"),
                          Qt::LeftButton);
        auto* nameError = child<QLabel>(visibleDialog<MemberDialog>(), "givenNamesEditError");
        QVERIFY(nameError && nameError->isVisible());
        QVERIFY(nameError->text().contains(QStringLiteral("given name")));

        fillMember(QStringLiteral("María José"), QStringLiteral("Pérez"), 0, 1988);
        QTRY_VERIFY(!visibleDialog<MemberDialog>());
        CaseEditor* editor = window.editors().value(0);
        QVERIFY(editor);
        QCOMPARE(editor->record().members.size(), 1);

        QTest::mouseClick(child<QPushButton>(editor, "addMemberButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<MemberDialog>());
        fillMember(QStringLiteral("Johandry"), QStringLiteral("Pérez"), 1, 2014);
        QTRY_VERIFY(!visibleDialog<MemberDialog>());
        QCOMPARE(editor->record().members.size(), 2);
        QCOMPARE(editor->record().members[1].relationship, Relationship::Child);
        QVERIFY(editor->isDirty());

        typeText(child<QPlainTextEdit>(editor, "newNoteEdit"),
                 QStringLiteral("Arrived at the shelter today."));
        QTest::mouseClick(child<QPushButton>(editor, "saveCaseButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(editor, "caseNumberLabel")->text(),
                 QStringLiteral("CUC-2026-00001"));
        QVERIFY(!editor->isDirty());
        QCOMPARE(editor->record().notes.size(), 1);

        // The list shows it, and a search by the child's name (no accents) finds it.
        CaseListModel* model = window.caseList()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, CaseListModel::PrincipalColumn).data().toString(),
                 QStringLiteral("María José Pérez"));
        QCOMPARE(model->index(0, CaseListModel::MembersColumn).data().toInt(), 2);
        auto* search = child<QLineEdit>(&window, "searchEdit");
        typeText(search, QStringLiteral("johandry perez"));
        QTRY_COMPARE(model->filter().text, QStringLiteral("johandry perez"));
        QCOMPARE(model->rowCount(), 1);
        search->clear();
        typeText(search, QStringLiteral("nobody"));
        QTest::keyClick(search, Qt::Key_Return); // Enter searches at once
        QCOMPARE(model->rowCount(), 0);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 1);

        // Close the editor, then open the case again from the list.
        QVERIFY(window.closeEditor(editor));
        QCOMPARE(window.editors().size(), 0);
        auto* table = child<QTableView>(&window, "caseTable");
        const QRect rect = table->visualRect(model->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(window.editors().size(), 1);
        editor = window.editors().constFirst();
        QCOMPARE(editor->record().caseNumber, QStringLiteral("CUC-2026-00001"));

        // Edit: change the caseworker and save with Ctrl+S.
        auto* caseworker = child<QLineEdit>(editor, "caseworkerEdit");
        caseworker->setFocus();
        caseworker->selectAll();
        typeText(caseworker, QStringLiteral("Luis Peña"));
        QVERIFY(editor->isDirty());
        // Offscreen, closing a dialog leaves no active window; a desktop would reactivate it.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        caseworker->setFocus();
        QTest::keySequence(caseworker, QKeySequence::Save);
        QVERIFY(!editor->isDirty());
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(editor->caseId())->caseworker,
                 QStringLiteral("Luis Peña"));

        // Unsaved changes: closing the window asks; Cancel keeps the window and the edit.
        typeText(caseworker, QStringLiteral(" y Ana"));
        QVERIFY(editor->isDirty());
        MessageBox::setNextAnswer(MessageBox::Answer::Cancel);
        QVERIFY(!window.close());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not saved")));
        QVERIFY(window.isVisible());
        QCOMPARE(caseworker->text(), QStringLiteral("Luis Peña y Ana"));
        // Discard closes without writing.
        MessageBox::setNextAnswer(MessageBox::Answer::Discard);
        MessageBox::setNextAnswer(MessageBox::Answer::No); // no backup now
        QVERIFY(window.close());
        QCOMPARE(CaseService(t.db(), t.clock(), t.legal()).load(1)->caseworker,
                 QStringLiteral("Luis Peña"));
    }

    void saveErrorsKeepWhatWasTyped()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        Person holder = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"));
        holder.documents = {Fixtures::document(QStringLiteral("V-1234"))};
        QVERIFY(CaseService(t.db(), t.clock(), t.legal()).save(Fixtures::caseFor(site.id, holder)));

        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        CaseEditor* editor = nullptr;
        window.newCase();
        QTRY_VERIFY(visibleDialog<MemberDialog>());
        editor = window.editors().constFirst();
        MemberDialog* dialog = visibleDialog<MemberDialog>();
        typeText(child<QLineEdit>(dialog, "givenNamesEdit"), QStringLiteral("Rosa"));
        QTest::mouseClick(child<QPushButton>(dialog, "addDocumentButton"), Qt::LeftButton);
        typeText(child<QLineEdit>(dialog, "documentNumberEdit0"), QStringLiteral("v 1234"));
        QTest::mouseClick(child<QPushButton>(dialog, "memberOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<MemberDialog>());

        QTest::mouseClick(child<QPushButton>(editor, "saveCaseButton"), Qt::LeftButton);
        auto* banner = child<QLabel>(editor, "editorErrorLabel");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Carmen Rojas")),
                 qPrintable(banner->text()));
        QCOMPARE(editor->record().members.constFirst().person.givenNames, QStringLiteral("Rosa"));
        QVERIFY(editor->isDirty());
        MessageBox::setNextAnswer(MessageBox::Answer::Discard);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QVERIFY(window.close());
    }

    void firstCaseAsksForASite()
    {
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        window.newCase();
        QTRY_VERIFY(visibleDialog<SiteDialog>());
        SiteDialog* dialog = visibleDialog<SiteDialog>();
        typeText(child<QLineEdit>(dialog, "siteCodeEdit"), QStringLiteral("bog"));
        typeText(child<QLineEdit>(dialog, "siteNameEdit"), QStringLiteral("Bogotá"));
        QTest::mouseClick(child<QPushButton>(dialog, "siteOkButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // no country yet
        auto* country = child<QComboBox>(dialog, "siteCountryCombo");
        country->setCurrentIndex(country->findData(QStringLiteral("COL")));
        QTest::mouseClick(child<QPushButton>(dialog, "siteOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<SiteDialog>());
        QTRY_VERIFY(visibleDialog<MemberDialog>());
        visibleDialog<MemberDialog>()->reject();
        QCOMPARE(child<QComboBox>(window.editors().constFirst(), "siteCombo")->currentText(),
                 QStringLiteral("BOG — Bogotá"));
        MessageBox::setNextAnswer(MessageBox::Answer::Discard);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        window.close();
    }

    // The system adds the program's name to a window's title unless the title ends with it:
    // a title that names Amparo anywhere else shows it twice ("Amparo — a.sqlite — Amparo").
    void titlesLeaveTheProgramNameToTheSystem()
    {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Amparo"));
        const auto restore =
            qScopeGuard([] { QGuiApplication::setApplicationDisplayName(QString()); });
        TestDatabase t;
        QVERIFY(t);
        Fixtures::cucutaSite(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("amparo.sqlite (Legal staff User)"));
        window.findChild<QAction*>(QStringLiteral("helpAction"))->trigger();
        QWidgetList windows;
        QTRY_VERIFY((windows = QApplication::topLevelWidgets()).size() > 1);
        for (QWidget* w : windows) {
            if (!w->isVisible() || w->windowTitle().isEmpty())
                continue;
            const QString title = w->windowTitle();
            QVERIFY2(!title.contains(QStringLiteral("Amparo")) ||
                         title.endsWith(QStringLiteral("Amparo")),
                     qPrintable(title));
        }
        closeDiscarding(window);
    }

    void listStaysLazyWithManyCases()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        for (int i = 0; i < 450; ++i)
            QVERIFY(service.save(
                Fixtures::caseFor(site.id, Fixtures::person(QStringLiteral("Persona %1").arg(i),
                                                            QStringLiteral("Prueba")))));
        CaseListModel model(t.db(), t.legal());
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(449, CaseListModel::NumberColumn).data().toString(),
                 QStringLiteral("CUC-2026-00001"));
        QCOMPARE(model.index(0, CaseListModel::NumberColumn).data().toString(),
                 QStringLiteral("CUC-2026-00450"));
        model.sort(CaseListModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CaseListModel::NumberColumn).data().toString(),
                 QStringLiteral("CUC-2026-00001"));
    }

    // A misspelled name finds the person, after those found as typed, marked as similar with
    // the reason (issue 21).
    void aMisspelledNameIsFoundAsSimilar()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        QVERIFY(service.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Joselyn"), QStringLiteral("Pérez")))));
        QVERIFY(service.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Peralta")))));
        QVERIFY(service.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Luisa"), QStringLiteral("Pérez")))));
        CaseListView view(t.db(), t.legal());
        view.resize(1100, 400);
        view.show();
        auto* search = child<QLineEdit>(&view, "searchEdit");
        typeText(search, QStringLiteral("yoselin perez"));
        QTest::keyClick(search, Qt::Key_Return);
        CaseListModel* model = view.model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->similarCount(), 1);
        const QModelIndex principal = model->index(0, CaseListModel::PrincipalColumn);
        QVERIFY(principal.data(CaseListModel::SimilarRole).toBool());
        QVERIFY2(principal.data().toString().startsWith(QStringLiteral("Joselyn Pérez — similar")),
                 qPrintable(principal.data().toString()));
        QVERIFY(principal.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(model->caseIdAt(0) > 0);
        auto* count = child<QLabel>(&view, "caseCountLabel");
        QVERIFY2(count->text().contains(QStringLiteral("1 with a similar name")),
                 qPrintable(count->text()));
        keepScreenshot(&view, QStringLiteral("case-list-similar.png"));
        // A name found as typed comes first; the similar ones follow, unmarked ones above.
        search->clear();
        typeText(search, QStringLiteral("yoselin"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(model->rowCount() >= 2);
        QVERIFY(!model->index(0, 0).data(CaseListModel::SimilarRole).toBool());
        QCOMPARE(model->index(0, CaseListModel::PrincipalColumn).data().toString(),
                 QStringLiteral("Yoselin Peralta"));
        QVERIFY(model->index(1, 0).data(CaseListModel::SimilarRole).toBool());
    }

    // Issue 24: a name that hundreds of persons have lists the cases of those registered last
    // and says so, instead of counting and sorting every match.
    void aCommonNameSaysMoreHaveIt()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        const int limit = CaseListFilter::DefaultNameMatchLimit;
        for (int i = 0; i <= limit; ++i)
            QVERIFY(service.save(Fixtures::caseFor(
                site.id, Fixtures::person(QStringLiteral("José"), QStringLiteral("Pérez")))));
        CaseListView view(t.db(), t.legal());
        view.resize(1100, 400);
        view.show();
        auto* search = child<QLineEdit>(&view, "searchEdit");
        typeText(search, QStringLiteral("jose perez"));
        QTest::keyClick(search, Qt::Key_Return);
        CaseListModel* model = view.model();
        QVERIFY(model->moreMatches());
        QCOMPARE(model->rowCount(), limit);
        // The first person registered is the one left out.
        QCOMPARE(model->index(limit - 1, CaseListModel::NumberColumn).data().toString(),
                 QStringLiteral("CUC-2026-00002"));
        auto* count = child<QLabel>(&view, "caseCountLabel");
        QVERIFY2(count->text().contains(QStringLiteral("more have it")), qPrintable(count->text()));
        keepScreenshot(&view, QStringLiteral("case-list-more-have-the-name.png"));
        // Typing more of the name narrows the list, and the note goes.
        search->clear();
        typeText(search, QStringLiteral("jose perez maria"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!model->moreMatches());
        QVERIFY2(!count->text().contains(QStringLiteral("more have it")), qPrintable(count->text()));
    }

    // Registering checks first (issue 21): a person who may be registered already is shown
    // before the save, with the case and why; the caseworker opens that case, adds that
    // person instead of a copy, or registers someone else with a reason.
    void registeringChecksFirst()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        Result<CaseRecord> first =
            CaseService(t.db(), t.clock(), t.legal())
                .save(Fixtures::caseFor(site.id, Fixtures::person(QStringLiteral("Joselyn"),
                                                                  QStringLiteral("Pérez"),
                                                                  QString(), Sex::Female,
                                                                  PartialDate::yearOnly(1990))));
        QVERIFY(first);
        Result<CaseRecord> second =
            CaseService(t.db(), t.clock(), t.legal())
                .save(Fixtures::caseFor(
                    site.id, Fixtures::person(QStringLiteral("Wilmer"), QStringLiteral("Rondón"),
                                              QString(), Sex::Male, PartialDate::yearOnly(2012))));
        QVERIFY(second);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.findChild<QAction*>(QStringLiteral("newCaseAction"))->trigger();
        QTRY_VERIFY(visibleDialog<MemberDialog>());
        fillMember(QStringLiteral("Yoselin"), QStringLiteral("Perez"), 0, 1990);
        QTRY_VERIFY(!visibleDialog<MemberDialog>());
        CaseEditor* editor = window.editors().value(0);
        QVERIFY(editor);
        QTest::mouseClick(child<QPushButton>(editor, "addMemberButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<MemberDialog>());
        fillMember(QStringLiteral("Wilmer"), QStringLiteral("Rondon"), 1, 2012);
        QTRY_VERIFY(!visibleDialog<MemberDialog>());

        // Save: the principal may be Joselyn Pérez, registered in the first case.
        QTest::mouseClick(child<QPushButton>(editor, "saveCaseButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<PossibleDuplicatesDialog>());
        PossibleDuplicatesDialog* dialog = visibleDialog<PossibleDuplicatesDialog>();
        auto* table = child<QTableWidget>(dialog, "possibleDuplicatesTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), first->caseNumber);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Joselyn Pérez"));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("born the same year")));
        // A new case's principal heads it: it is opened, or someone else with a reason.
        QVERIFY(!child<QPushButton>(dialog, "useRegisteredButton")->isVisible());
        auto* newPerson = child<QPushButton>(dialog, "newPersonButton");
        QVERIFY(!newPerson->isEnabled());
        keepScreenshot(dialog, QStringLiteral("possible-duplicates.png"));
        typeText(child<QLineEdit>(dialog, "newPersonReasonEdit"),
                 QStringLiteral("Otra persona: otra madre, otro pueblo"));
        QVERIFY(newPerson->isEnabled());
        QTest::mouseClick(newPerson, Qt::LeftButton);

        // Then the child may be Wilmer Rondón of the second case: added instead of a copy.
        QTRY_VERIFY(visibleDialog<PossibleDuplicatesDialog>());
        dialog = visibleDialog<PossibleDuplicatesDialog>();
        QCOMPARE(child<QTableWidget>(dialog, "possibleDuplicatesTable")->item(0, 0)->text(),
                 second->caseNumber);
        QTest::mouseClick(child<QPushButton>(dialog, "useRegisteredButton"), Qt::LeftButton);
        QTRY_VERIFY(!editor->isDirty());
        QCOMPARE(child<QLabel>(editor, "caseNumberLabel")->text(),
                 QStringLiteral("CUC-2026-00003"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE given_names = "
                                         "'Wilmer'")),
                 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM case_members m JOIN persons p ON "
                                         "p.id = m.person_id WHERE p.given_names = 'Wilmer'")),
                 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'case.create' AND details LIKE '%otra madre%'")),
                 1);

        // Open that case instead: the new case stays as typed, unsaved.
        window.findChild<QAction*>(QStringLiteral("newCaseAction"))->trigger();
        QTRY_VERIFY(visibleDialog<MemberDialog>());
        fillMember(QStringLiteral("Joselin"), QStringLiteral("Pérez"), 0, 1990);
        QTRY_VERIFY(!visibleDialog<MemberDialog>());
        CaseEditor* third = window.editors().value(1);
        QVERIFY(third);
        QTest::mouseClick(child<QPushButton>(third, "saveCaseButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<PossibleDuplicatesDialog>());
        QTest::mouseClick(
            child<QPushButton>(visibleDialog<PossibleDuplicatesDialog>(), "openCaseButton"),
            Qt::LeftButton);
        QTRY_COMPARE(window.editors().size(), 3);
        QVERIFY(third->isDirty());
        QCOMPARE(third->record().id, 0);
        MessageBox::setNextAnswer(MessageBox::Answer::Discard);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        window.close();
    }

    // Administration → Possible duplicates: the pairs over the whole database, and either
    // case opened from one (issue 21).
    void possibleDuplicatesAreListed()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        Person first = Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Torres"));
        first.documents = {Fixtures::document(QStringLiteral("V-18.456.789"))};
        Person second = Fixtures::person(QStringLiteral("Ana María"), QStringLiteral("Guzmán"));
        second.documents = {Fixtures::document(QStringLiteral("18456789"), QStringLiteral("COL"),
                                               DocumentType::Passport)};
        QVERIFY(service.save(Fixtures::caseFor(site.id, first)));
        QVERIFY(service.save(Fixtures::caseFor(site.id, second)));
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.findChild<QAction*>(QStringLiteral("possibleDuplicatesAction"))->trigger();
        QTRY_VERIFY(visibleDialog<PossibleDuplicatesListDialog>());
        auto* dialog = visibleDialog<PossibleDuplicatesListDialog>();
        auto* table = child<QTableWidget>(dialog, "duplicatePairsTable");
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("CUC-2026-00001"));
        QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("Ana María Guzmán")));
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("the same document number")));
        QVERIFY(child<QLabel>(dialog, "duplicatesSummaryLabel")->text().startsWith(u'1'));
        keepScreenshot(dialog, QStringLiteral("possible-duplicates-list.png"));
        QTest::mouseClick(child<QPushButton>(dialog, "openSecondCaseButton"), Qt::LeftButton);
        QTRY_COMPARE(window.editors().size(), 1);
        QCOMPARE(window.editors().constFirst()->record().caseNumber,
                 QStringLiteral("CUC-2026-00002"));
        // A volunteer has no such list.
        MainWindow volunteer(t.db(), t.clock(), t.session(Role::Volunteer));
        QVERIFY(!volunteer.findChild<QAction*>(QStringLiteral("possibleDuplicatesAction"))
                     ->isEnabled());
    }

    // A click on a choice's round button (its text may not fill the column).
    static void choose(QRadioButton* choice)
    {
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(6, choice->height() / 2));
        QVERIFY(choice->isChecked());
    }

    // Two records of one woman: merged side by side from the list of possible duplicates, the
    // spelling and phone chosen from the second; a refused merge keeps the choices; the merge
    // is undone from the review list.
    void duplicatesAreMergedSideBySideAndUndone()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        Person first = Fixtures::person(QStringLiteral("Joselyn"), QStringLiteral("Pérez"), {},
                                        Sex::Female, PartialDate::exact(QDate(1994, 3, 12)));
        first.documents = {Fixtures::document(QStringLiteral("V-12.345.678"))};
        Person second = Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Perez"), {},
                                         Sex::Female, PartialDate::exact(QDate(1994, 3, 12)));
        second.documents = {Fixtures::document(QStringLiteral("12345678"), QStringLiteral("COL"),
                                               DocumentType::Passport)};
        second.phone = QStringLiteral("+57 300 555 1234");
        Result<CaseRecord> a = service.save(Fixtures::caseFor(site.id, first));
        QVERIFY(a);
        Result<CaseRecord> b = service.save(Fixtures::caseFor(site.id, second),
                                            QStringLiteral("registered before the check"));
        QVERIFY(b);
        const qint64 kept = a->members[0].person.id;
        const qint64 removed = b->members[0].person.id;

        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.findChild<QAction*>(QStringLiteral("possibleDuplicatesAction"))->trigger();
        QTRY_VERIFY(visibleDialog<PossibleDuplicatesListDialog>());
        auto* list = visibleDialog<PossibleDuplicatesListDialog>();
        auto* pairs = child<QTableWidget>(list, "duplicatePairsTable");
        QTRY_COMPARE(pairs->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(list, "mergePersonsButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<MergeDialog>());
        auto* merge = visibleDialog<MergeDialog>();
        QVERIFY(
            child<QLabel>(merge, "mergeStaysLabel")->text().contains(QStringLiteral("Joselyn")));
        // Lines both hold the same are not a choice.
        QVERIFY(!merge->findChild<QRadioButton*>(QStringLiteral("birth_kept")));
        auto* spelling = merge->findChild<QRadioButton*>(QStringLiteral("given_names_removed"));
        QVERIFY(spelling);
        choose(spelling);
        choose(child<QRadioButton>(merge, "phone_removed"));
        keepScreenshot(merge, QStringLiteral("merge-persons.png"));

        // Refused on the way (here, by the database): the reason is said, the choices stay.
        QVERIFY(t.db().run(QStringLiteral("CREATE TEMP TRIGGER refuse_removal BEFORE DELETE ON "
                                          "persons BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QTest::mouseClick(child<QPushButton>(merge, "mergeButton"), Qt::LeftButton);
        QVERIFY(merge->isVisible());
        QVERIFY(child<QLabel>(merge, "mergeErrorLabel")->isVisible());
        QVERIFY(spelling->isChecked());
        QVERIFY(PersonRepository(t.db(), t.clock()).find(removed));
        QVERIFY(t.db().run(QStringLiteral("DROP TRIGGER temp.refuse_removal")));

        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        QTest::mouseClick(child<QPushButton>(merge, "mergeButton"), Qt::LeftButton);
        QTRY_COMPARE(pairs->rowCount(), 0);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Merges to review")));
        Result<Person> one = PersonRepository(t.db(), t.clock()).find(kept);
        QVERIFY(one);
        QCOMPARE(one->givenNames, QStringLiteral("Yoselin"));
        QCOMPARE(one->phone, QStringLiteral("+57 300 555 1234"));
        QVERIFY(!PersonRepository(t.db(), t.clock()).find(removed));
        list->close();

        window.findChild<QAction*>(QStringLiteral("mergeReviewAction"))->trigger();
        QTRY_VERIFY(visibleDialog<MergeReviewDialog>());
        auto* review = visibleDialog<MergeReviewDialog>();
        auto* merges = child<QTableWidget>(review, "mergesTable");
        QCOMPARE(merges->rowCount(), 1);
        QVERIFY(merges->item(0, 3)->text().startsWith(QStringLiteral("Yoselin Perez")));
        keepScreenshot(review, QStringLiteral("merges-to-review.png"));
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QTest::mouseClick(child<QPushButton>(review, "undoMergeButton"), Qt::LeftButton);
        QTRY_COMPARE(merges->rowCount(), 0);
        QCOMPARE(PersonRepository(t.db(), t.clock()).find(kept)->givenNames,
                 QStringLiteral("Joselyn"));
        QVERIFY(PersonRepository(t.db(), t.clock()).find(removed));

        // Volunteers and coordinators merge nothing.
        MainWindow volunteer(t.db(), t.clock(), t.session(Role::Volunteer));
        QVERIFY(!volunteer.findChild<QAction*>(QStringLiteral("mergeReviewAction"))->isEnabled());
    }

    // Two cases of one family: the principals offered as one person, the family groups joined,
    // the number merged away still opening the case that stayed.
    void twoCasesOfOneFamilyAreMerged()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        Person first = Fixtures::person(QStringLiteral("María"), QStringLiteral("Rangel"), {},
                                        Sex::Female, PartialDate::exact(QDate(1988, 5, 5)));
        first.documents = {Fixtures::document(QStringLiteral("V-20.111.222"))};
        Person second = Fixtures::person(QStringLiteral("Maria"), QStringLiteral("Rangel"), {},
                                         Sex::Female, PartialDate::exact(QDate(1988, 5, 5)));
        second.documents = {Fixtures::document(QStringLiteral("20111222"))};
        CaseRecord withChild = Fixtures::caseFor(site.id, second);
        withChild.members.append({Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rangel"),
                                                   {}, Sex::Male, PartialDate::yearOnly(2016)),
                                  Relationship::Child});
        withChild.caseworker = QStringLiteral("Ana Ruiz");
        Result<CaseRecord> a = service.save(Fixtures::caseFor(site.id, first));
        QVERIFY(a);
        Result<CaseRecord> b =
            service.save(withChild, QStringLiteral("registered before the check"));
        QVERIFY(b);

        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        window.findChild<QAction*>(QStringLiteral("possibleDuplicatesAction"))->trigger();
        QTRY_VERIFY(visibleDialog<PossibleDuplicatesListDialog>());
        auto* list = visibleDialog<PossibleDuplicatesListDialog>();
        QTRY_COMPARE(child<QTableWidget>(list, "duplicatePairsTable")->rowCount(), 1);
        QTest::mouseClick(child<QPushButton>(list, "mergeCasesButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<MergeDialog>());
        auto* merge = visibleDialog<MergeDialog>();
        QVERIFY(child<QCheckBox>(merge, "mergePrincipalsCheck")->isChecked());
        choose(child<QRadioButton>(merge, "caseworker_removed"));
        keepScreenshot(merge, QStringLiteral("merge-cases.png"));
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        QTest::mouseClick(child<QPushButton>(merge, "mergeButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<MergeDialog>());
        Result<CaseRecord> one = service.openByNumber(b->caseNumber);
        QVERIFY(one);
        QCOMPARE(one->caseNumber, a->caseNumber);
        QCOMPARE(one->members.size(), 2);
        QCOMPARE(one->caseworker, QStringLiteral("Ana Ruiz"));
    }

    // A page scrolled to that cannot be read (the USB stick holding the file was pulled out)
    // is said under the list, not shown as empty rows.
    void aPageThatCannotBeReadIsSaid()
    {
        QVERIFY(FaultInjectingVfs::install());
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService service(t.db(), t.clock(), t.legal());
        for (int i = 0; i < CaseListModel::PageSize + 20; ++i)
            QVERIFY(service.save(
                Fixtures::caseFor(site.id, Fixtures::person(QStringLiteral("Persona %1").arg(i),
                                                            QStringLiteral("Prueba")))));
        CaseListView view(t.db(), t.legal());
        view.resize(900, 500);
        view.show();
        auto* count = child<QLabel>(&view, "caseCountLabel");
        const QString all = QString::number(CaseListModel::PageSize + 20);
        QVERIFY2(count->text().startsWith(all), qPrintable(count->text()));
        auto* table = child<QTableView>(&view, "caseTable");
        const auto restore =
            qScopeGuard([] { FaultInjectingVfs::setFault(FaultInjectingVfs::Fault::None); });
        // Pages already read stay in SQLite's cache; a small one makes the next page go to disk.
        QVERIFY(t.db().run(QStringLiteral("PRAGMA cache_size = 1")));
        FaultInjectingVfs::setFault(FaultInjectingVfs::Fault::Removed);
        table->scrollToBottom();
        QVERIFY(!table->model()
                     ->index(CaseListModel::PageSize + 10, CaseListModel::NumberColumn)
                     .data()
                     .isValid());
        QTRY_VERIFY2(count->text().contains(QStringLiteral("could not be shown")),
                     qPrintable(count->text()));
        QVERIFY2(count->text().contains(QStringLiteral("USB")), qPrintable(count->text()));
        keepScreenshot(&view, QStringLiteral("case-list-page-unreadable.png"));
        // Back in place, the list reads again.
        FaultInjectingVfs::setFault(FaultInjectingVfs::Fault::None);
        view.refresh();
        QVERIFY2(count->text().startsWith(all), qPrintable(count->text()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
