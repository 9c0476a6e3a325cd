#include "core/common/Translations.h"
#include "core/generator/PopulationGenerator.h"
#include "core/services/AuthService.h"
#include "core/services/CaseService.h"
#include "core/services/ProcedureService.h"
#include "core/services/ReunificationSearch.h"
#include "core/services/TracingService.h"
#include "core/services/UserService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/admin/AddUserDialog.h"
#include "ui/admin/AuditView.h"
#include "ui/admin/UsersDialog.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/caseeditor/MemberDialog.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/help/HelpWindow.h"
#include "ui/import/ImportDialog.h"
#include "ui/incidents/IncidentDialog.h"
#include "ui/legal/ConflictCheckDialog.h"
#include "ui/legal/DeadlineDialog.h"
#include "ui/legal/DeadlinesModel.h"
#include "ui/legal/DeadlinesView.h"
#include "ui/legal/EventDialog.h"
#include "ui/legal/ProcedureDialog.h"
#include "ui/monitoring/InterviewDialog.h"
#include "ui/monitoring/InterviewIncidentDialog.h"
#include "ui/monitoring/MonitoringDialog.h"
#include "ui/monitoring/RoundDialog.h"
#include "ui/risk/ScreeningDialog.h"
#include "ui/risk/ScreeningHistoryDialog.h"
#include "ui/risk/SpecificNeedsDialog.h"
#include "ui/security/BackupDialog.h"
#include "ui/security/LockScreen.h"
#include "ui/security/PassphraseDialog.h"
#include "ui/security/RestoreDialog.h"
#include "ui/security/SignInDialog.h"
#include "ui/sites/SiteDialog.h"
#include "ui/statistics/ExportDialog.h"
#include "ui/statistics/NetworkCountsDialog.h"
#include "ui/statistics/ReportDialog.h"
#include "ui/tracing/CloseRequestDialog.h"
#include "ui/tracing/LinkRelativeDialog.h"
#include "ui/tracing/ReunificationHitsModel.h"
#include "ui/tracing/ReviewMatchDialog.h"
#include "ui/tracing/TracingRequestDialog.h"
#include "ui/tracing/TracingRequestsView.h"
#include "ui/tracing/TracingView.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeView>

#include <functional>
#include <memory>

// Every screen of Amparo, in Spanish, at the size of a 1366×768 laptop screen: each input has
// a name a screen reader announces (a label whose buddy it is, or an accessible name) and can
// be reached with Tab, and no window needs more room than that screen gives.
class TestAccessibility : public QObject
{
    Q_OBJECT

    // The room a window has on a 1366×768 screen once the desktop's panel and the window's
    // title bar have taken theirs.
    static constexpr int ScreenWidth = 1366;
    static constexpr int UsableHeight = 768 - 64;

    std::unique_ptr<TestDatabase> m_t;
    CaseRecord m_case;
    Procedure m_procedure;
    TracingRequest m_request;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AuthService> m_auth;

