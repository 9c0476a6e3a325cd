#include "ui/MainWindow.h"
#include "ui/import/ImportDialog.h"

#include "ui/statistics/DashboardView.h"

#include "core/common/AppSettings.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/referrals/ReferralPackageService.h"
#include "core/security/AccessPolicy.h"
#include "core/services/AuthService.h"
#include "core/services/DatabaseEncryptor.h"
#include "core/services/DeadlineService.h"
#include "core/services/DemoDataService.h"
#include "core/services/SiteService.h"
#include "core/services/SyncReport.h"
#include "core/services/SyncReviewService.h"
#include "core/services/SyncService.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"
#include "ui/admin/AuditView.h"
#include "ui/admin/ConductDialog.h"
#include "ui/admin/DemoDataBanner.h"
#include "ui/admin/MergeReviewDialog.h"
#include "ui/admin/PossibleDuplicatesListDialog.h"
#include "ui/admin/TransfersDialog.h"
#include "ui/admin/UsersDialog.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/caselist/CaseListView.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/help/HelpWindow.h"
#include "ui/legal/DeadlineCountLabel.h"
#include "ui/legal/DeadlinesView.h"
#include "ui/monitoring/MonitoringDialog.h"
#include "ui/referrals/PartnersDialog.h"
#include "ui/rights/DataRequestsDialog.h"
#include "ui/rights/RetentionDialog.h"
#include "ui/security/BackupDialog.h"
#include "ui/security/GlobalShortcut.h"
#include "ui/security/InactivityTimer.h"
#include "ui/security/LockScreen.h"
#include "ui/security/PassphraseDialog.h"
#include "ui/security/RecoveryKeyDialog.h"
#include "ui/security/RestoreDialog.h"
#include "ui/sites/SiteDialog.h"
#include "ui/sync/SyncReviewDialog.h"
#include "ui/sync/SyncSitesDialog.h"
#include "ui/tracing/TracingRequestsView.h"
#include "ui/tracing/TracingView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Database& db, const Clock& clock, const UserSession& session,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_auth(std::make_unique<AuthService>(db, clock))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(
        // The system adds the program's name ("… — Amparo").
        tr("%1 (%2)").arg(db.displayName(), session.displayName));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    if (AccessPolicy::allows(session.role, Permission::ViewCaseList)) {
        m_caseList = new CaseListView(db, session, m_tabs);
        m_tabs->addTab(m_caseList, tr("Cases"));
        connect(m_caseList, &CaseListView::openCaseRequested, this, &MainWindow::openCase);
    }
    if (AccessPolicy::allows(session.role, Permission::ViewLegal)) {
        m_deadlinesView =
            new DeadlinesView(db, clock, session, DeadlinesView::Scope::AllCases, m_tabs);
        m_tabs->addTab(m_deadlinesView, tr("Deadlines"));
        connect(m_deadlinesView, &DeadlinesView::openCaseRequested, this, [this](qint64 id) {
            openCase(id);
            if (CaseEditor* editor = editorFor(id))
                editor->showProcedures();
        });
    }
    if (AccessPolicy::allows(session.role, Permission::ViewAggregates)) {
        m_tabs->addTab(new DashboardView(db, clock, session, m_tabs), tr("Statistics"));
    }
    if (AccessPolicy::allows(session.role, Permission::TraceFamilies)) {
        m_tracingView = new TracingView(db, clock, session, m_tabs);
        m_tabs->addTab(m_tracingView, tr("Family tracing"));
        connect(m_tracingView, &TracingView::openCaseRequested, this, &MainWindow::openCase);
    }
    // The fixed tabs (cases, deadlines, tracing) cannot be closed.
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }

    m_lockScreen = new LockScreen(*m_auth, session, this);
    // The demonstration-data strip sits above the tabs and hides with them when locked.
    m_work = new QWidget(this);
    m_demoBanner = new DemoDataBanner(db, m_work);
    auto* workLayout = new QVBoxLayout(m_work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    workLayout->addWidget(m_demoBanner);
    workLayout->addWidget(m_tabs);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_work);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
    createMenus();
    const QString database = db.isServer()      ? db.displayName()
                             : db.isEncrypted() ? tr("%1 (encrypted)").arg(db.path())
                                                : tr("%1 (not encrypted)").arg(db.path());
    statusBar()->showMessage(
        tr("Signed in as %1 (%2) · Database: %3")
            .arg(session.displayName, roleCodes().label(session.role), database));
    if (m_deadlinesView) {
        m_deadlineCount = new DeadlineCountLabel(db, clock, session, this);
        statusBar()->addPermanentWidget(m_deadlineCount);
        connect(m_deadlineCount, &DeadlineCountLabel::clicked, this, &MainWindow::showDeadlines);
        connect(m_deadlinesView, &DeadlinesView::changed, m_deadlineCount,
                &DeadlineCountLabel::refresh);
        // The morning reminder: what is overdue or due today comes first.
        Result<QList<DeadlineRow>> dueNow =
            DeadlineService(db, clock, session).open(false, clock.today());
        if (dueNow && !dueNow->isEmpty())
            m_tabs->setCurrentWidget(m_deadlinesView);
    }
    if (AccessPolicy::allows(session.role, Permission::EditCase)) {
        m_reviewsWaiting = new QPushButton(this);
        m_reviewsWaiting->setObjectName(QStringLiteral("reviewsWaitingButton"));
        m_reviewsWaiting->setFlat(true);
        m_reviewsWaiting->setToolTip(tr("Records changed here and at another site: open the "
                                        "review list to choose the version that stays."));
        statusBar()->addPermanentWidget(m_reviewsWaiting);
        connect(m_reviewsWaiting, &QPushButton::clicked, this, &MainWindow::showSyncReviews);
        refreshReviewsWaiting();
    }
    resize(1200, 760);

    m_idle = new InactivityTimer(this);
    m_idle->setInterval(AppSettings().lockAfterMinutes() * 60 * 1000);
    m_idle->start();
    connect(m_idle, &InactivityTimer::inactive, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* editor = qobject_cast<CaseEditor*>(m_tabs->widget(index))) {
            closeEditor(editor);
        } else if (m_tabs->widget(index) == m_auditView) {
            m_tabs->removeTab(index);
            m_auditView->deleteLater();
            m_auditView = nullptr;
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    const Role role = m_session.role;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCase = file->addAction(tr("&New case…"), this, &MainWindow::newCase);
    newCase->setObjectName(QStringLiteral("newCaseAction"));
    newCase->setShortcut(QKeySequence::New);
    newCase->setEnabled(AccessPolicy::allows(role, Permission::CreateCase));
    QAction* find = file->addAction(tr("&Find a case"), this, [this] {
        if (m_caseList) {
            m_tabs->setCurrentWidget(m_caseList);
            m_caseList->focusSearch();
        }
    });
    find->setShortcut(QKeySequence::Find);
    find->setEnabled(m_caseList != nullptr);
    QAction* closeTab = file->addAction(tr("&Close case"), this, [this] {
        if (auto* editor = qobject_cast<CaseEditor*>(m_tabs->currentWidget()))
            closeEditor(editor);
    });
    closeTab->setShortcut(QKeySequence::Close);
    QAction* import =
        file->addAction(tr("&Import from a spreadsheet…"), this, &MainWindow::importRecords);
    import->setObjectName(QStringLiteral("importAction"));
    import->setEnabled(AccessPolicy::allows(role, Permission::ImportCases));
    QAction* monitoring =
        file->addAction(tr("Protection &monitoring…"), this, &MainWindow::showMonitoring);
    monitoring->setObjectName(QStringLiteral("monitoringAction"));
    monitoring->setEnabled(AccessPolicy::allows(role, Permission::MonitorProtection));
    file->addSeparator();
    QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backup->setObjectName(QStringLiteral("backupAction"));
    backup->setEnabled(AccessPolicy::allows(role, Permission::MakeBackup));
    QAction* restoreAction =
        file->addAction(tr("&Restore from a backup…"), this, &MainWindow::restore);
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    restoreAction->setEnabled(AccessPolicy::allows(role, Permission::RestoreBackup));
    file->addSeparator();
    QAction* send = file->addAction(tr("&Send a package…"), this, &MainWindow::sendPackage);
    send->setObjectName(QStringLiteral("sendPackageAction"));
    send->setEnabled(AccessPolicy::allows(role, Permission::ManageSites));
    QAction* receive =
        file->addAction(tr("Recei&ve a package…"), this, &MainWindow::receivePackage);
    receive->setObjectName(QStringLiteral("receivePackageAction"));
    receive->setEnabled(send->isEnabled());
    QAction* exchange = file->addAction(tr("E&xchange packages through the server"), this,
                                        &MainWindow::exchangeThroughServer);
    exchange->setObjectName(QStringLiteral("exchangeAction"));
    exchange->setEnabled(send->isEnabled());
    file->addSeparator();
    QAction* referral =
        file->addAction(tr("Open a re&ferral package…"), this, &MainWindow::openReferralPackage);
    referral->setObjectName(QStringLiteral("openReferralPackageAction"));
    referral->setEnabled(AccessPolicy::allows(role, Permission::Refer) &&
                         AccessPolicy::allows(role, Permission::CreateCase));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    QAction* lockAction = account->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // The menu shows the keys; GlobalShortcut makes them work even behind a modal dialog.
    lockAction->setShortcutContext(Qt::WidgetShortcut);
    connect(new GlobalShortcut(lockAction->shortcut(), this), &GlobalShortcut::activated, this,
            &MainWindow::lock);
    account->addAction(tr("Change my &passphrase…"), this, &MainWindow::changeOwnPassphrase);

    QMenu* admin = menuBar()->addMenu(tr("A&dministration"));
    QAction* sites = admin->addAction(tr("Add a &site…"), this, &MainWindow::addSite);
    sites->setObjectName(QStringLiteral("addSiteAction"));
    sites->setEnabled(AccessPolicy::allows(role, Permission::ManageSites));
    QAction* syncSites =
        admin->addAction(tr("&Field posts and office…"), this, &MainWindow::showSyncSites);
    syncSites->setObjectName(QStringLiteral("syncSitesAction"));
    syncSites->setEnabled(sites->isEnabled());
    QAction* reviews = admin->addAction(tr("&Review list…"), this, &MainWindow::showSyncReviews);
    reviews->setObjectName(QStringLiteral("syncReviewAction"));
    reviews->setEnabled(AccessPolicy::allows(role, Permission::EditCase));
    QAction* duplicates =
        admin->addAction(tr("&Possible duplicates…"), this, &MainWindow::showPossibleDuplicates);
    duplicates->setObjectName(QStringLiteral("possibleDuplicatesAction"));
    duplicates->setEnabled(AccessPolicy::allows(role, Permission::CreateCase));
    QAction* merges = admin->addAction(tr("&Merges to review…"), this, &MainWindow::showMerges);
    merges->setObjectName(QStringLiteral("mergeReviewAction"));
    merges->setEnabled(AccessPolicy::allows(role, Permission::MergeRecords));
    QAction* partners =
        admin->addAction(tr("Partner &organisations…"), this, &MainWindow::showPartners);
    partners->setObjectName(QStringLiteral("partnersAction"));
    partners->setEnabled(AccessPolicy::allows(role, Permission::ManagePartners));
    QAction* users = admin->addAction(tr("&Users…"), this, &MainWindow::showUsers);
    users->setObjectName(QStringLiteral("usersAction"));
    users->setEnabled(AccessPolicy::allows(role, Permission::ManageUsers));
    QAction* conduct = admin->addAction(tr("Code of &conduct…"), this, &MainWindow::showConduct);
    conduct->setObjectName(QStringLiteral("conductAction"));
    conduct->setEnabled(AccessPolicy::allows(role, Permission::ManageUsers));
    QAction* audit = admin->addAction(tr("&Audit trail"), this, &MainWindow::showAuditTrail);
    audit->setObjectName(QStringLiteral("auditAction"));
    audit->setEnabled(AccessPolicy::allows(role, Permission::ViewAudit));
    QAction* transfers =
        admin->addAction(tr("&Transfers of personal data…"), this, &MainWindow::showTransfers);
    transfers->setObjectName(QStringLiteral("transfersAction"));
    transfers->setEnabled(AccessPolicy::allows(role, Permission::ViewAudit));
    QAction* requests =
        admin->addAction(tr("Requests about people's &data…"), this, &MainWindow::showDataRequests);
    requests->setObjectName(QStringLiteral("dataRequestsAction"));
    requests->setEnabled(AccessPolicy::allows(role, Permission::AnswerDataRequests));
    QAction* retention =
        admin->addAction(tr("Retention of &closed cases…"), this, &MainWindow::showRetention);
    retention->setObjectName(QStringLiteral("retentionAction"));
    retention->setEnabled(AccessPolicy::allows(role, Permission::AnswerDataRequests));
    if (!m_db.isServer() && !m_db.isEncrypted()) {
        QAction* encrypt =
            admin->addAction(tr("&Encrypt the database…"), this, &MainWindow::encryptDatabase);
        encrypt->setObjectName(QStringLiteral("encryptDatabaseAction"));
        encrypt->setEnabled(AccessPolicy::allows(role, Permission::ManageUsers));
    } else if (m_db.isEncrypted()) {
        QAction* recovery = admin->addAction(tr("Make a new &recovery key…"), this,
                                             &MainWindow::replaceRecoveryKey);
        recovery->setObjectName(QStringLiteral("newRecoveryKeyAction"));
        recovery->setEnabled(AccessPolicy::allows(role, Permission::ManageUsers));
    }
    admin->addSeparator();
    QAction* addDemo =
        admin->addAction(tr("Add &demonstration data…"), this, &MainWindow::addDemoData);
    addDemo->setObjectName(QStringLiteral("addDemoDataAction"));
    addDemo->setEnabled(sites->isEnabled());
    QAction* removeDemo =
        admin->addAction(tr("&Remove the demonstration data…"), this, &MainWindow::removeDemoData);
    removeDemo->setObjectName(QStringLiteral("removeDemoDataAction"));
    removeDemo->setEnabled(sites->isEnabled());
    const QList<QAction*> adminActions = admin->actions();
    admin->menuAction()->setVisible(std::any_of(adminActions.cbegin(), adminActions.cend(),
                                                [](const QAction* a) { return a->isEnabled(); }));

    QMenu* settings = menuBar()->addMenu(tr("Se&ttings"));
    QMenu* languages = settings->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(languages);
    const QString chosen = AppSettings().language();
    QStringList codes{QString()};
    codes.append(Translations::available());
    for (const QString& code : codes) {
        QAction* a = languages->addAction(code.isEmpty() ? tr("The system's language")
                                                         : Translations::nativeName(code));
        a->setObjectName(QStringLiteral("languageAction_") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* helpAction = help->addAction(tr("Amparo &help"), this, &MainWindow::showHelp);
    helpAction->setObjectName(QStringLiteral("helpAction"));
    helpAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Amparo"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (newCase->isEnabled())
        toolbar->addAction(newCase);
    if (find->isEnabled())
        toolbar->addAction(find);
    if (m_deadlinesView) {
        QAction* deadlines = file->addAction(tr("&Deadlines"), this, &MainWindow::showDeadlines);
        deadlines->setObjectName(QStringLiteral("deadlinesAction"));
        deadlines->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
        file->insertAction(closeTab, deadlines);
        toolbar->addAction(deadlines);
    }
    toolbar->addAction(lockAction);

    // While locked, only the lock screen answers: every other action is switched off.
    for (QMenu* menu : {file, account, admin, settings, languages, help}) {
        for (QAction* a : menu->actions()) {
            if (a != lockAction && !a->isSeparator() && a->isEnabled())
                m_actionsWhileUnlocked.append(a);
        }
    }
}

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idle->setInterval(milliseconds);
    m_idle->start();
}

bool MainWindow::isLocked() const
{
    return m_stack->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // Hide every other window of Amparo (a member form, a dialog) with the cases.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() && w->window() == w) {
            m_hiddenWhileLocked.append(w);
            w->hide();
        }
    }
    for (QAction* a : std::as_const(m_actionsWhileUnlocked))
        a->setEnabled(false);
    menuBar()->setEnabled(false);
    m_stack->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare();
    m_idle->stop();
    // An encrypted database's key leaves memory until the passphrase is typed again.
    m_auth->lock();
}

