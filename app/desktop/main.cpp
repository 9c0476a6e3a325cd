#include "MainWindow.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "security/FirstAdministratorDialog.h"
#include "security/SignInDialog.h"
#include "services/AuthService.h"
#include "services/BackupService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <optional>

namespace {
QString tr(const char* text)
{
    return QApplication::translate("main", text);
}

struct CompletedRestore
{
    BackupService::PreparedRestore prepared;
    QString username;
    QString previousCopy;
};

// Asks who is there: the first administrator on a new database, otherwise a sign-in.
std::optional<UserSession> signIn(Database& db, const Clock& clock)
{
    AuthService auth(db, clock);
    Result<bool> hasUsers = auth.hasUsers();
    if (!hasUsers) {
        QMessageBox::critical(nullptr, tr("Amparo"), hasUsers.error().message());
        return std::nullopt;
    }
    if (!*hasUsers) {
        FirstAdministratorDialog dialog(auth);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.session();
    }
    SignInDialog dialog(auth, db.path());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Amparo"));
    QApplication::setApplicationName(QStringLiteral("Amparo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Amparo"));
    QApplication::setApplicationVersion(QStringLiteral(AMPARO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Case management for organisations serving refugees and migrants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), tr("Open this database file instead of the default one."),
        QStringLiteral("PATH"), Database::defaultPath());
    parser.addOption(databaseOption);
    parser.process(app);

    if (Status s = Crypto::init(); !s) {
        QMessageBox::critical(nullptr, tr("Amparo cannot start"), s.error().message());
        return 1;
    }
    const Clock& clock = Clock::system();
    const QString path = parser.value(databaseOption);
    std::optional<CompletedRestore> justRestored;
    while (true) {
        Result<std::unique_ptr<Database>> opened = Database::open(path, clock);
        if (!opened) {
            QMessageBox::critical(nullptr, tr("Amparo cannot open the database"),
                                  opened.error().message());
            return 1;
        }
        Database& db = *opened.value();
        if (justRestored) {
            if (Status s = BackupService::recordRestore(db, clock, justRestored->username,
                                                        justRestored->prepared,
                                                        justRestored->previousCopy);
                !s)
                QMessageBox::warning(nullptr, tr("Restore"), s.error().message());
            justRestored.reset();
        }
        const std::optional<UserSession> session = signIn(db, clock);
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
        int rc = 0;
        {
            MainWindow window(db, clock, *session);
            QObject::connect(&window, &MainWindow::restoreRequested, &window,
                             [&pending, &window](const BackupService::PreparedRestore& prepared) {
                                 pending = prepared;
                                 window.close();
                             });
            window.show();
            rc = app.exec();
        }
        if (!pending)
            return rc;

        // The window and the database are closed before the file is replaced.
        const QString username = session->username;
        opened.value().reset();
        Result<QString> previous = BackupService::completeRestore(*pending, path, clock);
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
        justRestored = CompletedRestore{*pending, username, *previous};
    }
}
