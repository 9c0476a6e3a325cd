#include "core/common/DateFormats.h"
#include "core/common/Translations.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/PartnerService.h"
#include "core/services/ReferralService.h"
#include "core/services/SyncSetupService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/admin/TransfersDialog.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/common/CheckableCodeList.h"
#include "ui/common/FileDialog.h"
#include "ui/legal/DeadlinesModel.h"
#include "ui/legal/DeadlinesView.h"
#include "ui/referrals/PartnersDialog.h"
#include "ui/referrals/ReferralAnswerDialog.h"
#include "ui/referrals/ReferralDialog.h"
#include "ui/referrals/ReferralsPanel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

class TestReferralsGui : public QObject
{
    Q_OBJECT

    // A mother and her son of 12 with a phone and a document; no consent to referral.
    static CaseRecord family(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"), {},
                                      Sex::Female, PartialDate::yearOnly(1990)));
        Person luis = Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                       Sex::Male, PartialDate::yearOnly(2014));
        luis.phone = QStringLiteral("+57 311 555 0101");
        r.members.append(CaseMember{luis, Relationship::Child});
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, false, false};
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static QString pdfText(const QString& pdf)
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            return QStringLiteral("pdftotext is missing: ./dev.sh installs poppler-utils");
        QProcess extract;
        extract.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        extract.waitForFinished(30000);
        return QString::fromUtf8(extract.readAllStandardOutput());
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void anAdministratorKeepsTheDirectory()
    {
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        QAction* action = window.findChild<QAction*>(QStringLiteral("partnersAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QTRY_VERIFY(visibleDialog<PartnersDialog>());
        PartnersDialog* dialog = visibleDialog<PartnersDialog>();
        // Nothing typed: refused with the places marked, nothing saved.
        QTest::mouseClick(child<QPushButton>(dialog, "savePartnerButton"), Qt::LeftButton);
        QCOMPARE(dialog->table()->rowCount(), 0);
        typeText(dialog->nameEdit(), QStringLiteral("Clínica Frontera"));
        dialog->servicesList()->setCodeChecked(QStringLiteral("mhpss"), true);
        dialog->servicesList()->setCodeChecked(QStringLiteral("health"), true);
        typeText(child<QLineEdit>(dialog, "partnerAreasEdit"), QStringLiteral("Cucuta"));
        auto* language = child<QComboBox>(dialog, "partnerLanguageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QTest::mouseClick(child<QPushButton>(dialog, "savePartnerButton"), Qt::LeftButton);
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Clínica Frontera"));
        keepScreenshot(dialog, QStringLiteral("partners.png"));

        // The rest of the directory from a spreadsheet, through the same dialog.
        const QString sheet = t.writeFile(
            QStringLiteral("partners.csv"),
            QStringLiteral("Name,Services,Areas,Language\nCasa de Paso,Shelter;Food,Cúcuta,es\n"));
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        dialog->importSheet(sheet);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("added, 0 updated")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(dialog->table()->rowCount(), 2);
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Casa de Paso"));
        dialog->reject();
        closeDiscarding(window);

        // Legal staff may not open it.
        MainWindow theirs(t.db(), t.clock(), t.legal());
        QVERIFY(!theirs.findChild<QAction*>(QStringLiteral("partnersAction"))->isEnabled());
        closeDiscarding(theirs);
    }

    // Refer the son without the family's consent (the reason asked and kept), see the answer
    // come due among the deadlines, write the form for the partner in its language with only
    // what was listed, then record that it was accepted and the service delivered.
    // To an organisation that uses Amparo the referral travels as a package, which it opens
    // from the File menu as a new case.
    void aPackageTravelsToAPartnerThatUsesAmparo()
    {
        TestDatabase here{TestDatabase::Engine::File};
        TestDatabase there{TestDatabase::Engine::File};
        QVERIFY(here && there);
        const SiteCard ourCard = *SyncSetupService(here.db(), here.clock(), here.admin())
                                      .becomeSite(QStringLiteral("CUC"), SyncRole::Office);
        const SiteCard theirCard = *SyncSetupService(there.db(), there.clock(), there.admin())
                                        .becomeSite(QStringLiteral("PASTO"), SyncRole::Office);
        Partner them;
        them.name = QStringLiteral("Casa Pasto");
        them.services = {QStringLiteral("shelter")};
        them.siteCard = QString::fromUtf8(theirCard.toFile());
        them = *PartnerService(here.db(), here.clock(), here.admin()).save(them);
        Partner us;
        us.name = QStringLiteral("Clínica Cúcuta");
        us.services = {QStringLiteral("health")};
        us.siteCard = QString::fromUtf8(ourCard.toFile());
        QVERIFY(PartnerService(there.db(), there.clock(), there.admin()).save(us));
        Fixtures::cucutaSite(there);

        const CaseRecord r = family(here);
        Referral ref;
        ref.caseId = r.id;
        ref.partnerId = them.id;
        ref.personIds = {r.members[1].person.id};
        ref.services = {QStringLiteral("shelter")};
        ref.reasons = QStringLiteral("No safe place tonight.");
        ref.shared = {QStringLiteral("name"), QStringLiteral("sex")};
        ref.madeOn = here.clock().today();
        ref.consentOverride = QStringLiteral("Mother unreachable.");
        QVERIFY(ReferralService(here.db(), here.clock(), here.legal()).refer(ref));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("luis.amparo-referral"));
        {
            MainWindow window(here.db(), here.clock(), here.legal());
            window.show();
            window.openCase(r.id);
            ReferralsPanel* panel = window.editorFor(r.id)->referralsPanel();
            panel->table()->selectRow(0);
            FileDialog::setNextFileName(file);
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            QTest::mouseClick(child<QPushButton>(panel, "referralPackageButton"), Qt::LeftButton);
            QVERIFY2(QFileInfo::exists(file), qPrintable(MessageBox::lastText()));
            QVERIFY(MessageBox::lastText().contains(QStringLiteral("Only Casa Pasto")));
            closeDiscarding(window);
        }

        MessageBox::resetForTests();
        MainWindow window(there.db(), there.clock(), there.legal());
        window.show();
        FileDialog::setNextFileName(file);
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        window.findChild<QAction*>(QStringLiteral("openReferralPackageAction"))->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Clínica Cúcuta refers 1 person")),
                 qPrintable(MessageBox::lastText()));
        CaseEditor* editor = nullptr;
        QTRY_VERIFY2((editor = window.findChild<CaseEditor*>()),
                     qPrintable(MessageBox::lastText()));
        QTRY_VERIFY(editor->title().contains(QStringLiteral("Luis Rojas")));
        QCOMPARE(ReferralService(there.db(), there.clock(), there.legal())
                     .forCase(editor->record().id)
                     ->constFirst()
                     .partnerName,
                 QStringLiteral("Clínica Cúcuta"));
        closeDiscarding(window);
    }

    void referTheSonAndFollowTheAnswer()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        Partner clinic;
        clinic.name = QStringLiteral("Clínica Frontera");
        clinic.services = {QStringLiteral("mhpss")};
        clinic.language = QStringLiteral("es");
        QVERIFY(PartnerService(t.db(), t.clock(), t.admin()).save(clinic));

        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        QVERIFY(editor);
        ReferralsPanel* panel = editor->referralsPanel();
        QVERIFY(panel);
        child<QTabWidget>(editor, "caseEditorPages")->setCurrentWidget(panel);
        QTest::mouseClick(child<QPushButton>(panel, "referButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<ReferralDialog>());
        ReferralDialog* dialog = visibleDialog<ReferralDialog>();
        dialog->personsList()->setCodeChecked(QString::number(r.members[1].person.id), true);
        dialog->partnerCombo()->setCurrentIndex(1);
        QVERIFY(child<QLabel>(dialog, "referralPartnerInfo")
                    ->text()
                    .contains(QStringLiteral("Mental health")));
        dialog->servicesList()->setCodeChecked(QStringLiteral("mhpss"), true);
        dialog->priorityCombo()->setCurrentIndex(
            dialog->priorityCombo()->findData(int(ReferralPriority::Urgent)));
        typeText(dialog->reasonsEdit(), QStringLiteral("Nightmares since the crossing."));
        dialog->sharedList()->setCodeChecked(QStringLiteral("birth_date"), true);
        dialog->sharedList()->setCodeChecked(QStringLiteral("sex"), true);
        QVERIFY(dialog->overrideEdit()); // no consent: the reason is asked
        keepScreenshot(dialog, QStringLiteral("referral-without-consent.png"));
        QTest::mouseClick(child<QPushButton>(dialog, "referralOkButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // refused, and what was typed is still there
        QCOMPARE(dialog->reasonsEdit()->toPlainText(),
                 QStringLiteral("Nightmares since the crossing."));
        QVERIFY(ReferralService(t.db(), t.clock(), t.legal()).forCase(r.id)->isEmpty());
        typeText(dialog->overrideEdit(), QStringLiteral("Mother unreachable; boy at risk."));
        QTest::mouseClick(child<QPushButton>(dialog, "referralOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<ReferralDialog>());

        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), 1);
        const QDate due = t.clock().today().addDays(3);
        QVERIFY2(table->item(0, 6)->text().contains(DateFormats::numeric(due)),
                 qPrintable(table->item(0, 6)->text()));
        keepScreenshot(editor, QStringLiteral("referrals-panel.png"));

        // Among everyone's deadlines, due in three days.
        auto* deadlines = window.findChild<DeadlinesView*>();
        deadlines->refresh();
        const QList<DeadlineRow> week = deadlines->model()->rowsIn(DeadlinesModel::Group::ThisWeek);
        QCOMPARE(week.size(), 1);
        QCOMPARE(week[0].deadline.dueOn, due);

        // The form, in the partner's language, with only what was listed.
        table->selectRow(0);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("referral.pdf"));
        FileDialog::setNextFileName(pdf);
        MessageBox::setNextAnswer(MessageBox::Answer::Yes); // "saved to …"
        QTest::mouseClick(child<QPushButton>(panel, "referralFormButton"), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("personal data")));
        QTRY_VERIFY(QFileInfo::exists(pdf));
        if (const QString keep = qEnvironmentVariable("AMPARO_SCREENSHOT_DIR"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("referral-form.pdf")));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Formulario de remisión")), qPrintable(text));
        QVERIFY2(text.contains(r.caseNumber), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2014")), qPrintable(text));
        for (const QString& absent :
             {QStringLiteral("Luis"), QStringLiteral("Carmen"), QStringLiteral("Rojas"),
              QStringLiteral("311 555"), QStringLiteral("unreachable")})
            QVERIFY2(!text.contains(absent), qPrintable(absent));
        // The window keeps its language.
        QCOMPARE(child<QPushButton>(panel, "referButton")->text(), QStringLiteral("Refer…"));

        // Accepted, then the service delivered.
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(panel, "referralAnswerButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<ReferralAnswerDialog>());
        ReferralAnswerDialog* answer = visibleDialog<ReferralAnswerDialog>();
        QCOMPARE(answer->stateCombo()->count(), 3); // accepted, declined, withdrawn
        answer->stateCombo()->setCurrentIndex(
            answer->stateCombo()->findData(int(ReferralState::Accepted)));
        QTest::mouseClick(child<QPushButton>(answer, "referralAnswerOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<ReferralAnswerDialog>());
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("Accepted"));
        deadlines->refresh();
        QVERIFY(deadlines->model()->rowsIn(DeadlinesModel::Group::ThisWeek).isEmpty());

        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(panel, "referralAnswerButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<ReferralAnswerDialog>());
        answer = visibleDialog<ReferralAnswerDialog>();
        QCOMPARE(answer->stateCombo()->count(), 2); // delivered, withdrawn
        answer->stateCombo()->setCurrentIndex(
            answer->stateCombo()->findData(int(ReferralState::Delivered)));
        typeText(answer->noteEdit(), QStringLiteral("Six sessions."));
        QTest::mouseClick(child<QPushButton>(answer, "referralAnswerOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<ReferralAnswerDialog>());
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("Service delivered · Six sessions."));
        table->selectRow(0);
        QVERIFY(!child<QPushButton>(panel, "referralAnswerButton")->isEnabled());
        closeDiscarding(window);

        // The form that left is in the log of transfers an administrator reads, with no
        // agreement recorded for this partner (said in red).
        MainWindow admin(t.db(), t.clock(), t.admin());
        admin.show();
        admin.findChild<QAction*>(QStringLiteral("transfersAction"))->trigger();
        QTRY_VERIFY(visibleDialog<TransfersDialog>());
        TransfersDialog* log = visibleDialog<TransfersDialog>();
        QCOMPARE(log->table()->rowCount(), 1);
        QCOMPARE(log->table()->item(0, 1)->text(), QStringLiteral("Referral form"));
        QCOMPARE(log->table()->item(0, 2)->text(), QStringLiteral("Clínica Frontera"));
        QCOMPARE(log->table()->item(0, 3)->text(), QStringLiteral("none recorded"));
        QCOMPARE(log->table()->item(0, 4)->text(), r.caseNumber);
        QCOMPARE(log->table()->item(0, 6)->text(), QStringLiteral("Date of birth, Sex"));
        keepScreenshot(log, QStringLiteral("transfers.png"));
        log->reject();
        closeDiscarding(admin);
    }
};

QTEST_MAIN(TestReferralsGui)
#include "tst_referralsgui.moc"
