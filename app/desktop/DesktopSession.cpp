#include "app/desktop/DesktopSession.h"

#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/RecoveryKey.h"
#include "core/reference/ReferenceOverrides.h"
#include "core/services/AuthService.h"
#include "core/services/BackupService.h"
#include "core/services/ConductService.h"
#include "core/services/DatabaseEncryptor.h"
#include "core/services/DatabaseKeys.h"
#include "core/storage/Database.h"
#include "ui/MainWindow.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/security/ConductAcceptanceDialog.h"
#include "ui/security/RecoveryKeyDialog.h"
#include "ui/security/SignInDialog.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
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

bool DesktopSession::acceptConduct(Database& db, const UserSession& session)
{
    Result<std::optional<ConductCode>> awaiting =
        ConductService(db, m_clock, session).awaitingAcceptance();
    if (!awaiting) {
        QMessageBox::critical(nullptr, tr("Amparo"), awaiting.error().message());
        return false;
    }
    if (!*awaiting)
        return true;
    ConductAcceptanceDialog dialog(db, m_clock, session, **awaiting);
    return dialog.exec() == QDialog::Accepted;
}

int DesktopSession::showWindow(Database& db, const UserSession& session, Pending& pending)
{
    MainWindow window(db, m_clock, session);
    QObject::connect(&window, &MainWindow::restoreRequested, &window,
                     [&pending, &window](const BackupService::PreparedRestore& prepared) {
                         pending.restore = prepared;
                         window.close();
                     });
    QObject::connect(&window, &MainWindow::encryptionPrepared, &window,
                     [&pending, &window](const QString& recoveryKey) {
                         pending.recoveryKey = recoveryKey;
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
    if (dialog.exec() != QDialog::Accepted || !acceptConduct(*database, dialog.session()))
        return 0;
    // A server database is never replaced by a restore (BackupService refuses it).
    Pending pending;
    return showWindow(*database, dialog.session(), pending);
}

bool DesktopSession::prepareNewFile()
{
    const QFileInfo file(m_databasePath);
    if (Database::isServerLocation(m_databasePath) || (file.exists() && file.size() > 0))
        return true;
    // A first start stopped before the database was written left only its key file: nothing
    // depends on it, and its recovery key was never confirmed.
    if (DatabaseKeys::isEncrypted(m_databasePath) && !DatabaseKeys::discardUnused(m_databasePath))
        return true;
    Result<RecoveryKey> recovery = DatabaseKeys::create(m_databasePath);
    if (!recovery) {
        QMessageBox::critical(nullptr, tr("Amparo cannot start"), recovery.error().message());
        return false;
    }
    RecoveryKeyDialog dialog(recovery->text(), file.fileName(), true);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted || dialog.encryptionDeclined())
        DatabaseKeys::discardUnused(m_databasePath);
    return accepted;
}

std::unique_ptr<Database> DesktopSession::openEncrypted(std::optional<UserSession>& session)
{
    std::unique_ptr<Database> database;
    const auto open = [this, &database]() -> Status {
        Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath, m_clock);
        if (!opened)
            return opened.error();
        database = std::move(opened).value();
        return {};
    };
    SignInDialog dialog(
        [&](const QString& username, const QString& passphrase) -> Result<UserSession> {
            if (Status s = DatabaseKeys::unlock(m_databasePath, username, passphrase); !s)
                return s.error();
            if (Status s = open(); !s)
                return s.error();
            Result<UserSession> signedIn =
                AuthService(*database, m_clock).signIn(username, passphrase);
            if (!signedIn)
                database.reset();
            return signedIn;
        },
        QFileInfo(m_databasePath).fileName());
    dialog.offerRecovery([&](const RecoveryKey& key, const QString& username,
                             const QString& passphrase) -> Result<UserSession> {
        if (Status s = DatabaseKeys::unlock(m_databasePath, key); !s)
            return s.error();
        if (Status s = open(); !s)
            return s.error();
        AuthService auth(*database, m_clock);
        // The first start was left before its administrator existed: it goes on.
        if (Result<bool> hasUsers = auth.hasUsers(); hasUsers && !*hasUsers)
            return UserSession{};
        Result<UserSession> recovered = auth.recoverAdministrator(key, username, passphrase);
        if (!recovered)
            database.reset();
        return recovered;
    });
    if (dialog.exec() != QDialog::Accepted || !database)
        return nullptr;
    if (dialog.session().isValid())
        session = dialog.session();
    return database;
}

bool DesktopSession::finishEncryption(const QString& recoveryKey)
{
    if (Status s = DatabaseEncryptor::finish(m_databasePath); !s) {
        QMessageBox::critical(nullptr, tr("Encrypt the database"), s.error().message());
        return false;
    }
    RecoveryKeyDialog::showUntilTypedBack(recoveryKey, QFileInfo(m_databasePath).fileName());
    QMessageBox::information(nullptr, tr("Encrypt the database"),
                             tr("The database is encrypted. Sign in again with your passphrase."));
    return true;
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
    if (!prepareNewFile())
        return 0;
    std::optional<CompletedRestore> justRestored;
    while (true) {
        std::optional<UserSession> session;
        Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath, m_clock);
        if (!opened && opened.error().code() == Error::Code::Locked) {
            std::unique_ptr<Database> unlocked = openEncrypted(session);
            if (!unlocked)
                return 0;
            opened = std::move(unlocked);
        }
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
        if (!session)
            session = signIn(db);
        if (!session || !acceptConduct(db, *session))
            return 0;
        if (!db.migrationBackupPath().isEmpty()) {
            QMessageBox::information(
                nullptr, tr("Database upgraded"),
                tr("The database was upgraded to this version of Amparo. A copy of "
                   "the previous file was kept at %1.")
                    .arg(db.migrationBackupPath()));
        }

        Pending pending;
        const int rc = showWindow(db, *session, pending);
        // The window and the database are closed before the files change.
        opened.value().reset();
        if (!pending.recoveryKey.isEmpty()) {
            if (!finishEncryption(pending.recoveryKey))
                return 1;
            // Signing in again unlocks the encrypted file.
            DatabaseKeys::lock(m_databasePath);
            continue;
        }
        if (!pending.restore)
            return rc;
        Result<QString> previous =
            BackupService::completeRestore(*pending.restore, m_databasePath, m_clock);
        if (!previous) {
            BackupService::discard(*pending.restore);
            QMessageBox::critical(nullptr, tr("Restore"), previous.error().message());
            continue;
        }
        QMessageBox::information(
            nullptr, tr("Restore"),
            tr("The backup was restored. The previous database was kept at %1. "
               "Sign in again.")
                .arg(*previous));
        justRestored = CompletedRestore{*pending.restore, session->username, *previous};
    }
}
