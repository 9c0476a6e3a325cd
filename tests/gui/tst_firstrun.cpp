#include "core/common/AppSettings.h"
#include "core/common/Translations.h"
#include "core/services/AuthService.h"
#include "core/services/DemoDataService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "ui/caselist/CaseListView.h"
#include "ui/common/CountryComboBox.h"
#include "ui/firstrun/DatabaseChoiceDialog.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/help/HelpWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

// The first start on a new database, driven as a new organisation would.
class TestFirstRun : public QObject
{
    Q_OBJECT

    static void next(FirstRunWizard& wizard)
    {
        QAbstractButton* button = wizard.button(QWizard::CommitButton);
        if (!button->isVisible())
            button = wizard.button(QWizard::NextButton);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        // Settings go to a test folder, not to this computer's own.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        MessageBox::resetForTests();
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // Before anything else on a new computer: its own file, or the office's server.
    void theFirstStartAsksWhereTheCasesAreKept()
    {
        DatabaseChoiceDialog local;
        local.show();
        QVERIFY(QTest::qWaitForWindowExposed(&local));
        auto* serverFields = local.findChild<QLineEdit*>(QStringLiteral("serverHostEdit"));
        QVERIFY(!serverFields->isEnabled());
        QTest::mouseClick(local.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(local.result(), int(QDialog::Accepted));
        QCOMPARE(local.location(), QString());

        DatabaseChoiceDialog office;
        office.show();
        QVERIFY(QTest::qWaitForWindowExposed(&office));
        office.findChild<QRadioButton*>(QStringLiteral("serverButton"))->click();
        auto* host = office.findChild<QLineEdit*>(QStringLiteral("serverHostEdit"));
        auto* database = office.findChild<QLineEdit*>(QStringLiteral("serverDatabaseEdit"));
        QVERIFY(host->isEnabled());
        database->clear();
        QTest::keyClicks(database, QStringLiteral("amparo_cucuta"));
        // No server named: refused with a sentence under the field, nothing typed lost.
        QPushButton* ok = office.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(office.isVisible());
        QVERIFY(host->hasFocus());
        QCOMPARE(database->text(), QStringLiteral("amparo_cucuta"));
        bool explained = false;
        for (QLabel* label : office.findChildren<QLabel*>())
            explained |= label->isVisible() && label->text().contains(QStringLiteral("address"));
        QVERIFY(explained);
        keepScreenshot(&office, QStringLiteral("database-choice.png"));
        QTest::keyClicks(host, QStringLiteral("oficina.local"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(office.result(), int(QDialog::Accepted));
        // No account: each person signs in with their own Amparo name.
        QCOMPARE(office.location(),
                 QStringLiteral("postgresql://oficina.local:5432/amparo_cucuta"));
        QVERIFY(Database::isServerLocation(office.location()));
    }

    void leadsANewOrganisationToItsFirstCaseInItsLanguage()
    {
        TestDatabase t;
        QVERIFY(t);
        FirstRunWizard wizard(t.db(), t.clock());
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::LanguagePageId));

        // Choosing Spanish turns the window Spanish at once, before any other step.
        auto* language = child<QComboBox>(&wizard, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QTRY_COMPARE(wizard.windowTitle(), QStringLiteral("Bienvenida/o a Amparo"));
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Siguiente >"));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Bienvenida/o a Amparo"));
        keepScreenshot(&wizard, QStringLiteral("firstrun-1-language.png"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
        QCOMPARE(AppSettings().language(), QStringLiteral("es"));

        // Two passphrases that differ: nothing is created, the page stays with a sentence.
        QWizardPage* page = wizard.currentPage();
        typeText(child<QLineEdit>(page, "adminDisplayNameEdit"), QStringLiteral("Ana Torres"));
        typeText(child<QLineEdit>(page, "adminUsernameEdit"), QStringLiteral("ana"));
        typeText(child<QLineEdit>(page, "adminPassphraseEdit"),
                 QStringLiteral("montaña verde y río"));
        typeText(child<QLineEdit>(page, "adminRepeatEdit"), QStringLiteral("montaña verde y rio"));
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(),
                 QStringLiteral("Crear administrador"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
        QVERIFY(!*AuthService(t.db(), t.clock()).hasUsers());
        QVERIFY(child<QLabel>(page, "adminRepeatEditError")->isVisible());
        QCOMPARE(child<QLineEdit>(page, "adminUsernameEdit")->text(), QStringLiteral("ana"));
        // The form's labels follow the language chosen a page before.
        QStringList labels;
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            if (label->isVisible())
                labels.append(label->text());
        }
        QVERIFY2(labels.contains(QStringLiteral("Nombre de usuario")),
                 qPrintable(labels.join(u'|')));
        keepScreenshot(&wizard, QStringLiteral("firstrun-2-administrator-error.png"));
        typeText(child<QLineEdit>(page, "adminRepeatEdit"), QStringLiteral("montaña verde y río"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SitePageId));
        QVERIFY(wizard.session().isValid());
        QCOMPARE(wizard.session().role, Role::Administrator);
        // The administrator exists: there is no going back to make a second one.
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() ||
                !wizard.button(QWizard::BackButton)->isEnabled());

        // A site without a code is refused at its field; what was typed stays.
        page = wizard.currentPage();
        typeText(child<QLineEdit>(page, "siteNameEdit"), QStringLiteral("Casa de acogida Pasto"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SitePageId));
        QVERIFY(child<QLabel>(page, "siteCodeEditError")->isVisible());
        QCOMPARE(child<QLineEdit>(page, "siteNameEdit")->text(),
                 QStringLiteral("Casa de acogida Pasto"));
        typeText(child<QLineEdit>(page, "siteCodeEdit"), QStringLiteral("pas"));
        auto* country = child<CountryComboBox>(page, "siteCountryCombo");
        country->setCode(QStringLiteral("COL"));
        // Countries are named in the chosen language.
        QCOMPARE(country->currentText(), QStringLiteral("Colombia"));
        QCOMPARE(country->itemText(country->findData(QStringLiteral("BRA"))),
                 QStringLiteral("Brasil"));
        auto* admin1 = child<QComboBox>(page, "siteAdmin1Combo");
        admin1->setCurrentIndex(admin1->findData(QStringLiteral("CO-NAR")));
        keepScreenshot(&wizard, QStringLiteral("firstrun-3-site.png"));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DemoDataPageId));
        QCOMPARE(t.rowCount(QStringLiteral("sites")), 1);

        page = wizard.currentPage();
        auto* demo = child<QCheckBox>(page, "demoDataCheck");
        QVERIFY(!demo->isChecked());
        demo->setChecked(true);
        QVERIFY(child<QCheckBox>(page, "firstCaseCheck")->isChecked());
        keepScreenshot(&wizard, QStringLiteral("firstrun-4-ready.png"));
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(wizard.registerFirstCase());
        QCOMPARE(t.rowCount(QStringLiteral("persons")), DemoDataService::Persons);
        Result<std::optional<Site>> demoSite = DemoDataService::site(t.db());
        QVERIFY(demoSite && *demoSite);
        // The demonstration takes the organisation's country and department.
        QCOMPARE((*demoSite)->admin1, QStringLiteral("CO-NAR"));
    }

