#include "core/services/CaseService.h"
#include "core/services/SiteService.h"
#include "core/services/SyncService.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/caseeditor/TransferCaseDialog.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/sync/SyncReviewDialog.h"
#include "ui/sync/SyncSitesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// Field posts and the office (issue 20), as an administrator does it on screen: making the
// database a site, saving its card, registering the other's, then File → Send a package at the
// post and File → Receive a package at the office.
class TestSyncGui : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::resetForTests(); }

    void aPostSendsAndTheOfficeReceivesFromTheMenus()
    {
        TestDatabase post(TestDatabase::Engine::File);
        TestDatabase office;
        QVERIFY(post && office);
        const QString postCard = post.folder() + QStringLiteral("/CUC.amparo-card");
        {
            SyncSitesDialog dialog(post.db(), post.clock(), post.admin());
            dialog.show();
            auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("siteCodeEdit"));
            auto* label = dialog.findChild<QLabel*>(QStringLiteral("ownSiteLabel"));
            QVERIFY(code && label && !label->isVisible());
            QTest::keyClicks(code, QStringLiteral("cuc"));
            if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
                dialog.grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                                   QStringLiteral("/sync-new-site.png"));
            dialog.findChild<QComboBox*>(QStringLiteral("roleCombo"))->setCurrentIndex(0);
            // Answers the warning a refusal would show (the checks below then fail).
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("becomeSiteButton")),
                              Qt::LeftButton);
            QVERIFY2(label->isVisible(), qPrintable(MessageBox::lastText()));
            QVERIFY(label->text().contains(QStringLiteral("CUC")));
            FileDialog::setNextFileName(postCard);
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveCardButton")),
                              Qt::LeftButton);
            QVERIFY(QFile::exists(postCard));
            QVERIFY(MessageBox::lastText().contains(
                SiteCard::parse(*SiteCard::readFile(postCard))->fingerprint()));
        }
        SyncSetupService officeSetup(office.db(), office.clock(), office.admin());
        const SiteCard officeCard =
            *officeSetup.becomeSite(QStringLiteral("OFICINA"), SyncRole::Office);
        QVERIFY(SyncSetupService(post.db(), post.clock(), post.admin())
                    .registerSite(officeCard.toFile()));
        {
            SyncSitesDialog dialog(office.db(), office.clock(), office.admin());
            dialog.show();
            FileDialog::setNextFileName(postCard);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("registerCardButton")),
                              Qt::LeftButton);
            auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("syncSitesTable"));
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("CUC"));
            QVERIFY(MessageBox::lastText().contains(table->item(0, 2)->text()));
            if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
                dialog.grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                                   QStringLiteral("/sync-sites.png"));
        }

        const UserSession officeLegal = office.legal(); // before the post's users arrive
        const Site site = Fixtures::cucutaSite(post);
        QVERIFY(CaseService(post.db(), post.clock(), post.legal())
                    .save(Fixtures::caseFor(site.id, Fixtures::person(QStringLiteral("Yoselin"),
                                                                      QStringLiteral("Pérez")))));
        const QString package = post.folder() + QStringLiteral("/CUC.amparo-package");
        {
            MainWindow window(post.db(), post.clock(), post.admin());
            FileDialog::setNextFileName(package);
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            window.findChild<QAction*>(QStringLiteral("sendPackageAction"))->trigger();
            QVERIFY2(QFile::exists(package), qPrintable(MessageBox::lastText()));
            QVERIFY(MessageBox::lastText().contains(QStringLiteral("OFICINA")));
        }
        {
            MainWindow window(office.db(), office.clock(), office.admin());
            FileDialog::setNextFileName(package);
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            window.findChild<QAction*>(QStringLiteral("receivePackageAction"))->trigger();
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("applied")),
                     qPrintable(MessageBox::lastText()));
            QCOMPARE(office.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE "
                                                  "given_names = 'Yoselin'")),
                     1);
            // The same package again: a sentence, nothing changed.
            FileDialog::setNextFileName(package);
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            window.findChild<QAction*>(QStringLiteral("receivePackageAction"))->trigger();
            QVERIFY(MessageBox::lastText().contains(QStringLiteral("already")));
        }
        {
            // At the office the post's case is read, not changed: the post keeps it.
            CaseEditor editor(office.db(), office.clock(), officeLegal);
            editor.resize(1000, 700);
            QVERIFY(editor.loadCase(office.scalar(QStringLiteral("SELECT id FROM cases"))));
            auto* kept = editor.findChild<QLabel*>(QStringLiteral("keptElsewhereLabel"));
            QVERIFY(kept && !kept->isHidden());
            QVERIFY(kept->text().contains(QStringLiteral("CUC")));
            QVERIFY(!editor.isEditable());
            QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("saveCaseButton"))->isEnabled());
            QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("addNoteButton"))->isEnabled());
            for (const char* action : {"screenButton", "newProcedureButton"}) {
                auto* button = editor.findChild<QPushButton*>(QLatin1String(action));
                QVERIFY2(button && button->isHidden(), action);
            }
            if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
                editor.grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                                   QStringLiteral("/case-kept-elsewhere.png"));
            // The office's own cases stay its to change.
            // Its own cases go under its own sites: the post's site numbers its cases there.
            CaseService officeCases(office.db(), office.clock(), officeLegal);
            const qint64 postSite = office.scalar(QStringLiteral("SELECT id FROM sites"));
            Result<CaseRecord> atPostSite = officeCases.save(Fixtures::caseFor(
                postSite, Fixtures::person(QStringLiteral("Ana"), QStringLiteral("Mora"))));
            QVERIFY(!atPostSite);
            QVERIFY(atPostSite.error().message().contains(QStringLiteral("CUC")));
            Result<Site> bogota =
                SiteService(office.db(), office.clock(), office.admin())
                    .create(Site{0, QStringLiteral("BOG"), QStringLiteral("Bogotá"),
                                 QStringLiteral("COL"), QStringLiteral("CO-DC")});
            QVERIFY(bogota);
            Result<CaseRecord> ownCase = officeCases.save(Fixtures::caseFor(
                bogota->id, Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Mora"))));
            QVERIFY2(ownCase, ownCase ? "" : qPrintable(ownCase.error().message()));
            CaseEditor mine(office.db(), office.clock(), officeLegal);
            QVERIFY(mine.loadCase(ownCase->id));
            QVERIFY(mine.findChild<QLabel*>(QStringLiteral("keptElsewhereLabel"))->isHidden());
            QVERIFY(mine.isEditable());
        }
        // A volunteer sees neither action enabled.
        MainWindow volunteer(post.db(), post.clock(), post.session(Role::Volunteer));
        QVERIFY(!volunteer.findChild<QAction*>(QStringLiteral("sendPackageAction"))->isEnabled());
        QVERIFY(
            !volunteer.findChild<QAction*>(QStringLiteral("receivePackageAction"))->isEnabled());
    }

    // A record changed at the post and at the office waits in Administration → Review list,
    // both versions side by side; choosing one empties the list.
    void aRecordChangedAtBothEndsWaitsForAPerson()
    {
        TestDatabase post(TestDatabase::Engine::File);
        TestDatabase office(TestDatabase::Engine::File);
        QVERIFY(post && office);
        SyncSetupService postSetup(post.db(), post.clock(), post.admin());
        SyncSetupService officeSetup(office.db(), office.clock(), office.admin());
        const SiteCard postCard = *postSetup.becomeSite(QStringLiteral("CUC"), SyncRole::Post);
        const SiteCard officeCard =
            *officeSetup.becomeSite(QStringLiteral("OFICINA"), SyncRole::Office);
        QVERIFY(officeSetup.registerSite(postCard.toFile()));
        QVERIFY(postSetup.registerSite(officeCard.toFile()));
        const UserSession officeLegal = office.legal();
        QVERIFY(CaseService(post.db(), post.clock(), post.legal())
                    .save(Fixtures::caseFor(
                        Fixtures::cucutaSite(post).id,
                        Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez")))));
        SyncService fromPost(post.db(), post.clock(), post.admin());
        SyncService atOffice(office.db(), office.clock(), office.admin());
        const QString first = post.folder() + QStringLiteral("/1.amparo-package");
        QVERIFY(fromPost.send(QStringLiteral("OFICINA"), first) && atOffice.receive(first));
        QVERIFY(office.db().run(QStringLiteral("UPDATE persons SET place = 'Bogotá'")));
        QVERIFY(post.db().run(QStringLiteral("UPDATE persons SET place = 'Villa del Rosario'")));
        const QString second = post.folder() + QStringLiteral("/2.amparo-package");
        QVERIFY(fromPost.send(QStringLiteral("OFICINA"), second));

        MainWindow window(office.db(), office.clock(), office.admin());
        FileDialog::setNextFileName(second);
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        window.findChild<QAction*>(QStringLiteral("receivePackageAction"))->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Review list")),
                 qPrintable(MessageBox::lastText()));
        auto* waitingButton =
            window.findChild<QPushButton*>(QStringLiteral("reviewsWaitingButton"));
        QVERIFY(waitingButton && !waitingButton->isHidden());
        QVERIFY2(waitingButton->text().startsWith(QStringLiteral("1 record")),
                 qPrintable(waitingButton->text()));
        if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                               QStringLiteral("/reviews-waiting.png"));

        SyncReviewDialog dialog(office.db(), office.clock(), officeLegal);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("reviewList"));
        auto* fields = dialog.findChild<QTableWidget*>(QStringLiteral("reviewFields"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Yoselin Pérez")));
        bool placeShown = false;
        for (int row = 0; row < fields->rowCount(); ++row) {
            if (fields->item(row, 0)->text() == QLatin1String("Place")) {
                QCOMPARE(fields->item(row, 1)->text(), QStringLiteral("Bogotá"));
                QCOMPARE(fields->item(row, 2)->text(), QStringLiteral("Villa del Rosario"));
                placeShown = true;
            }
        }
        QVERIFY(placeShown);
        auto* take = dialog.findChild<QPushButton*>(QStringLiteral("takeTheirsButton"));
        QVERIFY(take->text().contains(QStringLiteral("CUC")));
        if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
            dialog.grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                               QStringLiteral("/review-list.png"));
        QTest::mouseClick(take, Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(!take->isEnabled());
        QCOMPARE(office.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE place = "
                                              "'Villa del Rosario'")),
                 1);
        MainWindow after(office.db(), office.clock(), officeLegal);
        QVERIFY(after.findChild<QPushButton*>(QStringLiteral("reviewsWaitingButton"))->isHidden());
        // A volunteer has no review list.
        MainWindow volunteer(office.db(), office.clock(), office.session(Role::Volunteer));
        QVERIFY(!volunteer.findChild<QAction*>(QStringLiteral("syncReviewAction"))->isEnabled());
    }

    // At a post, a caseworker hands a case to the office from the case itself.
    void aCaseworkerHandsACaseToTheOffice()
    {
        TestDatabase post(TestDatabase::Engine::File);
        TestDatabase office(TestDatabase::Engine::File);
        QVERIFY(post && office);
        SyncSetupService postSetup(post.db(), post.clock(), post.admin());
        SyncSetupService officeSetup(office.db(), office.clock(), office.admin());
        QVERIFY(postSetup.becomeSite(QStringLiteral("CUC"), SyncRole::Post));
        QVERIFY(postSetup.registerSite(
            officeSetup.becomeSite(QStringLiteral("OFICINA"), SyncRole::Office)->toFile()));
        Result<CaseRecord> saved =
            CaseService(post.db(), post.clock(), post.legal())
                .save(Fixtures::caseFor(
                    Fixtures::cucutaSite(post).id,
                    Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez"))));
        QVERIFY(saved);
        CaseEditor editor(post.db(), post.clock(), post.legal());
        QVERIFY(editor.loadCase(saved->id));
        auto* transfer = editor.findChild<QPushButton*>(QStringLiteral("transferCaseButton"));
        QVERIFY(transfer && !transfer->isHidden());
        QTest::mouseClick(transfer, Qt::LeftButton);
        auto* dialog = editor.findChild<TransferCaseDialog*>();
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("transferOkButton"));
        QVERIFY(ok->text().contains(QStringLiteral("OFICINA")));
        QTest::mouseClick(ok, Qt::LeftButton); // no reason: a sentence, still open
        QVERIFY(dialog->isVisible());
        QVERIFY(
            !dialog->findChild<QLabel*>(QStringLiteral("transferErrorLabel"))->text().isEmpty());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("transferReasonEdit")),
                         QStringLiteral("La familia se fue a Bogota."));
        if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
            dialog->grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                                QStringLiteral("/transfer-case.png"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!editor.findChild<QLabel*>(QStringLiteral("keptElsewhereLabel"))->isHidden());
        QVERIFY(editor.findChild<QLabel*>(QStringLiteral("keptElsewhereLabel"))
                    ->text()
                    .contains(QStringLiteral("OFICINA")));
        QVERIFY(transfer->isHidden());
        QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("saveCaseButton"))->isEnabled());
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
