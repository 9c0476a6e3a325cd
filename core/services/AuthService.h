#pragma once

#include "core/common/Result.h"
#include "core/domain/User.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

class Clock;
class RecoveryKey;
class Database;

// Signing in and out. Passphrases are checked against their Argon2id hashes; after a few
// wrong passphrases for a name, each new attempt must wait longer (up to five minutes).
// Every sign-in and every failed one is in the audit trail.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int FreeAttempts = 3;
    static constexpr int MaxWaitSeconds = 300;

    AuthService(const Database& db, const Clock& clock);

    Result<bool> hasUsers() const;
    // The first start: creates the administrator. Refused once any user exists.
    Result<UserSession> createFirstAdministrator(const QString& username,
                                                 const QString& displayName,
                                                 const QString& passphrase);
    Result<UserSession> signIn(const QString& username, const QString& passphrase);
    // Locking the window: an encrypted database's key leaves memory (and the pages SQLite
    // keeps in memory are let go) until unlock().
    void lock();
    // Unlocking a locked window: the signed-in user's passphrase again.
    Status unlock(const UserSession& session, const QString& passphrase);
    // When every passphrase is lost: the encrypted database's recovery key (which must open
    // it) sets a new passphrase for an active administrator, and signs them in. Recorded in
    // the audit trail.
    Result<UserSession> recoverAdministrator(const RecoveryKey& recoveryKey,
                                             const QString& username, const QString& passphrase);
    Status changeOwnPassphrase(const UserSession& session, const QString& current,
                               const QString& replacement);
    // Seconds to wait after `failures` wrong passphrases.
    static int waitSeconds(int failures);

private:
    Status checkNotThrottled(const QString& username) const;
    // Whether `passphrase` is the user's: their hash, or on their own server account the
    // server's check.
    Result<bool> passphraseOpens(const User& user, const QString& passphrase) const;
    Status storeOwnPassphrase(const UserSession& session, const QString& passphrase,
                              const QString& hash) const;
    Status recordFailure(const QString& username, qint64 knownUserId, const QString& reason);
    // `wrongMessage`: what to say for a wrong passphrase (by default, that the name or the
    // passphrase is wrong, without saying which).
    Result<UserSession> verify(const QString& username, const QString& passphrase,
                               const QString& action, const QString& wrongMessage = {});

    const Database& m_db;
    const Clock& m_clock;
};