void MainWindow::unlock()
{
    m_stack->setCurrentWidget(m_work);
    menuBar()->setEnabled(true);
    for (QAction* a : std::as_const(m_actionsWhileUnlocked))
        a->setEnabled(true);
    for (QWidget* w : std::as_const(m_hiddenWhileLocked)) {
        if (w)
            w->show();
    }
    m_hiddenWhileLocked.clear();
    m_idle->start();
}

CaseEditor* MainWindow::editorFor(qint64 caseId) const
{
    for (CaseEditor* e : editors()) {
        if (e->caseId() == caseId)
            return e;
    }
    return nullptr;
}

QList<CaseEditor*> MainWindow::editors() const
{
    QList<CaseEditor*> list;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* e = qobject_cast<CaseEditor*>(m_tabs->widget(i)))
            list.append(e);
    }
    return list;
}

CaseEditor* MainWindow::addEditorTab()
{
    auto* editor = new CaseEditor(m_db, m_clock, m_session, m_tabs);
    const int index = m_tabs->addTab(editor, tr("New case"));
    m_tabs->setCurrentIndex(index);
    connect(editor, &CaseEditor::titleChanged, this, [this, editor](const QString& title) {
        const int i = m_tabs->indexOf(editor);
        if (i >= 0)
            m_tabs->setTabText(i, title);
    });
    if (m_caseList)
        connect(editor, &CaseEditor::saved, m_caseList, &CaseListView::refresh);
    connect(editor, &CaseEditor::openCaseRequested, this, &MainWindow::openCase);
    if (m_tracingView) {
        connect(editor, &CaseEditor::saved, m_tracingView->requests(),
                &TracingRequestsView::refresh);
        connect(editor, &CaseEditor::showTracingRequestRequested, this, [this](qint64 id) {
            m_tracingView->showRequest(id);
            m_tabs->setCurrentWidget(m_tracingView);
        });
    }
    if (m_deadlinesView) {
        connect(editor, &CaseEditor::saved, m_deadlinesView, &DeadlinesView::refresh);
        connect(editor, &CaseEditor::saved, m_deadlineCount, &DeadlineCountLabel::refresh);
    }
    connect(editor, &CaseEditor::closeRequested, this, [this, editor] { closeEditor(editor); });
    return editor;
}

