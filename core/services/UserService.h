#pragma once

#include "core/common/Result.h"
#include "core/domain/User.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// Administrators add users, reset passphrases, change roles and deactivate users. Users
// are never deleted: the audit trail keeps pointing at them.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    UserService(const Database& db, const Clock& clock, const UserSession& session);

    Result<QList<User>> users() const;
    static QList<FieldError> validate(const User& user, const QString& passphrase);
    Result<User> addUser(const User& user, const QString& passphrase);
    Status resetPassphrase(qint64 userId, const QString& passphrase);
    Status setActive(qint64 userId, bool active);
    // On an encrypted database a deactivated user's passphrase is taken out of its keys, so
    // coming back needs a new one: reactivate() sets it.
    bool reactivationNeedsPassphrase() const;
    Status reactivate(qint64 userId, const QString& passphrase);
    Status setRole(qint64 userId, Role role);

private:
    Result<User> existing(qint64 userId) const;
    // `passphrase`, when given, becomes the user's (a reactivation on an encrypted database).
    Status changeActive(const User& user, bool active, const QString& passphrase);
    // Refuses a change that would leave no active administrator.
    Status keepsAnAdministrator(const User& user, bool active, Role role) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
