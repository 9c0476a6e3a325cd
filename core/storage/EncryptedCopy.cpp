#include "core/storage/EncryptedCopy.h"

#include "core/crypto/PageCipher.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptingVfs.h"
#include "core/storage/StorageError.h"

#include <QAtomicInt>
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
        return storageError(q.lastError(), EncryptedCopy::tr("write the encrypted copy %1")
                                               .arg(target));
    return {};
}
} // namespace

Status EncryptedCopy::ofDatabase(const Database& db, const QString& target,
                                 const QByteArray& databaseId)
{
    if (db.isServer())
        return Error(Error::Code::Refused,
                     tr("A server's database is not encrypted by Amparo: its disk is the "
                        "server's."));
    return vacuumInto(db.connection(), target, databaseId);
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
