#include "core/services/BackupService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/crypto/BackupCipher.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/PageDecryptingReader.h"
#include "core/crypto/PageSealingWriter.h"
#include "core/security/AccessPolicy.h"
#include "core/security/PassphrasePolicy.h"
#include "core/services/DatabaseCopier.h"
#include "core/services/DatabaseKeys.h"
#include "core/services/ErasureService.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptedCopy.h"
#include "core/storage/EncryptingVfs.h"
#include "core/storage/EncryptionSwitch.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
struct FileDigest
{
    qint64 size = 0;
    QString sha256;
};

// A scratch file's key, taken out of memory with the file.
class ScratchKey
{
public:
    explicit ScratchKey(QString path)
        : m_path(std::move(path))
    {
    }
    ~ScratchKey() { DatabaseKeys::lock(m_path); }
    ScratchKey(const ScratchKey&) = delete;
    ScratchKey& operator=(const ScratchKey&) = delete;

private:
    QString m_path;
};

// The plaintext of a database file as a backup holds it: an encrypted file (`databaseId`)
// is read through its pages' decryption, in memory.
std::unique_ptr<QIODevice> plaintextOf(const QString& path, const QByteArray& databaseId)
{
    if (databaseId.isEmpty())
        return std::make_unique<QFile>(path);
    return std::make_unique<PageDecryptingReader>(path, databaseId);
}

std::optional<FileDigest> digest(const QString& path, const QByteArray& databaseId)
{
    std::unique_ptr<QIODevice> f = plaintextOf(path, databaseId);
    if (!f->open(QIODevice::ReadOnly))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = f->read(chunk.data(), chunk.size());
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
        size += n;
    }
    return FileDigest{size, QString::fromLatin1(hash.result().toHex())};
}

// Checks that a file is a sound Amparo database this version can open, without changing it.
Status checkRestoredDatabase(const QString& path, const QByteArray& databaseId)
{
    const QString name =
        QStringLiteral("amparo-restore-check-%1").arg(QRandomGenerator::global()->generate());
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseId.isEmpty() ? path : EncryptingVfs::uri(path, databaseId));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;%1").arg(Database::uriOptions()));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next() ||
                q.value(0).toString() != QLatin1String("ok"))
                problem = BackupService::tr("the restored database fails its integrity check");
            else if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next() ||
                     q.value(0).toInt() != Database::ApplicationId)
                problem = BackupService::tr("it does not hold an Amparo database");
            else if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() ||
                     q.value(0).toInt() > Database::latestSchemaVersion())
                problem = BackupService::tr("it was made by a newer version of Amparo");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem.isEmpty())
        return {};
    return Error(
        Error::Code::Refused,
        BackupService::tr("The backup cannot be restored: %1. Nothing was changed.").arg(problem));
}
} // namespace

