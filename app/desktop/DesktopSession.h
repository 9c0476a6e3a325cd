#pragma once

#include "core/security/UserSession.h"
#include "core/services/BackupService.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class Clock;
class Database;

// The desktop application's life: open the database, sign in (or, on a new database, the
// first-run steps), show the main window, and start again after a restore replaced the
// database.
class DesktopSession
{
    Q_DECLARE_TR_FUNCTIONS(DesktopSession)

public:
    DesktopSession(QString databasePath, const Clock& clock);
    int run();

private:
    std::optional<UserSession> signIn(Database& db);
    // The organisation's code of conduct, when it has a version this user has not accepted:
    // true once accepted (or when there is nothing to accept), false to leave.
    bool acceptConduct(Database& db, const UserSession& session);
    // A server location without an account: each person signs in with their own.
    int runOnOwnServerAccount();
    // What the window asked for when it closed: a restore, or encryption turned on.
    struct Pending
    {
        std::optional<BackupService::PreparedRestore> restore;
        QString recoveryKey;
    };
    int showWindow(Database& db, const UserSession& session, Pending& pending);
    // A database file that does not exist yet is encrypted unless the person says the disk
    // is; its recovery key is shown and typed back. False when they cancelled.
    bool prepareNewFile();
    // An encrypted file: the name and passphrase unlock it first (or its recovery key).
    std::unique_ptr<Database> openEncrypted(std::optional<UserSession>& session);
    // With the window and the database closed: the encrypted copy takes the file's place.
    bool finishEncryption(const QString& recoveryKey);

    QString m_databasePath;
    const Clock& m_clock;
    // The first-run steps asked for the new-case form once the window is open.
    bool m_registerFirstCase = false;
};
