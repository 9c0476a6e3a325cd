#include "app/desktop/DesktopSession.h"

#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/reference/ReferenceOverrides.h"
#include "core/services/AuthService.h"
#include "core/services/BackupService.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/security/SignInDialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QUrl>

namespace {
struct CompletedRestore
{
    BackupService::PreparedRestore prepared;
    QString username;
    QString previousCopy;
};
} // namespace

DesktopSession::DesktopSession(QString databasePath, const Clock& clock)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
}

std::optional<UserSession> DesktopSession::signIn(Database& db)
{
    AuthService auth(db, m_clock);
    Result<bool> hasUsers = auth.hasUsers();
    if (!hasUsers) {
        QMessageBox::critical(nullptr, tr("Amparo"), hasUsers.error().message());
        return std::nullopt;
    }
    if (!*hasUsers) {
        FirstRunWizard wizard(db, m_clock);
        const bool finished = wizard.exec() == QDialog::Accepted;
        // Cancelled after the administrator was created: the rest can be done from the menus.
        if (!wizard.session().isValid())
            return std::nullopt;
        m_registerFirstCase = finished && wizard.registerFirstCase();
        return wizard.session();
    }
    SignInDialog dialog(auth, db.path());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

int DesktopSession::showWindow(Database& db, const UserSession& session,
                               std::optional<BackupService::PreparedRestore>& pending)
{
    MainWindow window(db, m_clock, session);
    QObject::connect(&window, &MainWindow::restoreRequested, &window,
                     [&pending, &window](const BackupService::PreparedRestore& prepared) {
                         pending = prepared;
                         window.close();
                     });
    window.show();
    if (m_registerFirstCase) {
        m_registerFirstCase = false;
        window.newCase();
    }
    return QApplication::exec();
}

int DesktopSession::runOnOwnServerAccount()
{
    // The person's name and passphrase open the connection as their own server account, which
    // reads only what their role may; a wrong one is said in the dialog, the name kept.
    std::unique_ptr<Database> database;
    SignInDialog dialog(
        [this, &database](const QString& username,
                          const QString& passphrase) -> Result<UserSession> {
            Result<std::unique_ptr<Database>> opened = Database::open(
                Database::personalLocation(m_databasePath, username, passphrase), m_clock);
            if (!opened)
                return opened.error();
            Result<UserSession> signedIn =
                AuthService(*opened.value(), m_clock).signIn(username, passphrase);
            if (signedIn)
                database = std::move(opened).value();
            return signedIn;
        },
        Database::displayNameOf(m_databasePath));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    // A server database is never replaced by a restore (BackupService refuses it).
    std::optional<BackupService::PreparedRestore> pending;
    return showWindow(*database, dialog.session(), pending);
}

int DesktopSession::run()
{
    if (Status s = Crypto::init(); !s) {
        QMessageBox::critical(nullptr, tr("Amparo cannot start"), s.error().message());
        return 1;
    }
    for (const QString& problem : ReferenceOverrides::install())
        QMessageBox::warning(nullptr, tr("Reference data"), problem);
    if (Database::namesNoAccount(m_databasePath))
        return runOnOwnServerAccount();
    std::optional<CompletedRestore> justRestored;
    while (true) {
        Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath, m_clock);
        if (!opened) {
            const bool server = Database::isServerLocation(m_databasePath);
            if (server && opened.error().code() == Error::Code::NotPermitted) {
                // The server account's password, kept in memory for this session only.
                QUrl location(m_databasePath);
                QInputDialog ask;
                ask.setWindowTitle(tr("Office server"));
                ask.setLabelText(
                    location.password().isEmpty()
                        ? tr("The database is on the office server %1.\nPassword of your "
                             "server account %2:")
                              .arg(location.host(), location.userName())
                        : tr("The server did not accept that password.\nPassword of your "
                             "server account %1:")
                              .arg(location.userName()));
                ask.setTextEchoMode(QLineEdit::Password);
                if (ask.exec() != QDialog::Accepted)
                    return 1;
                location.setPassword(ask.textValue());
                m_databasePath = location.toString();
                continue;
            }
            // Nothing else opens without the database; a server may be back in a moment.
            QMessageBox box(QMessageBox::Critical, tr("Amparo cannot open the database"),
                            opened.error().message(),
                            server ? QMessageBox::Retry | QMessageBox::Close : QMessageBox::Close);
            if (box.exec() == QMessageBox::Retry)
                continue;
            return 1;
        }
        Database& db = *opened.value();
        if (justRestored) {
            if (Status s = BackupService::recordRestore(db, m_clock, justRestored->username,
                                                        justRestored->prepared,
                                                        justRestored->previousCopy);
                !s)
                QMessageBox::warning(nullptr, tr("Restore"), s.error().message());
            justRestored.reset();
        }
        const std::optional<UserSession> session = signIn(db);
        if (!session)
            return 0;
        if (!db.migrationBackupPath().isEmpty()) {
            QMessageBox::information(
                nullptr, tr("Database upgraded"),
                tr("The database was upgraded to this version of Amparo. A copy of "
                   "the previous file was kept at %1.")
                    .arg(db.migrationBackupPath()));
        }

        std::optional<BackupService::PreparedRestore> pending;
        const int rc = showWindow(db, *session, pending);
        if (!pending)
            return rc;

        // The window and the database are closed before the file is replaced.
        opened.value().reset();
        Result<QString> previous =
            BackupService::completeRestore(*pending, m_databasePath, m_clock);
        if (!previous) {
            BackupService::discard(*pending);
            QMessageBox::critical(nullptr, tr("Restore"), previous.error().message());
            continue;
        }
        QMessageBox::information(
            nullptr, tr("Restore"),
            tr("The backup was restored. The previous database was kept at %1. "
               "Sign in again.")
                .arg(*previous));
        justRestored = CompletedRestore{*pending, session->username, *previous};
    }
}
