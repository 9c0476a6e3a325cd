#pragma once

#include "core/security/UserSession.h"
#include "core/services/BackupService.h"

#include <QMainWindow>

class AuditView;
class AuthService;
class CaseEditor;
class CaseListView;
class Clock;
class Database;
class InactivityTimer;
class LockScreen;
class QAction;
class QStackedWidget;
class QTabWidget;

// The main window: the case list in the first tab (a coordinator gets statistics instead),
// each open case in a tab of its own. It locks itself after a while without input and on
// Ctrl+L, hiding every case until the signed-in user's passphrase is entered again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Clock& clock, const UserSession& session,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const UserSession& session() const { return m_session; }
    CaseListView* caseList() const { return m_caseList; }
    class DeadlinesView* deadlinesView() const { return m_deadlinesView; }
    class DeadlineCountLabel* deadlineCount() const { return m_deadlineCount; }
    class TracingView* tracingView() const { return m_tracingView; }
    // The editor showing a case, or null.
    CaseEditor* editorFor(qint64 caseId) const;
    QList<CaseEditor*> editors() const;
    bool isLocked() const;
    // Tests: how long without input before locking.
    void setIdleLockInterval(int milliseconds);

public slots:
    void newCase();
    void openCase(qint64 caseId);
    void addSite();
    void showSyncSites();
    void showSyncReviews();
    void showPossibleDuplicates();
    void showMerges();
    void refreshReviewsWaiting();
    void sendPackage();
    void receivePackage();
    void exchangeThroughServer();
    bool closeEditor(CaseEditor* editor);
    void lock();
    void showAuditTrail();
    void showDeadlines();
    void showUsers();
    void showConduct();
    void showTransfers();
    void showDataRequests();
    void showRetention();
    void showMonitoring();
    void showPartners();
    void openReferralPackage();
    void importRecords();
    void backUp();
    void restore();
    void changeOwnPassphrase();
    void showHelp();
    void addDemoData();
    void removeDemoData();
    void encryptDatabase();
    void replaceRecoveryKey();

signals:
    // A checked backup is ready to replace the database: whoever opened the database closes
    // this window and the database, completes the restore and starts again.
    void restoreRequested(const BackupService::PreparedRestore& restore);
    // An encrypted copy of the database is ready: whoever opened the database closes this
    // window and the database, switches the files, shows the recovery key and starts again.
    void encryptionPrepared(const QString& recoveryKey);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    CaseEditor* addEditorTab();
    void startNewCaseAt(qint64 siteId);
    void unlock();
    bool offerBackupBeforeClosing();
    void showAbout();
    void chooseLanguage(const QString& language);
    // After demonstration data came or went: the banner and the lists.
    void demoDataChanged();

    Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    std::unique_ptr<AuthService> m_auth;
    QStackedWidget* m_stack;
    QWidget* m_work;
    class DemoDataBanner* m_demoBanner;
    class HelpWindow* m_help = nullptr;
    QTabWidget* m_tabs;
    CaseListView* m_caseList = nullptr;
    AuditView* m_auditView = nullptr;
    class DeadlinesView* m_deadlinesView = nullptr;
    class DeadlineCountLabel* m_deadlineCount = nullptr;
    // "3 records wait for review": shown while the review list has any (issue 20).
    class QPushButton* m_reviewsWaiting = nullptr;
    class TracingView* m_tracingView = nullptr;
    LockScreen* m_lockScreen;
    InactivityTimer* m_idle;
    QList<QWidget*> m_hiddenWhileLocked;
    QList<QAction*> m_actionsWhileUnlocked;
    bool m_backupOffered = false;
};
