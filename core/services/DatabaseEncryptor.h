#pragma once

#include "core/common/Result.h"
#include "core/crypto/RecoveryKey.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

#include <functional>

class Clock;
class Database;

// Turns encryption on for a plaintext database file (issue 19), in two halves. prepare()
// writes a verified encrypted copy beside the open database, whose key file opens for every
// active user with the passphrase they have (slots from their sign-in hashes) and for a new
// recovery key; the database stays as it was and in use. Then, with every connection closed,
// EncryptionSwitch puts the copy in its place and wipes the plaintext. Administrators only.
class DatabaseEncryptor
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseEncryptor)

public:
    DatabaseEncryptor(const Database& db, const Clock& clock, const UserSession& session);

    // `progress` is told the percentage done; returning false cancels, leaving nothing behind.
    // Returns the recovery key, to be shown once.
    Result<RecoveryKey> prepare(const std::function<bool(int)>& progress = {});
    // With every connection to the database at `path` closed: the prepared copy takes its
    // place and the plaintext is wiped (EncryptionSwitch).
    static Status finish(const QString& path);
    // On an encrypted database: a new recovery key, shown once; the old one opens nothing
    // from now on (a key lost, or seen by someone who should not have it).
    Result<RecoveryKey> replaceRecoveryKey();

private:
    Status verifyCopy(const Database& copy) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