void MainWindow::newCase()
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::CreateCase); !allowed) {
        MessageBox::warning(this, tr("New case"), allowed.error().message());
        return;
    }
    Result<QList<Site>> sites = SiteService(m_db, m_clock, m_session).sites();
    if (!sites) {
        MessageBox::warning(this, tr("New case"), sites.error().message());
        return;
    }
    if (sites->isEmpty()) {
        if (!AccessPolicy::allows(m_session.role, Permission::ManageSites)) {
            MessageBox::information(
                this, tr("New case"),
                tr("No site has been set up yet. Ask an administrator to add the "
                   "site where you register cases."));
            return;
        }
        // A case number needs a site: ask for the first one, then go on with the case.
        auto* dialog = new SiteDialog(m_db, m_clock, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { startNewCaseAt(dialog->site().id); });
        dialog->open();
        return;
    }
    startNewCaseAt(sites->constFirst().id);
}

void MainWindow::startNewCaseAt(qint64 siteId)
{
    CaseEditor* editor = addEditorTab();
    editor->startNewCase(siteId);
}

void MainWindow::openCase(qint64 caseId)
{
    if (CaseEditor* open = editorFor(caseId)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    CaseEditor* editor = addEditorTab();
    if (!editor->loadCase(caseId)) {
        m_tabs->removeTab(m_tabs->indexOf(editor));
        editor->deleteLater();
    }
}

void MainWindow::addSite()
{
    auto* dialog = new SiteDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSyncSites()
{
    auto* dialog = new SyncSitesDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSyncReviews()
{
    auto* dialog = new SyncReviewDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_caseList)
            m_caseList->refresh();
        refreshReviewsWaiting();
    });
    dialog->open();
}