    void demonstrationDataIsMarkedAndGoesInOneStep()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("es"));
        TestDatabase t;
        QVERIFY(t);
        QVERIFY(DemoDataService(t.db(), t.clock(), t.admin()).load());
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        auto* banner = child<QLabel>(&window, "demoDataBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Datos de demostración")));
        QVERIFY(banner->text().contains(QStringLiteral("DEMO")));
        QVERIFY(window.caseList()->findChild<QTableView*>()->model()->rowCount() > 0);
        keepScreenshot(&window, QStringLiteral("demo-data-banner-es.png"));

        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        child<QAction>(&window, "removeDemoDataAction")->trigger();
        QVERIFY(MessageBox::lastText().contains(
            QStringLiteral("%1 personas").arg(DemoDataService::Persons)));
        QVERIFY(!banner->isVisible());
        QCOMPARE(window.caseList()->findChild<QTableView*>()->model()->rowCount(), 0);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
        closeDiscarding(window);
    }

    void demonstrationDataIsAddedFromTheMenu()
    {
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.admin());
        window.show();
        auto* banner = child<QLabel>(&window, "demoDataBanner");
        QVERIFY(!banner->isVisible());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        child<QAction>(&window, "addDemoDataAction")->trigger();
        QVERIFY(banner->isVisible());
        QCOMPARE(t.rowCount(QStringLiteral("persons")), DemoDataService::Persons);
        QVERIFY(window.caseList()->findChild<QTableView*>()->model()->rowCount() > 0);
        // A second time says why not, and adds nothing.
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        child<QAction>(&window, "addDemoDataAction")->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), DemoDataService::Persons);
        closeDiscarding(window);
    }

    void volunteersSeeTheBannerButCannotRemoveTheData()
    {
        TestDatabase t;
        QVERIFY(t);
        QVERIFY(DemoDataService(t.db(), t.clock(), t.admin()).load());
        MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
        window.show();
        QVERIFY(child<QLabel>(&window, "demoDataBanner")->isVisible());
        QVERIFY(!child<QAction>(&window, "removeDemoDataAction")->isEnabled());
        closeDiscarding(window);
    }

    void helpSpeaksTheChosenLanguage()
    {
        // Every page exists in every language (none falls back to English).
        for (const QString& language : Translations::available()) {
            for (const QString& topic : HelpWindow::topics())
                QCOMPARE(HelpWindow::pagePath(topic, language),
                         QStringLiteral(":/help/%1/%2.html").arg(language, topic));
        }
        Translations::install(*QCoreApplication::instance(), QStringLiteral("pt_BR"));
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        QAction* helpAction = child<QAction>(&window, "helpAction");
        QCOMPARE(helpAction->shortcut(), QKeySequence(QKeySequence::HelpContents));
        helpAction->trigger();
        HelpWindow* help = visibleDialog<HelpWindow>();
        QVERIFY(help);
        auto* topics = child<QListWidget>(help, "helpTopics");
        QCOMPARE(topics->count(), HelpWindow::topics().size());
        QCOMPARE(topics->item(0)->text(), QStringLiteral("Registrar uma família"));
        help->showTopic(QStringLiteral("backup"));
        QVERIFY(child<QTextBrowser>(help, "helpPage")
                    ->toPlainText()
                    .contains(QStringLiteral("frase secreta")));
        keepScreenshot(help, QStringLiteral("help-pt_BR.png"));
        closeDiscarding(window);
    }

    void aboutBoxShowsTheVersionInTheChosenLanguage()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("es"));
        QCoreApplication::setApplicationVersion(QStringLiteral(AMPARO_VERSION));
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto* box = visibleDialog<QMessageBox>();
            QVERIFY(box);
            shown = box->text();
            keepScreenshot(box, QStringLiteral("about-es.png"));
            box->accept();
        });
        child<QAction>(&window, "aboutAction")->trigger();
        QVERIFY2(shown.contains(QStringLiteral("Amparo " AMPARO_VERSION)), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Gestión de casos")), qPrintable(shown));
        closeDiscarding(window);
    }

    void languageIsChosenFromTheMenu()
    {
        TestDatabase t;
        QVERIFY(t);
        MainWindow window(t.db(), t.clock(), t.legal());
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        child<QAction>(&window, "languageAction_pt_BR")->trigger();
        QCOMPARE(AppSettings().language(), QStringLiteral("pt_BR"));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Português (Brasil)")));
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        child<QAction>(&window, "languageAction_system")->trigger();
        QCOMPARE(AppSettings().language(), QString());
        closeDiscarding(window);
    }

    void cancelledBeforeTheAdministratorLeavesNothing()
    {
        TestDatabase t;
        QVERIFY(t);
        FirstRunWizard wizard(t.db(), t.clock());
        wizard.show();
        next(wizard);
        typeText(child<QLineEdit>(wizard.currentPage(), "adminUsernameEdit"),
                 QStringLiteral("ana"));
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!wizard.session().isValid());
        QVERIFY(!*AuthService(t.db(), t.clock()).hasUsers());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
