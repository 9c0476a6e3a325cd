#include "core/services/ConductService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/admin/ConductDialog.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/security/ConductAcceptanceDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

class TestConductGui : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::resetForTests(); }

    // An administrator writes the code from the Administration menu; an empty one is refused
    // and a second text is a second version.
    void anAdministratorWritesTheCode()
    {
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        QAction* action = window.findChild<QAction*>(QStringLiteral("conductAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QTRY_VERIFY(visibleDialog<ConductDialog>());
        ConductDialog* dialog = visibleDialog<ConductDialog>();
        QVERIFY(child<QLabel>(dialog, "conductStatusLabel")
                    ->text()
                    .contains(QStringLiteral("No code")));
        QTest::mouseClick(child<QPushButton>(dialog, "conductSaveButton"), Qt::LeftButton);
        QVERIFY(child<FieldErrorLabel>(dialog, "conductBodyEditError")->isVisible());
        typeText(dialog->bodyEdit(), QStringLiteral("We never share a name without consent."));
        QTest::mouseClick(child<QPushButton>(dialog, "conductSaveButton"), Qt::LeftButton);
        QVERIFY2(child<QLabel>(dialog, "conductStatusLabel")
                     ->text()
                     .contains(QStringLiteral("Version 1")),
                 qPrintable(child<QLabel>(dialog, "conductStatusLabel")->text()));
        dialog->bodyEdit()->moveCursor(QTextCursor::End);
        typeText(dialog->bodyEdit(), QStringLiteral(" Nor a place."));
        QTest::mouseClick(child<QPushButton>(dialog, "conductSaveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "conductStatusLabel")
                    ->text()
                    .contains(QStringLiteral("Version 2")));
        keepScreenshot(dialog, QStringLiteral("conduct-dialog.png"));
        QCOMPARE(ConductService(t.db(), t.clock(), t.admin()).current().value()->body,
                 QStringLiteral("We never share a name without consent. Nor a place."));
        dialog->reject();
        closeDiscarding(window);

        MainWindow theirs(t.db(), t.clock(), t.legal());
        QVERIFY(!theirs.findChild<QAction*>(QStringLiteral("conductAction"))->isEnabled());
        closeDiscarding(theirs);
    }

    // At sign-in the user reads the text and accepts it; if it changed meanwhile, the new
    // text is shown to accept instead. Leaving accepts nothing.
    void aUserAcceptsTheCurrentVersion()
    {
        TestDatabase t;
        QVERIFY(t);
        ConductService admin(t.db(), t.clock(), t.admin());
        const ConductCode first = *admin.write(QStringLiteral("Confidentiality first."));
        const UserSession volunteer = t.session(Role::Volunteer);
        {
            ConductAcceptanceDialog dialog(t.db(), t.clock(), volunteer, first);
            dialog.show();
            QCOMPARE(child<QPlainTextEdit>(&dialog, "conductText")->toPlainText(), first.body);
            QTest::mouseClick(child<QPushButton>(&dialog, "conductLeaveButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QVERIFY(ConductService(t.db(), t.clock(), volunteer).awaitingAcceptance().value());

        ConductAcceptanceDialog dialog(t.db(), t.clock(), volunteer, first);
        dialog.show();
        const ConductCode second = *admin.write(QStringLiteral("Confidentiality, always."));
        QTest::mouseClick(child<QPushButton>(&dialog, "conductAcceptButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // the text changed: the new one is shown
        QCOMPARE(child<QPlainTextEdit>(&dialog, "conductText")->toPlainText(), second.body);
        keepScreenshot(&dialog, QStringLiteral("conduct-acceptance.png"));
        QTest::mouseClick(child<QPushButton>(&dialog, "conductAcceptButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!ConductService(t.db(), t.clock(), volunteer).awaitingAcceptance().value());
    }
};

QTEST_MAIN(TestConductGui)
#include "tst_conductgui.moc"