void MainWindow::showPossibleDuplicates()
{
    auto* dialog = new PossibleDuplicatesListDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PossibleDuplicatesListDialog::openCaseRequested, this, &MainWindow::openCase);
    connect(dialog, &PossibleDuplicatesListDialog::recordsChanged, this, [this] {
        if (m_caseList)
            m_caseList->refresh();
    });
    dialog->open();
    dialog->search();
}

void MainWindow::showMerges()
{
    auto* dialog = new MergeReviewDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeReviewDialog::recordsChanged, this, [this] {
        if (m_caseList)
            m_caseList->refresh();
    });
    dialog->open();
}

void MainWindow::refreshReviewsWaiting()
{
    if (!m_reviewsWaiting)
        return;
    Result<int> waiting = SyncReviewService(m_db, m_clock, m_session).count();
    const int n = waiting ? *waiting : 0;
    m_reviewsWaiting->setText(tr("%n record(s) wait for review", nullptr, n));
    m_reviewsWaiting->setVisible(n > 0);
}

void MainWindow::sendPackage()
{
    const QString title = tr("Send a package");
    Result<QList<SyncSite>> sites = SyncSetupService(m_db, m_clock, m_session).sites();
    if (!sites) {
        MessageBox::warning(this, title, sites.error().message());
        return;
    }
    if (sites->isEmpty()) {
        MessageBox::information(this, title,
                                tr("No site is registered yet. Under Administration → Field "
                                   "posts and office, make this database a site and register "
                                   "the other side's card."));
        return;
    }
    QString to = sites->first().card.code;
    if (sites->size() > 1) {
        QStringList codes;
        for (const SyncSite& s : std::as_const(*sites))
            codes.append(s.card.code);
        bool chosen = false;
        to = QInputDialog::getItem(this, title, tr("Send the package to:"), codes, 0, false,
                                   &chosen);
        if (!chosen)
            return;
    }
    const QString path =
        FileDialog::saveFileName(this, title,
                                 QStringLiteral("%1-%2.amparo-package")
                                     .arg(to, m_clock.now().toString(QStringLiteral("yyyy-MM-dd"))),
                                 tr("Amparo packages (*.amparo-package)"));
    if (path.isEmpty())
        return;
    Result<SyncService::Sent> sent = SyncService(m_db, m_clock, m_session).send(to, path);
    if (!sent) {
        MessageBox::warning(this, title, sent.error().message());
        return;
    }
    MessageBox::information(
        this, title,
        tr("Package %1 for %2 was written to %3 with %n record(s). Only %2 can open it: "
           "a lost copy reveals nothing without its keys.",
           nullptr, sent->records)
            .arg(sent->number)
            .arg(sent->to, path));
}