BackupService::BackupService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Status BackupService::createBackup(const QString& file, const QString& passphrase)
{
    if (Status s = AccessPolicy::require(m_session, Permission::MakeBackup); !s)
        return s;
    if (const QList<FieldError> weak = PassphrasePolicy::check(passphrase); !weak.isEmpty())
        return Error::invalid(weak);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::Io, tr("Could not create a temporary folder for the backup."));
    const QString snapshot = scratch.filePath(QStringLiteral("snapshot.sqlite"));
    // The snapshot is encrypted whenever the database is, or comes from a server: no
    // plaintext copy of the database is ever written on the way to the backup.
    QByteArray snapshotId;
    std::optional<ScratchKey> forgetSnapshotKey;
    if (m_db.isServer()) {
        // A server's backup is an Amparo file like a laptop's, copied from one snapshot of
        // the server: it restores on either.
        if (Result<RecoveryKey> keys = DatabaseKeys::create(snapshot); !keys)
            return keys.error();
        forgetSnapshotKey.emplace(snapshot);
        Result<std::unique_ptr<Database>> copy = Database::open(snapshot, m_clock);
        if (!copy)
            return copy.error();
        snapshotId = (*copy)->databaseId();
        if (Result<DatabaseCopier::Report> copied = DatabaseCopier(m_db, **copy).copy(); !copied)
            return copied.error();
        if (Status s = (*copy)->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            return s;
    } else if (Status s = m_db.run(QStringLiteral("VACUUM INTO ?"), {m_db.sqliteName(snapshot)},
                                   tr("copy the database for the backup"));
               !s) {
        // VACUUM INTO reads one consistent state of the database, whoever is writing meanwhile.
        return s;
    } else {
        snapshotId = m_db.databaseId();
    }
    const std::optional<FileDigest> d = digest(snapshot, snapshotId);
    if (!d)
        return Error(Error::Code::Io, tr("Could not read the copy of the database."));
    const Result<int> schema = m_db.schemaVersion();
    const QJsonObject manifest{
        {QStringLiteral("format"), 1},
        {QStringLiteral("appVersion"), QCoreApplication::applicationVersion()},
        {QStringLiteral("schemaVersion"), schema ? *schema : 0},
        {QStringLiteral("createdAt"), m_clock.now().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("createdBy"), m_session.username},
        {QStringLiteral("bytes"), double(d->size)},
        {QStringLiteral("sha256"), d->sha256},
    };
    std::unique_ptr<QIODevice> plain = plaintextOf(snapshot, snapshotId);
    if (!plain->open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Could not read the copy of the database."));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io,
                     tr("Could not write the backup to %1: %2").arg(file, out.errorString()));
    if (Status s = BackupCipher::encrypt(*plain, out, passphrase,
                                         QJsonDocument(manifest).toJson(QJsonDocument::Compact));
        !s) {
        out.cancelWriting();
        return s;
    }
    if (!out.commit())
        return Error(Error::Code::Io,
                     tr("Could not write the backup to %1: %2").arg(file, out.errorString()));

    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    if (Status s =
            AppStateRepository(m_db).setValue(QLatin1String(AppStateRepository::LastBackupAt), now);
        !s)
        return s;
    return AuditLog(m_db, m_clock)
        .recordAlone(m_session, AuditEvent{QStringLiteral("backup.create"),
                                           QStringLiteral("database"),
                                           QString(),
                                           m_db.displayName(),
                                           {},
                                           tr("encrypted backup written to %1").arg(file)});
}

Result<QDateTime> BackupService::lastBackupAt() const
{
    Result<QString> value =
        AppStateRepository(m_db).value(QLatin1String(AppStateRepository::LastBackupAt));
    if (!value)
        return value.error();
    return QDateTime::fromString(*value, Qt::ISODate);
}

Result<bool> BackupService::backupIsDue(int days) const
{
    Result<QDateTime> last = lastBackupAt();
    if (!last)
        return last.error();
    return !last->isValid() || last->daysTo(m_clock.now()) >= days;
}

Result<BackupService::PreparedRestore> BackupService::prepareRestore(const UserSession& session,
                                                                     const QString& backupFile,
                                                                     const QString& passphrase,
                                                                     const QString& databasePath)
{
    if (Status s = AccessPolicy::require(session, Permission::RestoreBackup); !s)
        return s.error();
    if (Database::isServerLocation(databasePath))
        return Error(Error::Code::Refused, serverRestoreAdvice());
    // Into an encrypted database, the backup is restored encrypted with its key.
    QByteArray databaseId;
    if (DatabaseKeys::isEncrypted(databasePath)) {
        Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(databasePath));
        if (!keys)
            return keys.error();
        databaseId = keys->databaseId();
    }
    return decrypt(backupFile, passphrase,
                   QStringLiteral("%1.restore-%2")
                       .arg(databasePath)
                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')),
                   databaseId);
}

QString BackupService::serverRestoreAdvice()
{
    return tr("A database on a server is never replaced: a backup is restored into a new, "
              "empty database on the server (amparo-cli --database postgresql://server/new "
              "restore --from FILE), and then everyone connects to that one.");
}