    static bool isInput(QWidget* w)
    {
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            return button->text().isEmpty();
        if (auto* text = qobject_cast<QTextEdit*>(w))
            return !text->isReadOnly() && !qobject_cast<QTextBrowser*>(w);
        if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            return !plain->isReadOnly();
        if (auto* list = qobject_cast<QListWidget*>(w)) {
            // A list of check boxes is an input; a list to read or pick from is not.
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::CheckStateRole).isValid())
                    return true;
            }
            return false;
        }
        return qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
               qobject_cast<QComboBox*>(w);
    }

    // "QLineEdit givenNamesEdit in MemberDialog" for each input that fails.
    static QStringList inaccessibleInputs(QWidget* window)
    {
        QSet<const QWidget*> labelled;
        for (QLabel* label : window->findChildren<QLabel*>()) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        QStringList out;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window) || !w->isEnabled() || !isInput(w))
                continue;
            // The editor inside a spin box, a date field or a combo box is named with it.
            QWidget* parent = w->parentWidget();
            if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent))
                continue;
            const QString what =
                QStringLiteral("%1 %2 in %3")
                    .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                         QLatin1String(window->metaObject()->className()));
            if (w->accessibleName().isEmpty() && !labelled.contains(w))
                out.append(what + QStringLiteral(": no name"));
            if (!(w->focusPolicy() & Qt::TabFocus))
                out.append(what + QStringLiteral(": not reached with Tab"));
        }
        return out;
    }

    static QString tooBig(QWidget* window)
    {
        const QSize needs = window->minimumSizeHint().expandedTo(window->minimumSize());
        const QSize opens = window->size();
        if (needs.width() > ScreenWidth || needs.height() > UsableHeight ||
            opens.width() > ScreenWidth || opens.height() > UsableHeight)
            return QStringLiteral("%1 needs %2×%3 and opens at %4×%5")
                .arg(QLatin1String(window->metaObject()->className()))
                .arg(needs.width())
                .arg(needs.height())
                .arg(opens.width())
                .arg(opens.height());
        return {};
    }

    // Brings `page` to the front of every stack (tabs, wizard pages, steps) it is in.
    static void reveal(QWidget* page, QWidget* window)
    {
        for (QWidget* w = page; w && w != window; w = w->parentWidget()) {
            if (auto* stack = qobject_cast<QStackedWidget*>(w->parentWidget()))
                stack->setCurrentWidget(w);
        }
    }

    // Shows the window and checks it, and every page of every stack it holds, one by one.
    static QStringList check(QWidget* window)
    {
        window->show();
        QCoreApplication::processEvents();
        QStringList problems;
        if (const QString big = tooBig(window); !big.isEmpty())
            problems.append(big);
        problems += inaccessibleInputs(window);
        for (QStackedWidget* stack : window->findChildren<QStackedWidget*>()) {
            for (int i = 0; i < stack->count(); ++i) {
                reveal(stack->widget(i), window);
                QCoreApplication::processEvents();
                problems += inaccessibleInputs(window);
            }
        }
        problems.removeDuplicates();
        keepScreenshot(window, QStringLiteral("es-%1.png")
                                   .arg(QString::fromLatin1(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (auto* main = qobject_cast<MainWindow*>(window))
            closeDiscarding(*main);
        else
            window->close();
        return problems;
    }

private slots:
    void initTestCase()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("es"));
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(*m_t);
        TestDatabase& t = *m_t;
        const Site site = Fixtures::cucutaSite(t);
        Person mother = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"), {},
                                         Sex::Female, PartialDate::yearOnly(1990));
        CaseRecord r = Fixtures::caseFor(site.id, mother);
        r.members.append(
            CaseMember{Fixtures::person(QStringLiteral("Luis"), QStringLiteral("Rojas"), {},
                                        Sex::Male, PartialDate::yearOnly(2015)),
                       Relationship::Child});
        m_case = CaseService(t.db(), t.clock(), t.legal()).save(r).value();
        Procedure p;
        p.caseId = m_case.id;
        p.typeCode = QStringLiteral("col_rsd");
        p.country = QStringLiteral("COL");
        p.responsible = QStringLiteral("Ana Torres");
        p.openedOn = t.clock().today();
        p.personIds = {m_case.members[0].person.id};
        m_procedure = ProcedureService(t.db(), t.clock(), t.legal()).open(p).value();
        m_request =
            TracingService(t.db(), t.clock(), t.legal())
                .add(Fixtures::tracingRequest(site.id, QStringLiteral("Carlos"),
                                              QStringLiteral("Rodríguez"), t.clock().today()))
                .value();
        m_users = std::make_unique<UserService>(t.db(), t.clock(), t.admin());
        m_auth = std::make_unique<AuthService>(t.db(), t.clock());
    }

    // On a laptop's screen, in Spanish, over a population with overdue deadlines and tracing
    // matches: what is due and why a person may be the one sought are read whole, on one line.
    void whatPeopleReadFirstIsShownWhole()
    {
        TestDatabase t;
        QVERIFY(t);
        QVERIFY(PopulationGenerator(t.db(), t.clock()).generate({1200, 7, 0}));
        QVERIFY(TracingService(t.db(), t.clock(), t.legal()).rematchAll({}));
        MainWindow window(t.db(), t.clock(), t.legal());
        window.resize(ScreenWidth, UsableHeight);
        window.show();

        window.showDeadlines();
        auto* deadlines = child<QTreeView>(window.deadlinesView(), "deadlinesTree");
        QTRY_VERIFY(deadlines->model()->rowCount() > 0);
        const int what = deadlines->header()->sectionSize(DeadlinesModel::WhatColumn);
        QVERIFY2(what >= static_cast<QAbstractItemView*>(deadlines)->sizeHintForColumn(
                             DeadlinesModel::WhatColumn),
                 qPrintable(QString::number(what)));
        keepScreenshot(&window, QStringLiteral("es-deadlines-1366.png"));

        TracingView* tracing = window.tracingView();
        window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(tracing);
        tracing->setCurrentWidget(tracing->requests());
        auto* requests = child<QTableView>(tracing->requests(), "tracingRequestsTable");
        QAbstractItemModel* model = requests->model();
        auto* proposals = child<QTableView>(tracing->requests(), "proposalsTable");
        for (int row = 0; row < model->rowCount() && proposals->model()->rowCount() == 0; ++row)
            requests->setCurrentIndex(model->index(row, 0));
        QVERIFY(proposals->model()->rowCount() > 0);
        QCoreApplication::processEvents();
        const int reasons =
            proposals->horizontalHeader()->sectionSize(ReunificationHitsModel::ReasonsColumn);
        QVERIFY2(reasons >= static_cast<QAbstractItemView*>(proposals)->sizeHintForColumn(
                                ReunificationHitsModel::ReasonsColumn),
                 qPrintable(QString::number(reasons)));
        QVERIFY(!proposals->wordWrap());
        // Beside the name, before where the person is now.
        QCOMPARE(proposals->horizontalHeader()->visualIndex(ReunificationHitsModel::ReasonsColumn),
                 2);
        keepScreenshot(&window, QStringLiteral("es-tracing-matches-1366.png"));
        closeDiscarding(window);
    }

    void cleanupTestCase()
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void everyScreenCanBeReadAndReached_data()
    {
        QTest::addColumn<QString>("screen");
        for (const char* name : {"main window",
                                 "case editor",
                                 "case editor as volunteer",
                                 "member",
                                 "member as volunteer",
                                 "screening",
                                 "screening history",
                                 "specific needs",
                                 "procedure",
                                 "event",
                                 "deadline",
                                 "conflict check",
                                 "link relative",
                                 "tracing request",
                                 "review match",
                                 "close request",
                                 "import",
                                 "export",
                                 "report",
                                 "network counts",
                                 "incident",
                                 "monitoring",
                                 "monitoring round",
                                 "monitoring interview",
                                 "interview incident",
                                 "backup",
                                 "restore",
                                 "passphrase",
                                 "sign in",
                                 "lock screen",
                                 "site",
                                 "users",
                                 "add user",
                                 "audit trail",
                                 "help",
                                 "first run"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyScreenCanBeReadAndReached()
    {
        QFETCH(QString, screen);
        TestDatabase& t = *m_t;
        const UserSession legal = t.legal();
        const UserSession admin = t.admin();
        const QHash<QString, std::function<QWidget*()>> screens{
            {QStringLiteral("main window"),
             [&] {
                 auto* w = new MainWindow(t.db(), t.clock(), admin);
                 w->resize(ScreenWidth, UsableHeight);
                 return w;
             }},
            {QStringLiteral("case editor"),
             [&] {
                 auto* e = new CaseEditor(t.db(), t.clock(), legal);
                 e->loadCase(m_case.id);
                 e->resize(ScreenWidth, UsableHeight);
                 return e;
             }},
            {QStringLiteral("case editor as volunteer"),
             [&] {
                 auto* e = new CaseEditor(t.db(), t.clock(), t.session(Role::Volunteer));
                 e->loadCase(m_case.id);
                 e->resize(ScreenWidth, UsableHeight);
                 return e;
             }},
            {QStringLiteral("member as volunteer"),
             [&] {
                 auto* d = new MemberDialog(t.clock(), m_case.members[1], m_case.members[0].person);
                 d->setReadOnly(CaseRedactor::withheldFor(Role::Volunteer));
                 return d;
             }},
            {QStringLiteral("member"),
             [&] {
                 return new MemberDialog(t.clock(), m_case.members[1], m_case.members[0].person);
             }},
            {QStringLiteral("screening"),
             [&] { return new ScreeningDialog(t.db(), t.clock(), legal, m_case); }},
            {QStringLiteral("screening history"),
             [&] { return new ScreeningHistoryDialog(t.db(), t.clock(), legal, m_case); }},
            {QStringLiteral("specific needs"),
             [&] { return new SpecificNeedsDialog(t.db(), t.clock(), legal, m_case); }},
            {QStringLiteral("procedure"),
             [&] { return new ProcedureDialog(t.db(), t.clock(), legal, m_case, Procedure()); }},
            {QStringLiteral("event"),
             [&] { return new EventDialog(t.db(), t.clock(), legal, m_procedure); }},
            {QStringLiteral("deadline"),
             [&] {
                 return new DeadlineDialog(t.db(), t.clock(), legal, m_case.id, {m_procedure},
                                           m_procedure.id);
             }},
            {QStringLiteral("conflict check"),
             [&] { return new ConflictCheckDialog(t.db(), t.clock(), legal, m_case); }},
            {QStringLiteral("link relative"),
             [&] { return new LinkRelativeDialog(t.db(), t.clock(), legal, m_case); }},
            {QStringLiteral("tracing request"),
             [&] {
                 return new TracingRequestDialog(t.db(), t.clock(), legal, TracingRequest(),
                                                 std::nullopt);
             }},
            {QStringLiteral("review match"),
             [&] {
                 MatchProposal proposal;
                 proposal.requestId = m_request.id;
                 proposal.personId = m_case.members[0].person.id;
                 proposal.score = 0.8;
                 proposal.reasons = QStringLiteral("apellido igual");
                 ReunificationHit hit;
                 hit.personId = proposal.personId;
                 hit.caseId = m_case.id;
                 hit.name = QStringLiteral("Carmen Rojas");
                 return new ReviewMatchDialog(t.db(), t.clock(), legal, m_request, proposal, hit);
             }},
            {QStringLiteral("close request"),
             [&] { return new CloseRequestDialog(t.db(), t.clock(), legal, m_request); }},
            {QStringLiteral("import"), [&] { return new ImportDialog(t.db(), t.clock(), legal); }},
            {QStringLiteral("export"), [&] { return new ExportDialog(t.db(), t.clock(), legal); }},
            {QStringLiteral("report"), [&] { return new ReportDialog(t.db(), t.clock(), legal); }},
            {QStringLiteral("network counts"),
             [&] { return new NetworkCountsDialog(t.db(), t.clock(), admin); }},
            {QStringLiteral("incident"),
             [&] { return new IncidentDialog(t.db(), t.clock(), legal, m_case, Incident()); }},
            {QStringLiteral("monitoring"),
             [&] { return new MonitoringDialog(t.db(), t.clock(), legal); }},
            {QStringLiteral("monitoring round"),
             [&] { return new RoundDialog(t.db(), t.clock(), legal); }},
            {QStringLiteral("monitoring interview"),
             [&] {
                 MonitoringRound round;
                 round.name = QStringLiteral("Cúcuta, junio");
                 round.startsOn = QDate(2026, 6, 1);
                 round.endsOn = QDate(2026, 6, 30);
                 return new InterviewDialog(t.db(), t.clock(), legal, round);
             }},
            {QStringLiteral("interview incident"),
             [&] { return new InterviewIncidentDialog(t.clock()); }},
            {QStringLiteral("backup"),
             [&] { return new BackupDialog(t.path(), t.clock(), legal); }},
            {QStringLiteral("restore"),
             [&] { return new RestoreDialog(t.path(), t.clock(), admin); }},
            {QStringLiteral("passphrase"),
             [&] {
                 return new PassphraseDialog(
                     QStringLiteral("Cambiar"), QStringLiteral("…"), true, admin.username,
                     [](const QString&, const QString&) { return Status(); });
             }},
            {QStringLiteral("sign in"), [&] { return new SignInDialog(*m_auth, t.path()); }},
            {QStringLiteral("lock screen"), [&] { return new LockScreen(*m_auth, legal); }},
            {QStringLiteral("site"), [&] { return new SiteDialog(t.db(), t.clock(), admin); }},
            {QStringLiteral("users"), [&] { return new UsersDialog(t.db(), t.clock(), admin); }},
            {QStringLiteral("add user"), [&] { return new AddUserDialog(*m_users); }},
            {QStringLiteral("audit trail"),
             [&] { return new AuditView(t.db(), t.clock(), admin); }},
            {QStringLiteral("help"), [&] { return new HelpWindow(); }},
            {QStringLiteral("first run"), [&] { return new FirstRunWizard(t.db(), t.clock()); }},
        };
        QVERIFY2(screens.contains(screen), qPrintable(screen));
        std::unique_ptr<QWidget> window(screens.value(screen)());
        const QStringList problems = check(window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
