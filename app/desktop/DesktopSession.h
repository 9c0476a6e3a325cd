#pragma once

#include "core/security/UserSession.h"
#include "core/services/BackupService.h"

#include <QCoreApplication>
#include <QString>

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
    // A server location without an account: each person signs in with their own.
    int runOnOwnServerAccount();
    int showWindow(Database& db, const UserSession& session,
                   std::optional<BackupService::PreparedRestore>& pending);

    QString m_databasePath;
    const Clock& m_clock;
    // The first-run steps asked for the new-case form once the window is open.
    bool m_registerFirstCase = false;
};
