#pragma once

#include "core/common/Result.h"
#include "core/domain/User.h"

#include <QCoreApplication>

#include <functional>

class Database;

// Each Amparo user's own account on an office server ("amparo.ana" for the user ana of the
// database amparo), kept in step with the user: their passphrase is its password, their role
// its group (ServerRoles), a deactivated user's account cannot sign in. The password is sent
// as a SCRAM verifier, never as itself. Changes are made inside the caller's transaction, so
// that the user and the account change together or not at all. A file has no server
// accounts: on one, every change is nothing to do.
class ServerAccounts
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccounts)

public:
    explicit ServerAccounts(const Database& db);

    static QString accountOf(const QString& database, const QString& username);
    // Whether `account` is some user's own account of `database`.
    static bool isAccountIn(const QString& database, const QString& account);
    // Whether the connection is a person's own account rather than the owner's.
    static bool isPersonal(const Database& db);
    // The account `username` signs in with on this database.
    QString accountOf(const QString& username) const;

    // Creates the account, or gives an existing one this password, this role and the right to
    // sign in.
    Status ensure(const User& user, const QString& passphrase) const;
    Status setActive(const User& user, bool active) const;
    Status setRole(const User& user, Role role) const;
    // The signed-in person's own password (any account may change its own).
    Status setOwnPassword(const QString& passphrase) const;

private:
    // Runs `change` on the user's account, if it was made already.
    Status changeExisting(const User& user,
                          const std::function<Status(const QString&)>& change) const;
    QString quoted(const QString& account) const;
    Status joinGroupOf(const QString& account, Role role) const;

    const Database& m_db;
};
