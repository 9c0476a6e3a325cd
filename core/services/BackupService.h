#pragma once

#include "core/common/Result.h"
#include "core/domain/DataRequest.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

class Clock;
class Database;

// Encrypted backups of the whole database, made while Amparo is in use, and restores that
// check everything before they replace anything.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    struct PreparedRestore
    {
        QString restoredFile; // the decrypted, checked database, next to the current one
        QJsonObject manifest;
        // The erasures of the database being replaced, made again in the restored one.
        QList<Erasure> erasures;
    };

    BackupService(const Database& db, const Clock& clock, const UserSession& session);

    // A consistent copy of the database, sealed with the passphrase, written atomically.
    Status createBackup(const QString& file, const QString& passphrase);
    // When the last backup of this database was made; null if never.
    Result<QDateTime> lastBackupAt() const;
    // True when there is no backup newer than `days` days.
    Result<bool> backupIsDue(int days) const;

    // Decrypts a backup next to the database at `databasePath` and checks it (integrity,
    // that it is an Amparo database this version can open, the manifest's checksum). Nothing
    // is replaced yet; a failure leaves no file behind.
    static Result<PreparedRestore> prepareRestore(const UserSession& session,
                                                  const QString& backupFile,
                                                  const QString& passphrase,
                                                  const QString& databasePath);
    // With the database closed: keeps the current file aside and puts the restored one in
    // its place. Returns where the previous file was kept.
    static Result<QString> completeRestore(const PreparedRestore& prepared,
                                           const QString& databasePath, const Clock& clock);
    // Erases again, in the restored database, the persons erased since the backup was made
    // (`prepared.erasures`), then writes the restore into its audit trail (whose users may
    // not include the administrator who restored it).
    static Status recordRestore(const Database& restored, const Clock& clock,
                                const QString& username, const PreparedRestore& prepared,
                                const QString& previousCopy);
    // On a server, nothing is replaced: the backup is restored into an empty database (one
    // without any user yet, so that nobody can sign in to authorize it: the backup's
    // passphrase does), checked on arrival, and the restore recorded in its audit trail.
    // Returns how many rows arrived.
    static Result<qint64> restoreIntoEmptyServer(const QString& backupFile,
                                                 const QString& passphrase, const Database& server,
                                                 const Clock& clock, const QString& restoredBy);
    // What a person is told who tries to replace a server's database.
    static QString serverRestoreAdvice();
    // Throws away a prepared restore that will not be completed.
    static void discard(const PreparedRestore& prepared);

private:
    // Decrypts and checks a backup into `restoredFile` (encrypted with the key of
    // `databaseId` when one is given); a failure leaves no file behind.
    static Result<PreparedRestore> decrypt(const QString& backupFile, const QString& passphrase,
                                           const QString& restoredFile,
                                           const QByteArray& databaseId);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