Result<BackupService::PreparedRestore> BackupService::decrypt(const QString& backupFile,
                                                              const QString& passphrase,
                                                              const QString& restoredFile,
                                                              const QByteArray& databaseId)
{
    PreparedRestore prepared;
    prepared.restoredFile = restoredFile;
    const auto fail = [&prepared](const Error& e) {
        QFile::remove(prepared.restoredFile);
        return e;
    };
    const auto open = [&](QFile& in) -> Status {
        if (!in.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io,
                         tr("Could not open the backup %1: %2").arg(backupFile, in.errorString()));
        return {};
    };
    const Error full(Error::Code::Io,
                     tr("Could not write the restored database: the disk may be full."));
    QFile in(backupFile);
    if (Status s = open(in); !s)
        return s.error();
    Result<QByteArray> manifest = Error(Error::Code::Io, QString());
    FileDigest arrived;
    if (databaseId.isEmpty()) {
        QFile out(prepared.restoredFile);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(Error::Code::Io,
                         tr("Could not write next to the database: %1").arg(out.errorString()));
        manifest = BackupCipher::decrypt(in, out, passphrase);
        const bool flushed = out.flush();
        out.close();
        if (manifest && !flushed)
            return fail(full);
        if (manifest) {
            const std::optional<FileDigest> d = digest(prepared.restoredFile, {});
            if (!d)
                return fail(full);
            arrived = *d;
        }
    } else {
        // Every page is sealed as it arrives; a backup of a plaintext database, whose pages
        // have no room for that, is decrypted in memory and copied encrypted.
        PageSealingWriter out(prepared.restoredFile, databaseId);
        if (!out.open(QIODevice::WriteOnly))
            return Error(Error::Code::Io,
                         tr("Could not write next to the database: %1").arg(out.errorString()));
        manifest = BackupCipher::decrypt(in, out, passphrase);
        const bool finished = manifest && out.finish();
        out.close();
        arrived =
            FileDigest{out.plaintextBytes(), QString::fromLatin1(out.plaintextSha256().toHex())};
        if (out.needsConversion()) {
            QFile::remove(prepared.restoredFile);
            QFile again(backupFile);
            if (Status s = open(again); !s)
                return s.error();
            QByteArray image;
            QBuffer buffer(&image);
            buffer.open(QIODevice::WriteOnly);
            manifest = BackupCipher::decrypt(again, buffer, passphrase);
            if (manifest) {
                arrived = FileDigest{
                    image.size(),
                    QString::fromLatin1(
                        QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex())};
                const Status copied =
                    EncryptedCopy::ofImage(image, prepared.restoredFile, databaseId);
                image.fill('\0');
                if (!copied)
                    return fail(copied.error());
            }
        } else if (manifest && !finished) {
            return fail(full);
        }
    }
    if (!manifest)
        return fail(manifest.error());
    prepared.manifest = QJsonDocument::fromJson(*manifest).object();
    // The checksum is of the plaintext the backup held, whatever the restored file became.
    if (arrived.sha256 != prepared.manifest.value(QStringLiteral("sha256")).toString() ||
        arrived.size != qint64(prepared.manifest.value(QStringLiteral("bytes")).toDouble()))
        return fail(
            Error(Error::Code::Refused, tr("The backup file is damaged: its contents do not "
                                           "match its checksum. Nothing was restored.")));
    if (Status s = checkRestoredDatabase(prepared.restoredFile, databaseId); !s)
        return fail(s.error());
    return prepared;
}

