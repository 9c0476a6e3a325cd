#include "core/services/AuthService.h"
#include "core/services/CaseService.h"
#include "core/services/UserService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/admin/AddUserDialog.h"
#include "ui/admin/AuditTrailModel.h"
#include "ui/admin/AuditView.h"
#include "ui/admin/UsersDialog.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/caseeditor/FamilyGroupModel.h"
#include "ui/caseeditor/MemberDialog.h"
#include "ui/caselist/CaseListView.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/security/BackupDialog.h"
#include "ui/security/LockScreen.h"
#include "ui/security/SignInDialog.h"
#include "ui/statistics/DashboardView.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

class TestSecurity : public QObject
{
    Q_OBJECT

    static qint64 registerCase(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        Person p = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"));
        p.documents = {Fixtures::document(QStringLiteral("V-4242"))};
        CaseRecord r = Fixtures::caseFor(site.id, p);
        r.notes.append(
            CaseNote{0, {}, QStringLiteral("Ana"), QStringLiteral("Confidential legal note")});
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.legal()).save(r);
        return saved ? saved->id : 0;
    }

    static void closeWithoutQuestions(MainWindow& window)
    {
        MessageBox::setNextAnswer(MessageBox::Answer::Discard);
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        window.close();
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void signInDialog()
    {
        TestDatabase t;
        QVERIFY(t);
        t.legal();
        AuthService auth(t.db(), t.clock());
        SignInDialog dialog(auth, t.path());
        dialog.show();
        typeText(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("legal"));
        typeText(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("wrong one"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "signInErrorLabel")
                    ->text()
                    .contains(QStringLiteral("not right")));
        QCOMPARE(child<QLineEdit>(&dialog, "usernameEdit")->text(),
                 QStringLiteral("legal")); // kept
        QVERIFY(child<QLineEdit>(&dialog, "passphraseEdit")->text().isEmpty());
        typeText(child<QLineEdit>(&dialog, "passphraseEdit"),
                 QLatin1String(TestDatabase::Passphrase));
        QTest::keyClick(child<QLineEdit>(&dialog, "passphraseEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().role, Role::LegalStaff);
    }

    void lockHidesEverythingAndKeepsUnsavedWork()
    {
        TestDatabase t;
        QVERIFY(t);
        const qint64 caseId = registerCase(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openCase(caseId);
        CaseEditor* editor = window.editorFor(caseId);
        QVERIFY(editor);
        auto* caseworker = child<QLineEdit>(editor, "caseworkerEdit");
        caseworker->setText(QStringLiteral("Unsaved change"));
        QTest::mouseClick(child<QPushButton>(editor, "editMemberButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<MemberDialog>());
        MemberDialog* member = visibleDialog<MemberDialog>();

        // Ctrl+L works wherever the focus is, here in the member form.
        QTest::keyClick(member, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
        QVERIFY(!editor->isVisible());
        QVERIFY(!member->isVisible()); // the open member form is hidden too
        QVERIFY(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled() == false);
        auto* lockScreen = window.findChild<LockScreen*>();
        QVERIFY(lockScreen->isVisible());

        auto* passphrase = child<QLineEdit>(lockScreen, "unlockPassphraseEdit");
        typeText(passphrase, QStringLiteral("not it at all"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(window.isLocked());
        QVERIFY(!child<QLabel>(lockScreen, "unlockErrorLabel")->text().isEmpty());

        typeText(passphrase, QLatin1String(TestDatabase::Passphrase));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QVERIFY(editor->isVisible());
        QVERIFY(member->isVisible());
        QCOMPARE(caseworker->text(), QStringLiteral("Unsaved change"));
        QVERIFY(editor->isDirty());
        member->reject();
        closeWithoutQuestions(window);
    }

    void locksWhenIdle()
    {
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.setIdleLockInterval(150);
        QTRY_VERIFY(window.isLocked());
        closeWithoutQuestions(window);
    }

    void volunteerOnlyLooks()
    {
        TestDatabase t;
        QVERIFY(t);
        const qint64 caseId = registerCase(t);
        MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
        window.show();
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("backupAction"))->isEnabled());
        QCOMPARE(window.caseList()
                     ->findChild<QTableView*>(QStringLiteral("caseTable"))
                     ->model()
                     ->rowCount(),
                 1);
        window.openCase(caseId);
        CaseEditor* editor = window.editorFor(caseId);
        QVERIFY(editor);
        QVERIFY(!editor->isEditable());
        QVERIFY(!child<QPushButton>(editor, "saveCaseButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(editor, "caseworkerEdit")->isEnabled());
        // No note, document or phone reaches the volunteer's screen.
        for (QLabel* label : editor->findChildren<QLabel*>())
            QVERIFY(!label->text().contains(QStringLiteral("Confidential")));
        QVERIFY(editor->record().notes.isEmpty());
        QVERIFY(editor->record().members.constFirst().person.documents.isEmpty());
        auto* family = child<QTableView>(editor, "familyTable");
        QVERIFY(family->isColumnHidden(FamilyGroupModel::DocumentsColumn));
        // … and is told so: what is not shown may well be recorded.
        auto* withheld = child<QLabel>(editor, "caseWithheldLabel");
        QVERIFY(withheld->isVisibleTo(editor));
        QVERIFY2(withheld->text().contains(QStringLiteral("identity documents")),
                 qPrintable(withheld->text()));
        QVERIFY(withheld->text().contains(QStringLiteral("notes")));
        keepScreenshot(editor, QStringLiteral("case-volunteer-withheld.png"));
        QVERIFY(!editor->save());
        closeWithoutQuestions(window);
    }

    void coordinatorSeesCountsOnly()
    {
        TestDatabase t;
        QVERIFY(t);
        registerCase(t);
        MainWindow window(t.db(), t.clock(), t.session(Role::Coordinator));
        window.show();
        QVERIFY(!window.caseList());
        auto* dashboard = window.findChild<DashboardView*>();
        QVERIFY(dashboard);
        // One family: every count is below the threshold, so nothing is drawn, and each
        // section says why.
        QCOMPARE(dashboard->chartCount(), 0);
        for (const QLabel* label : dashboard->findChildren<QLabel*>())
            QVERIFY(!label->text().contains(QStringLiteral("Carmen")));
        QVERIFY(dashboard->findChild<QLabel*>(QStringLiteral("dashboardSection0"))
                    ->text()
                    .contains(QStringLiteral("Too fine")));
        closeWithoutQuestions(window);
    }

    void administratorReadsVerifiesAndExportsTheTrail()
    {
        TestDatabase t;
        QVERIFY(t);
        const qint64 caseId = registerCase(t);
        QVERIFY(CaseService(t.db(), t.clock(), t.session(Role::Volunteer)).open(caseId));
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        window.findChild<QAction*>(QStringLiteral("auditAction"))->trigger();
        auto* view = window.findChild<AuditView*>();
        QVERIFY(view && view->isVisible());
        QVERIFY(view->model()->rowCount() >= 5);
        QCOMPARE(view->model()->index(0, AuditTrailModel::ActionColumn).data().toString(),
                 QStringLiteral("Opened a case"));
        QCOMPARE(view->model()->index(0, AuditTrailModel::UserColumn).data().toString(),
                 QStringLiteral("volunteer"));

        auto* actionFilter = child<QComboBox>(view, "auditActionCombo");
        actionFilter->setCurrentIndex(actionFilter->findData(QStringLiteral("case.open")));
        QCOMPARE(view->model()->rowCount(), 1);

        QTest::mouseClick(child<QPushButton>(view, "auditVerifyButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(view, "auditStatusLabel")->text().contains(QStringLiteral("intact")));

        const QString out = t.folder() + QStringLiteral("/audit.csv");
        FileDialog::setNextFileName(out);
        QTest::mouseClick(child<QPushButton>(view, "auditExportButton"), Qt::LeftButton);
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("case.open")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 2); // header and the one filtered entry
        closeWithoutQuestions(window);
    }

    void administratorAddsAUser()
    {
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        window.findChild<QAction*>(QStringLiteral("usersAction"))->trigger();
        QTRY_VERIFY(visibleDialog<UsersDialog>());
        UsersDialog* users = visibleDialog<UsersDialog>();
        QTest::mouseClick(child<QPushButton>(users, "addUserButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<AddUserDialog>());
        AddUserDialog* add = visibleDialog<AddUserDialog>();
        typeText(child<QLineEdit>(add, "userDisplayNameEdit"), QStringLiteral("Vera Voluntaria"));
        typeText(child<QLineEdit>(add, "userUsernameEdit"), QStringLiteral("vera"));
        auto* role = child<QComboBox>(add, "userRoleCombo");
        role->setCurrentIndex(role->findData(int(Role::Volunteer)));
        typeText(child<QLineEdit>(add, "userPassphraseEdit"),
                 QStringLiteral("primera clave larga"));
        typeText(child<QLineEdit>(add, "userRepeatEdit"), QStringLiteral("primera clave larga"));
        QTest::mouseClick(child<QPushButton>(add, "addUserOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<AddUserDialog>());
        QVERIFY(AuthService(t.db(), t.clock())
                    .signIn(QStringLiteral("vera"), QStringLiteral("primera clave larga")));
        QCOMPARE(child<QTableWidget>(users, "usersTable")->rowCount(), 2);
        users->accept();
        closeWithoutQuestions(window);
    }

    void backupFromTheMenuAndReminderOnClose()
    {
        TestDatabase t;
        QVERIFY(t);
        registerCase(t);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        // Never backed up: closing offers a backup; saying yes opens the dialog instead of closing.
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(!window.close());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("never been backed up")));
        QTRY_VERIFY(visibleDialog<BackupDialog>());
        BackupDialog* dialog = visibleDialog<BackupDialog>();
        const QString file = t.folder() + QStringLiteral("/menu.amparobackup");
        child<QLineEdit>(dialog, "backupFileEdit")->setText(file);
        typeText(child<QLineEdit>(dialog, "backupPassphraseEdit"),
                 QStringLiteral("frase para respaldo"));
        typeText(child<QLineEdit>(dialog, "backupRepeatEdit"),
                 QStringLiteral("frase para respaldo"));
        QTest::mouseClick(child<QPushButton>(dialog, "backupOkButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleDialog<BackupDialog>(), 30000);
        QVERIFY(QFile::exists(file));
        // Backed up today: no question this time.
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"
