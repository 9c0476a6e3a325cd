#include "core/storage/EncryptedCopy.h"

#include "core/crypto/PageCipher.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptingVfs.h"
#include "core/storage/StorageError.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
QAtomicInt counter;

sqlite3* handleOf(const QSqlDatabase& connection)
{
    return *static_cast<sqlite3* const*>(connection.driver()->handle().data());
}

// Asks for the reserve, then copies: VACUUM INTO gives the copy the reserve asked for.
Status vacuumInto(const QSqlDatabase& connection, const QString& target,
                  const QByteArray& databaseId)
{
    if (!EncryptingVfs::install())
        return Error(Error::Code::Storage,
                     EncryptedCopy::tr("Amparo could not prepare its encryption."));
    int reserve = PageCipher::ReserveBytes;
    if (sqlite3_file_control(handleOf(connection), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) !=
        SQLITE_OK)
        return Error(Error::Code::Storage,
                     EncryptedCopy::tr("SQLite refused to make room for encryption in the "
                                       "database's pages."));
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(EncryptingVfs::uri(target, databaseId));
    if (!q.exec())
        return storageError(q.lastError(),
                            EncryptedCopy::tr("write the encrypted copy %1").arg(target));
    return {};
}
} // namespace

namespace {
struct ProgressState
{
    const std::function<bool(int)>* report;
    QString target;
    qint64 total;
    bool cancelled;
};

// SQLite calls this every few thousand steps of the copy; non-zero interrupts it.
int onProgress(void* data)
{
    auto* state = static_cast<ProgressState*>(data);
    const qint64 written = QFileInfo(state->target).size();
    const int percent =
        state->total > 0 ? int(std::min<qint64>(99, written * 100 / state->total)) : 0;
    if (!(*state->report)(percent))
        state->cancelled = true;
    return state->cancelled ? 1 : 0;
}
} // namespace

Status EncryptedCopy::ofDatabase(const Database& db, const QString& target,
                                 const QByteArray& databaseId,
                                 const std::function<bool(int)>& progress)
{
    if (db.isServer())
        return Error(Error::Code::Refused,
                     tr("A server's database is not encrypted by Amparo: its disk is the "
                        "server's."));
    if (!progress)
        return vacuumInto(db.connection(), target, databaseId);
    const Error cancelled(Error::Code::Cancelled,
                          tr("The encryption was cancelled; nothing was changed."));
    if (!progress(0))
        return cancelled;
    ProgressState state{&progress, target, QFileInfo(db.path()).size(), false};
    sqlite3* handle = handleOf(db.connection());
    sqlite3_progress_handler(handle, 1000, onProgress, &state);
    Status copied = vacuumInto(db.connection(), target, databaseId);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (state.cancelled)
        return cancelled;
    if (copied)
        progress(100);
    return copied;
}

Status EncryptedCopy::ofImage(const QByteArray& image, const QString& target,
                              const QByteArray& databaseId)
{
    const QString name = QStringLiteral("amparo-image-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        memory.setConnectOptions(Database::uriOptions());
        if (!memory.open()) {
            result = storageError(memory.lastError(), tr("read the database held in memory"));
        } else {
            // SQLite reads the image in place and never frees or grows it.
            QByteArray copy = image;
            auto* bytes = reinterpret_cast<unsigned char*>(copy.data());
            if (sqlite3_deserialize(handleOf(memory), "main", bytes, copy.size(), copy.size(),
                                    SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
                result = Error(Error::Code::Refused,
                               tr("The database held in memory is not a database SQLite can "
                                  "read."));
            } else {
                result = vacuumInto(memory, target, databaseId);
            }
            memory.close();
            copy.fill('\0');
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
