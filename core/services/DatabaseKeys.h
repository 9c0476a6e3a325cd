#pragma once

#include "core/common/Result.h"
#include "core/crypto/RecoveryKey.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The keys of an encrypted database file: making them for a new database, unlocking it with
// a person's passphrase or the recovery key (which puts its key in the Keyring, so that
// Database::open can read it), locking it again, and keeping one passphrase slot per active
// user in its key file.
class DatabaseKeys
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseKeys)

public:
    // Whether the file at `path` is (or will be) an encrypted database: its key file exists.
    static bool isEncrypted(const QString& path);
    // Makes the key file of a database that does not exist yet and unlocks it: the next
    // Database::open creates it encrypted. Returns its recovery key, to be shown once.
    static Result<RecoveryKey> create(const QString& path);
    // Takes away the key file of a database never written (no file, or an empty one) whose
    // key file holds no user's passphrase: a creation cancelled, or a first start stopped
    // before its database existed. False, with nothing changed, otherwise.
    static bool discardUnused(const QString& path);
    static Status unlock(const QString& path, const QString& username, const QString& passphrase);
    static Status unlock(const QString& path, const RecoveryKey& recoveryKey);
    // Takes the key away: the database reads nothing until it is unlocked again.
    static void lock(const QString& path);

    // Keeps the key file in step with the users: a new or reset passphrase opens the database,
    // a deactivated user's no longer does. Nothing happens on a plaintext file or a server.
    static Status setPassphrase(const Database& db, const QString& username,
                                const QString& passphrase);
    static Status removeUser(const Database& db, const QString& username);
    // Every active user of the database gets a slot from their sign-in hash, and no one else
    // has one (the recovery key stays): after a plaintext database was encrypted, or a backup
    // restored, each person opens it with the passphrase the database knows for them.
    static Status slotsFromUsers(const Database& db);
    // After `username` signed in with `passphrase`: a slot made from a sign-in hash becomes an
    // ordinary one.
    static Status renewSlot(const Database& db, const QString& username, const QString& passphrase);
    // A new recovery key replaces the old one, which then opens nothing.
    static Result<RecoveryKey> replaceRecoveryKey(const Database& db);
};