Result<QString> BackupService::completeRestore(const PreparedRestore& prepared,
                                               const QString& databasePath, const Clock& clock)
{
    const QString stamp = clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString previous = QStringLiteral("%1.before-restore-%2").arg(databasePath, stamp);
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    QStringList moved;
    for (const QString& suffix : suffixes) {
        if (!QFile::exists(databasePath + suffix))
            continue;
        if (!QFile::rename(databasePath + suffix, previous + suffix)) {
            for (const QString& back : moved)
                QFile::rename(previous + back, databasePath + back);
            return Error(Error::Code::Io,
                         tr("Could not move the current database aside; nothing was "
                            "changed. Is it open in another Amparo window?"));
        }
        moved.append(suffix);
    }
    if (!QFile::rename(prepared.restoredFile, databasePath)) {
        for (const QString& back : moved)
            QFile::rename(previous + back, databasePath + back);
        return Error(Error::Code::Io,
                     tr("Could not put the restored database in place; the current "
                        "database was left as it was."));
    }
    // The restored file is encrypted with the same key as the one kept aside: that copy
    // opens with a copy of the same key file.
    if (!moved.isEmpty() && DatabaseKeys::isEncrypted(databasePath))
        QFile::copy(KeyFile::pathFor(databasePath), KeyFile::pathFor(previous));
    return moved.isEmpty() ? QString() : previous;
}

Status BackupService::recordRestore(const Database& restored, const Clock& clock,
                                    const QString& username, const PreparedRestore& prepared,
                                    const QString& previousCopy)
{
    Result<int> erasedAgain = ErasureService::reapply(restored, clock, username, prepared.erasures);
    if (!erasedAgain)
        return erasedAgain.error();
    // The copy kept before upgrading the restored file still holds whom it erased again.
    if (*erasedAgain > 0 && !restored.migrationBackupPath().isEmpty()) {
        if (Status s = EncryptionSwitch::wipe(restored.migrationBackupPath()); !s)
            return s;
    }
    const AuditEvent event{
        QStringLiteral("backup.restore"),
        QStringLiteral("database"),
        QString(),
        restored.displayName(),
        {},
        previousCopy.isEmpty()
            ? tr("restored the backup made on %1 by %2 into an empty database")
                  .arg(prepared.manifest.value(QStringLiteral("createdAt")).toString(),
                       prepared.manifest.value(QStringLiteral("createdBy")).toString())
            : tr("restored the backup made on %1 by %2; the previous database was kept at %3")
                      .arg(prepared.manifest.value(QStringLiteral("createdAt")).toString(),
                           prepared.manifest.value(QStringLiteral("createdBy")).toString(),
                           previousCopy) +
                  (*erasedAgain > 0
                       ? tr("; %n person(s) erased after the backup was made erased again", "",
                            *erasedAgain)
                       : QString())};
    Transaction transaction(restored);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = AuditLog(restored, clock).recordUnauthenticated(username, event); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    // An encrypted database opens for the restored users, with the passphrases it knows.
    return DatabaseKeys::slotsFromUsers(restored);
}

Result<qint64> BackupService::restoreIntoEmptyServer(const QString& backupFile,
                                                     const QString& passphrase,
                                                     const Database& server, const Clock& clock,
                                                     const QString& restoredBy)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::Io, tr("Could not create a temporary folder for the restore."));
    // The file on the way to the server is encrypted with a key of its own, never plaintext.
    const QString restored = scratch.filePath(QStringLiteral("restored.sqlite"));
    if (Result<RecoveryKey> keys = DatabaseKeys::create(restored); !keys)
        return keys.error();
    const ScratchKey forgetKey(restored);
    Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(restored));
    if (!keys)
        return keys.error();
    Result<PreparedRestore> prepared =
        decrypt(backupFile, passphrase, restored, keys->databaseId());
    if (!prepared)
        return prepared.error();
    Result<qint64> copied = [&]() -> Result<qint64> {
        Result<std::unique_ptr<Database>> file = Database::open(prepared->restoredFile, clock);
        if (!file)
            return file.error();
        Result<DatabaseCopier::Report> report = DatabaseCopier(**file, server).copy();
        if (!report)
            return report.error();
        return report->totalRows();
    }();
    discard(*prepared);
    if (!copied)
        return copied.error();
    if (Status s = recordRestore(server, clock, restoredBy, *prepared, QString()); !s)
        return s.error();
    return copied;
}

void BackupService::discard(const PreparedRestore& prepared)
{
    QFile::remove(prepared.restoredFile);
}