void MainWindow::receivePackage()
{
    const QString title = tr("Receive a package");
    const QString path =
        FileDialog::openFileName(this, title, tr("Amparo packages (*.amparo-package)"));
    if (path.isEmpty())
        return;
    Result<SyncService::Received> received = SyncService(m_db, m_clock, m_session).receive(path);
    if (!received) {
        MessageBox::warning(this, title, received.error().message());
        return;
    }
    if (m_caseList)
        m_caseList->refresh();
    refreshReviewsWaiting();
    MessageBox::information(this, title, SyncReport::ofReceived(*received).join(u' '));
}

void MainWindow::exchangeThroughServer()
{
    const QString title = tr("Exchange packages through the server");
    // Reaching the server and applying what waits can take a while.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<SyncService::Exchanged> exchanged = SyncService(m_db, m_clock, m_session).exchange();
    QApplication::restoreOverrideCursor();
    if (!exchanged) {
        MessageBox::warning(this, title, exchanged.error().message());
        return;
    }
    if (m_caseList)
        m_caseList->refresh();
    refreshReviewsWaiting();
    const QString text = SyncReport::ofExchange(*exchanged).join(u'\n');
    if (exchanged->refused.isEmpty() && exchanged->notSent.isEmpty())
        MessageBox::information(this, title, text);
    else
        MessageBox::warning(this, title, text);
}

