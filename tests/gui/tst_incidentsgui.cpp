#include "core/services/CaseService.h"
#include "core/services/IncidentService.h"
#include "core/services/MonitoringService.h"
#include "core/services/PartnerService.h"
#include "core/services/SyncSetupService.h"
#include "core/statistics/StatisticsReport.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/common/Admin1ComboBox.h"
#include "ui/common/CheckableCodeList.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/FileDialog.h"
#include "ui/incidents/IncidentDialog.h"
#include "ui/incidents/IncidentFactsForm.h"
#include "ui/incidents/IncidentsPanel.h"
#include "ui/monitoring/InterviewDialog.h"
#include "ui/monitoring/InterviewIncidentDialog.h"
#include "ui/monitoring/MonitoringDialog.h"
#include "ui/monitoring/RoundDialog.h"
#include "ui/statistics/NetworkCountsDialog.h"
#include "ui/statistics/ReportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

// Documenting what happened (issue 26), through the real windows: a legal clinic records
// what a family went through and what the authorities did; a border post runs a monitoring
// round.
class TestIncidentsGui : public QObject
{
    Q_OBJECT

    static CaseRecord family(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        CaseRecord r = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"), {},
                                      Sex::Female, PartialDate::yearOnly(1990)));
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2014)),
                       Relationship::Child});
        return *CaseService(t.db(), t.clock(), t.legal()).save(r);
    }

    static void choose(QComboBox* combo, const QString& code)
    {
        const int i = combo->findData(code);
        QVERIFY2(i >= 0, qPrintable(code));
        combo->setCurrentIndex(i);
    }

    static QString notAPackage(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("notes.amparo-counts"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("these are not counts");
        return path;
    }

    static bool showsError(QWidget* dialog)
    {
        for (FieldErrorLabel* l : dialog->findChildren<FieldErrorLabel*>()) {
            if (l->isVisible() && !l->text().isEmpty())
                return true;
        }
        return false;
    }

private slots:
    void init() { MessageBox::resetForTests(); }

    void aLegalClinicRecordsWhatAFamilyWentThrough()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        window.openCase(r.id);
        CaseEditor* editor = window.editorFor(r.id);
        QVERIFY(editor);
        IncidentsPanel* panel = editor->incidentsPanel();
        QVERIFY(panel);
        auto* pages = child<QTabWidget>(editor, "caseEditorPages");
        QCOMPARE(pages->tabText(pages->indexOf(panel)), QStringLiteral("What happened"));
        pages->setCurrentWidget(panel);
        QTest::mouseClick(child<QPushButton>(panel, "recordIncidentButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<IncidentDialog>());
        IncidentDialog* dialog = visibleDialog<IncidentDialog>();
        IncidentFactsForm* form = dialog->factsForm();

        // Nothing chosen: refused at its fields; what was typed stays.
        typeText(dialog->narrativeEdit(), QStringLiteral("They beat him at the trocha."));
        QTest::mouseClick(child<QPushButton>(dialog, "incidentOkButton"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(showsError(dialog));
        QCOMPARE(dialog->narrativeEdit()->toPlainText(),
                 QStringLiteral("They beat him at the trocha."));
        QVERIFY(IncidentService(t.db(), t.clock(), t.legal()).forCase(r.id)->isEmpty());

        // To Luis: a boy of 12 in March 2026, filled from his record.
        form->monthEdit()->setDate(QDate(2026, 3, 1));
        dialog->personCombo()->setCurrentIndex(
            dialog->personCombo()->findData(r.members[1].person.id));
        QCOMPARE(form->ageGroupCombo()->currentData().toString(), QStringLiteral("12-17"));
        QCOMPARE(form->sexCombo()->currentData().toString(), QStringLiteral("M"));
        choose(form->typeCombo(), QStringLiteral("police_violence"));
        choose(form->perpetratorCombo(), QStringLiteral("police"));
        form->countryCombo()->setCode(QStringLiteral("COL"));
        form->admin1Combo()->setCode(QStringLiteral("CO-NSA"));
        choose(form->placeCombo(), QStringLiteral("informal_crossing"));
        QVERIFY(!form->institutionCombo()->isEnabled());
        choose(form->reportedCombo(), QStringLiteral("yes"));
        QVERIFY(form->institutionCombo()->isEnabled());
        choose(form->institutionCombo(), QStringLiteral("ombudsperson"));
        choose(form->stateResponseCombo(), QStringLiteral("investigation"));
        keepScreenshot(dialog, QStringLiteral("incident-dialog.png"));
        QTest::mouseClick(child<QPushButton>(dialog, "incidentOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<IncidentDialog>());

        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("03/2026"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Police violence"));
        QCOMPARE(table->item(0, 2)->text(), r.members[1].person.fullName());
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("Norte de Santander")));
        table->selectRow(0);
        auto* narrative = child<QLabel>(panel, "incidentNarrativeLabel");
        QVERIFY(narrative->isVisible());
        QVERIFY(narrative->text().contains(QStringLiteral("trocha")));
        keepScreenshot(editor, QStringLiteral("incidents-panel.png"));

        // What the state did changes later: the same dialog, filled.
        QTest::mouseClick(child<QPushButton>(panel, "changeIncidentButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<IncidentDialog>());
        dialog = visibleDialog<IncidentDialog>();
        QCOMPARE(dialog->factsForm()->typeCombo()->currentData().toString(),
                 QStringLiteral("police_violence"));
        choose(dialog->factsForm()->stateResponseCombo(), QStringLiteral("sanction"));
        QTest::mouseClick(child<QPushButton>(dialog, "incidentOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<IncidentDialog>());
        QCOMPARE(panel->table()->item(0, 6)->text(), QStringLiteral("Sanction"));

        // Removed after a question.
        panel->table()->selectRow(0);
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QTest::mouseClick(child<QPushButton>(panel, "removeIncidentButton"), Qt::LeftButton);
        QCOMPARE(panel->table()->rowCount(), 0);
        closeDiscarding(window);
    }

    // A coordinator saves the human rights documentation report in Spanish: the incidents'
    // tables with their charts, small counts hidden, no narrative.
    void theAdvocacyReportIsAPdfInTheLanguageChosen()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        IncidentService service(t.db(), t.clock(), t.legal());
        for (int n = 0; n < 14; ++n) {
            Incident i;
            i.caseId = r.id;
            i.personId = r.members[n % 2].person.id;
            i.facts.type = n < 9 ? QStringLiteral("police_violence") : QStringLiteral("extortion");
            i.facts.perpetrator =
                n < 9 ? QStringLiteral("police") : QStringLiteral("criminal_group");
            i.facts.month = QDate(2026, 1 + n % 3, 1);
            i.facts.country = QStringLiteral("COL");
            i.facts.place = QStringLiteral("informal_crossing");
            i.facts.stateResponse = QStringLiteral("nothing");
            i.narrative = QStringLiteral("Secret narrative %1").arg(n);
            QVERIFY(service.record(i));
        }
        QTemporaryDir dir;
        ReportDialog dialog(t.db(), t.clock(), t.session(Role::Coordinator));
        dialog.show();
        child<QComboBox>(&dialog, "reportKind")->setCurrentIndex(1);
        child<QLineEdit>(&dialog, "reportPeriod")->setText(QStringLiteral("2026-Q1"));
        choose(child<QComboBox>(&dialog, "reportLanguage"), QStringLiteral("es"));
        choose(child<QComboBox>(&dialog, "reportFormat"), QStringLiteral("pdf"));
        keepScreenshot(&dialog, QStringLiteral("report-dialog.png"));
        const QString pdf = dir.filePath(QStringLiteral("advocacy.pdf"));
        FileDialog::setNextFileName(pdf);
        QVERIFY(dialog.save());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Informe de documentación de derechos humanos")),
                 qPrintable(content.left(300)));
        QVERIFY(content.contains(QStringLiteral("Violencia policial")));
        QVERIFY(!content.contains(QStringLiteral("Secret narrative")));
        QVERIFY(!content.contains(r.caseNumber));
        if (const QString keep = qEnvironmentVariable("AMPARO_SCREENSHOT_DIR"); !keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(QStringLiteral("advocacy-report.pdf")));
            QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("advocacy-report.pdf")));
        }
    }

    // An organisation's coordinator sends its counts; the network's coordinator adds them up
    // (a file that is not a package is refused with a sentence) and saves the regional report.
    void aNetworkCoordinatorAddsUpTheCounts()
    {
        TestDatabase org{TestDatabase::Engine::File};
        TestDatabase network{TestDatabase::Engine::File};
        QVERIFY(org && network);
        const SiteCard orgCard = *SyncSetupService(org.db(), org.clock(), org.admin())
                                      .becomeSite(QStringLiteral("ORG"), SyncRole::Office);
        const SiteCard networkCard =
            *SyncSetupService(network.db(), network.clock(), network.admin())
                 .becomeSite(QStringLiteral("RED"), SyncRole::Office);
        Partner coordinator;
        coordinator.name = QStringLiteral("Red de protección");
        coordinator.services = {QStringLiteral("legal")};
        coordinator.siteCard = QString::fromUtf8(networkCard.toFile());
        QVERIFY(PartnerService(org.db(), org.clock(), org.admin()).save(coordinator));
        Partner member;
        member.name = QStringLiteral("Clínica Cúcuta");
        member.services = {QStringLiteral("legal")};
        member.siteCard = QString::fromUtf8(orgCard.toFile());
        QVERIFY(PartnerService(network.db(), network.clock(), network.admin()).save(member));
        const CaseRecord r = family(org);
        for (int n = 0; n < 7; ++n) {
            Incident i;
            i.caseId = r.id;
            i.facts.type = QStringLiteral("xenophobic_aggression");
            i.facts.perpetrator = QStringLiteral("general_population");
            i.facts.month = QDate(2026, 5, 1);
            i.facts.country = QStringLiteral("COL");
            i.facts.place = QStringLiteral("place_of_residence");
            i.facts.stateResponse = QStringLiteral("nothing");
            QVERIFY(IncidentService(org.db(), org.clock(), org.legal()).record(i));
        }
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("counts.amparo-counts"));
        {
            NetworkCountsDialog send(org.db(), org.clock(), org.session(Role::Coordinator));
            send.show();
            child<QLineEdit>(&send, "networkPeriod")->setText(QStringLiteral("2026-Q2"));
            QCOMPARE(child<QComboBox>(&send, "networkCoordinator")->currentText(),
                     QStringLiteral("Red de protección"));
            keepScreenshot(&send, QStringLiteral("network-send.png"));
            FileDialog::setNextFileName(package);
            QVERIFY(send.sendCounts());
            QVERIFY(child<QLabel>(&send, "networkMessage")->text().contains(QStringLiteral("Red")));
        }

        NetworkCountsDialog add(network.db(), network.clock(), network.session(Role::Coordinator));
        add.show();
        FileDialog::setNextFileName(notAPackage(dir));
        QVERIFY(!add.addPackage());
        QVERIFY(!child<QLabel>(&add, "networkMessage")->text().isEmpty());
        QCOMPARE(add.packagesTable()->rowCount(), 0);
        FileDialog::setNextFileName(package);
        QVERIFY(add.addPackage());
        QCOMPARE(add.packagesTable()->item(0, 0)->text(), QStringLiteral("Clínica Cúcuta"));
        QCOMPARE(add.packagesTable()->item(0, 1)->text(), QStringLiteral("2026-Q2"));
        choose(child<QComboBox>(&add, "networkLanguage"), QStringLiteral("pt_BR"));
        keepScreenshot(&add, QStringLiteral("network-add.png"));
        const QString pdf = dir.filePath(QStringLiteral("regional.pdf"));
        FileDialog::setNextFileName(pdf);
        QVERIFY2(add.saveRegionalReport(),
                 qPrintable(child<QLabel>(&add, "networkMessage")->text()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Relatório de documentação de direitos humanos")),
                 qPrintable(content.left(300)));
        QVERIFY(content.contains(QStringLiteral("Agressão xenofóbica")));
    }

    // A volunteer and a coordinator do not have the tab at all.
    void othersDoNotSeeWhatHappened()
    {
        TestDatabase t;
        QVERIFY(t);
        const CaseRecord r = family(t);
        MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
        window.show();
        window.openCase(r.id);
        QVERIFY(window.editorFor(r.id));
        QVERIFY(!window.editorFor(r.id)->incidentsPanel());
        closeDiscarding(window);
    }

    void aBorderPostRunsAMonitoringRound()
    {
        TestDatabase t;
        QVERIFY(t);
        Fixtures::cucutaSite(t);
        const UserSession volunteer = t.session(Role::Volunteer);
        MainWindow window(t.db(), t.clock(), volunteer);
        window.show();
        QAction* action = window.findChild<QAction*>(QStringLiteral("monitoringAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QTRY_VERIFY(visibleDialog<MonitoringDialog>());
        MonitoringDialog* monitoring = visibleDialog<MonitoringDialog>();
        QCOMPARE(monitoring->table()->rowCount(), 0);

        QTest::mouseClick(child<QPushButton>(monitoring, "newRoundButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<RoundDialog>());
        RoundDialog* round = visibleDialog<RoundDialog>();
        QTest::mouseClick(child<QPushButton>(round, "roundOkButton"), Qt::LeftButton);
        QVERIFY(round->isVisible()); // no name
        typeText(round->nameEdit(), QStringLiteral("Cucuta, June 2026"));
        round->startsEdit()->setDate(QDate(2026, 6, 1));
        round->endsEdit()->setDate(QDate(2026, 6, 30));
        QTest::mouseClick(child<QPushButton>(round, "roundOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<RoundDialog>());
        QCOMPARE(monitoring->table()->rowCount(), 1);

        QTest::mouseClick(child<QPushButton>(monitoring, "interviewButton"), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<InterviewDialog>());
        InterviewDialog* interview = visibleDialog<InterviewDialog>();
        // Only adults can be chosen.
        for (int i = 0; i < interview->ageGroupCombo()->count(); ++i)
            QVERIFY(isAdult(
                *ageGroupCodes().fromCode(interview->ageGroupCombo()->itemData(i).toString())));
        choose(interview->legalStatusCombo(), QStringLiteral("irregular"));
        choose(interview->intentionCombo(), QStringLiteral("move_on"));
        interview->householdSpin()->setValue(4);
        interview->needsList()->setCodeChecked(QStringLiteral("documentation"), true);
        interview->returnRisksList()->setCodeChecked(QStringLiteral("violence"), true);

        // What happened, through its own small form, checked before it joins.
        QTest::mouseClick(interview->addIncidentButton(), Qt::LeftButton);
        QTRY_VERIFY(visibleDialog<InterviewIncidentDialog>());
        InterviewIncidentDialog* what = visibleDialog<InterviewIncidentDialog>();
        QTest::mouseClick(child<QPushButton>(what, "interviewIncidentOkButton"), Qt::LeftButton);
        QVERIFY(what->isVisible());
        QVERIFY(showsError(what));
        IncidentFactsForm* form = what->factsForm();
        choose(form->typeCombo(), QStringLiteral("extortion"));
        choose(form->perpetratorCombo(), QStringLiteral("criminal_group"));
        form->monthEdit()->setDate(QDate(2026, 5, 1));
        form->countryCombo()->setCode(QStringLiteral("COL"));
        choose(form->placeCombo(), QStringLiteral("informal_crossing"));
        choose(form->ageGroupCombo(), QStringLiteral("18-59"));
        choose(form->sexCombo(), QStringLiteral("F"));
        choose(form->stateResponseCombo(), QStringLiteral("nothing"));
        keepScreenshot(what, QStringLiteral("interview-incident.png"));
        QTest::mouseClick(child<QPushButton>(what, "interviewIncidentOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<InterviewIncidentDialog>());
        QCOMPARE(interview->incidentsList()->count(), 1);

        // Without consent nothing is recorded.
        QTest::mouseClick(child<QPushButton>(interview, "interviewOkButton"), Qt::LeftButton);
        QVERIFY(interview->isVisible());
        QVERIFY(showsError(interview));
        QCOMPARE(t.rowCount(QStringLiteral("monitoring_interviews")), 0);
        interview->consentBox()->setChecked(true);
        keepScreenshot(interview, QStringLiteral("interview-dialog.png"));
        QTest::mouseClick(child<QPushButton>(interview, "interviewOkButton"), Qt::LeftButton);
        QTRY_VERIFY(!visibleDialog<InterviewDialog>());
        QCOMPARE(monitoring->table()->item(0, 4)->text(), QStringLiteral("1"));
        keepScreenshot(monitoring, QStringLiteral("monitoring-rounds.png"));
        const QList<MonitoringInterview> stored =
            *MonitoringService(t.db(), t.clock(), volunteer).interviews(monitoring->rounds()[0].id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].incidents.size(), 1);
        QCOMPARE(stored[0].incidents[0].type, QStringLiteral("extortion"));
        monitoring->reject();
        closeDiscarding(window);

        // Coordinators count; they run no round.
        MainWindow theirs(t.db(), t.clock(), t.session(Role::Coordinator));
        QVERIFY(!theirs.findChild<QAction*>(QStringLiteral("monitoringAction"))->isEnabled());
        closeDiscarding(theirs);
    }
};

QTEST_MAIN(TestIncidentsGui)
#include "tst_incidentsgui.moc"