void MainWindow::showAuditTrail()
{
    if (Status allowed = AccessPolicy::require(m_session, Permission::ViewAudit); !allowed) {
        MessageBox::warning(this, tr("Audit trail"), allowed.error().message());
        return;
    }
    if (!m_auditView) {
        m_auditView = new AuditView(m_db, m_clock, m_session, m_tabs);
        m_tabs->addTab(m_auditView, tr("Audit trail"));
    } else {
        m_auditView->refresh();
    }
    m_tabs->setCurrentWidget(m_auditView);
}

void MainWindow::showDeadlines()
{
    if (!m_deadlinesView)
        return;
    m_deadlinesView->refresh();
    m_tabs->setCurrentWidget(m_deadlinesView);
}

void MainWindow::showUsers()
{
    auto* dialog = new UsersDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showConduct()
{
    auto* dialog = new ConductDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showTransfers()
{
    auto* dialog = new TransfersDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showDataRequests()
{
    auto* dialog = new DataRequestsDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showMonitoring()
{
    auto* dialog = new MonitoringDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showRetention()
{
    auto* dialog = new RetentionDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetentionDialog::casesChanged, this, [this] {
        if (m_caseList)
            m_caseList->refresh();
    });
    dialog->open();
}

void MainWindow::showPartners()
{
    auto* dialog = new PartnersDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openReferralPackage()
{
    const QString title = tr("Open a referral package");
    const QString path = FileDialog::openFileName(
        this, title, tr("Amparo referral packages (*.amparo-referral);;All files (*)"));
    if (path.isEmpty())
        return;
    ReferralPackageService service(m_db, m_clock, m_session);
    Result<ReferralPackageService::Opened> opened = service.openFile(path);
    if (!opened) {
        MessageBox::warning(this, title, opened.error().message());
        return;
    }
    Result<QList<Site>> sites = SiteService(m_db, m_clock, m_session).sites();
    if (!sites || sites->isEmpty()) {
        MessageBox::warning(this, title,
                            sites ? tr("No site has been set up yet: an administrator adds the "
                                       "site where cases are registered first.")
                                  : sites.error().message());
        return;
    }
    const ReferralPackageContents& c = opened->contents;
    const QStringList services = referralServiceCodes().labelsOf(c.services);
    if (MessageBox::askYesNo(
            this, title,
            tr("%1 refers %n person(s) to you (their case %2, %3), for: %4. Open a new case "
               "for them here?",
               nullptr, int(c.persons.size()))
                .arg(opened->partnerName, c.caseCode, referralPriorityCodes().label(c.priority),
                     services.join(QStringLiteral(", ")))) != MessageBox::Answer::Yes)
        return;
    Result<CaseRecord> created = service.openAsNewCase(*opened, sites->constFirst().id);
    if (!created) {
        MessageBox::warning(this, title, created.error().message());
        return;
    }
    if (m_caseList)
        m_caseList->refresh();
    openCase(created->id);
}

void MainWindow::backUp()
{
    auto* dialog = new BackupDialog(m_db.path(), m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupDialog::backupMade, this, [this](const QString& file) {
        statusBar()->showMessage(tr("Backup written to %1").arg(file), 10000);
    });
    dialog->open();
}

void MainWindow::importRecords()
{
    auto* dialog = new ImportDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        if (m_caseList)
            m_caseList->refresh();
    });
    dialog->open();
}

void MainWindow::encryptDatabase()
{
    if (MessageBox::askYesNo(
            this, tr("Encrypt the database"),
            tr("Amparo will write an encrypted copy of the database, check it, put it in the "
               "place of this one, and overwrite and remove the unencrypted file and the copies "
               "kept before upgrades. Every active user keeps their passphrase. You will then be "
               "shown a recovery key to print or write down, and sign in again.\n\nOn an SSD, "
               "pieces of the unencrypted file may survive on the disk until they are written "
               "over. Encrypt now?")) != MessageBox::Answer::Yes)
        return;
    QProgressDialog progress(tr("Writing the encrypted copy…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("encryptProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    Result<RecoveryKey> recovery =
        DatabaseEncryptor(m_db, m_clock, m_session).prepare([&progress](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.close();
    if (!recovery) {
        if (recovery.error().code() != Error::Code::Cancelled)
            MessageBox::warning(this, tr("Encrypt the database"), recovery.error().message());
        return;
    }
    emit encryptionPrepared(recovery->text());
}

void MainWindow::replaceRecoveryKey()
{
    if (MessageBox::askYesNo(this, tr("Make a new recovery key"),
                             tr("A new recovery key replaces the current one, which will no "
                                "longer open the database: destroy every printed copy of it. "
                                "Make a new one now?")) != MessageBox::Answer::Yes)
        return;
    Result<RecoveryKey> recovery = DatabaseEncryptor(m_db, m_clock, m_session).replaceRecoveryKey();
    if (!recovery) {
        MessageBox::warning(this, tr("Make a new recovery key"), recovery.error().message());
        return;
    }
    RecoveryKeyDialog::showUntilTypedBack(recovery->text(), m_db.displayName(), this);
}

void MainWindow::restore()
{
    auto* dialog = new RestoreDialog(m_db.path(), m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::prepared, this,
            [this](const BackupService::PreparedRestore& prepared) {
                const QString when =
                    prepared.manifest.value(QStringLiteral("createdAt")).toString();
                const QString who = prepared.manifest.value(QStringLiteral("createdBy")).toString();
                if (MessageBox::askYesNo(
                        this, tr("Restore"),
                        tr("The backup made on %1 by %2 is sound. Replace the current "
                           "database with it? Amparo will close the open cases and ask you "
                           "to sign in again. The current database is kept next to it.")
                            .arg(when, who)) != MessageBox::Answer::Yes) {
                    BackupService::discard(prepared);
                    return;
                }
                for (CaseEditor* editor : editors()) {
                    if (!closeEditor(editor)) {
                        BackupService::discard(prepared);
                        return;
                    }
                }
                m_backupOffered = true;
                emit restoreRequested(prepared);
            });
    dialog->open();
}

void MainWindow::changeOwnPassphrase()
{
    auto* dialog = new PassphraseDialog(
        tr("Change my passphrase"), tr("Enter your current passphrase, then the new one twice."),
        true, m_session.username,
        [this](const QString& current, const QString& replacement) {
            return m_auth->changeOwnPassphrase(m_session, current, replacement);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::closeEditor(CaseEditor* editor)
{
    m_tabs->setCurrentWidget(editor);
    if (!editor->confirmClose())
        return false;
    m_tabs->removeTab(m_tabs->indexOf(editor));
    editor->deleteLater();
    return true;
}

bool MainWindow::offerBackupBeforeClosing()
{
    if (m_backupOffered || !AccessPolicy::allows(m_session.role, Permission::MakeBackup))
        return false;
    m_backupOffered = true;
    const int days = AppSettings().backupReminderDays();
    Result<bool> due = BackupService(m_db, m_clock, m_session).backupIsDue(days);
    if (!due || !*due)
        return false;
    Result<QDateTime> last = BackupService(m_db, m_clock, m_session).lastBackupAt();
    const QString text =
        last && last->isValid()
            ? tr("The last backup of this database was made %n day(s) ago. Make one now?", nullptr,
                 int(last->daysTo(m_clock.now())))
            : tr("This database has never been backed up. Make a backup now?");
    if (MessageBox::askYesNo(this, tr("Backup"), text) != MessageBox::Answer::Yes)
        return false;
    backUp();
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isLocked()) {
        event->ignore();
        return;
    }
    for (CaseEditor* editor : editors()) {
        if (!closeEditor(editor)) {
            event->ignore();
            return;
        }
    }
    if (offerBackupBeforeClosing()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Amparo"),
                       tr("<h3>Amparo %1</h3><p>Case management for organisations that serve "
                          "refugees and migrants.</p><p>Database: %2</p><p>Qt %3 · SQLite %4</p>")
                           .arg(QApplication::applicationVersion(), m_db.path().toHtmlEscaped(),
                                QString::fromLatin1(qVersion()), Database::sqliteVersion()));
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::chooseLanguage(const QString& language)
{
    AppSettings().setLanguage(language);
    const QString name =
        language.isEmpty() ? tr("the system's language") : Translations::nativeName(language);
    MessageBox::information(this, tr("Language"),
                            tr("Amparo will speak %1 the next time it starts.").arg(name));
}

void MainWindow::addDemoData()
{
    if (MessageBox::askYesNo(
            this, tr("Demonstration data"),
            tr("Add %1 invented people, in families, at a site of their own called %2? They "
               "are for trying Amparo and can be removed in one step. This is only possible "
               "while the database holds no case.")
                .arg(DemoDataService::Persons)
                .arg(QLatin1String(DemoDataService::SiteCode))) != MessageBox::Answer::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Site> site = DemoDataService(m_db, m_clock, m_session).load();
    QApplication::restoreOverrideCursor();
    if (!site) {
        MessageBox::warning(this, tr("Demonstration data"), site.error().message());
        return;
    }
    demoDataChanged();
}

void MainWindow::removeDemoData()
{
    Result<std::optional<Site>> site = DemoDataService::site(m_db);
    if (!site || !*site) {
        MessageBox::information(this, tr("Demonstration data"),
                                site ? tr("There is no demonstration data in this database.")
                                     : site.error().message());
        return;
    }
    if (!editors().isEmpty()) {
        MessageBox::information(this, tr("Demonstration data"),
                                tr("Close the open cases first, then remove the demonstration "
                                   "data."));
        return;
    }
    if (MessageBox::askYesNo(
            this, tr("Demonstration data"),
            tr("Remove the site %1 with every case, person and tracing request registered "
               "there? Cases at your other sites stay as they are. This cannot be undone.")
                .arg((*site)->code)) != MessageBox::Answer::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<DemoDataService::Removed> removed = DemoDataService(m_db, m_clock, m_session).remove();
    QApplication::restoreOverrideCursor();
    if (!removed) {
        MessageBox::warning(this, tr("Demonstration data"), removed.error().message());
        return;
    }
    demoDataChanged();
    MessageBox::information(this, tr("Demonstration data"),
                            tr("The demonstration data is gone: %1 cases, %2 persons and %3 "
                               "tracing requests.")
                                .arg(removed->cases)
                                .arg(removed->persons)
                                .arg(removed->tracingRequests));
}

void MainWindow::demoDataChanged()
{
    m_demoBanner->refresh();
    if (m_caseList)
        m_caseList->refresh();
    if (m_tracingView)
        m_tracingView->requests()->refresh();
}
