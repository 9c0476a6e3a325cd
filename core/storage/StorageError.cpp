#include "core/storage/StorageError.h"

#include <QCoreApplication>

namespace {
// PostgreSQL's SQLSTATE, as Qt's QPSQL driver reports it.
QString serverReason(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (isConnectionLoss(error))
        return QCoreApplication::translate(
            "StorageError",
            "The connection to the server was lost, so nothing was saved half-way. Check "
            "the network; once the server can be reached again, try again.");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return QCoreApplication::translate(
            "StorageError",
            "Someone else was saving the same records at the same moment. Try again.");
    if (state.startsWith(QLatin1String("23")))
        return QCoreApplication::translate(
                   "StorageError", "The change conflicts with a record already stored (%1).")
            .arg(error.databaseText());
    if (state == QLatin1String("53100"))
        return QCoreApplication::translate(
            "StorageError",
            "The server's disk is full. Tell whoever looks after the server; nothing was saved.");
    if (state == QLatin1String("42501"))
        return QCoreApplication::translate(
            "StorageError",
            "The server does not let your account do this. Ask the administrator to check your "
            "account's role on the server.");
    return error.text();
}
} // namespace

bool isConnectionLoss(const QSqlError& error)
{
    if (!error.driverText().startsWith(QLatin1String("QPSQL")))
        return false;
    // libpq gives no SQLSTATE for a connection that broke on the client's side; the server
    // gives class 08 or "admin shutdown", "crash shutdown", "cannot connect now".
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(QLatin1String("08")) ||
           state.startsWith(QLatin1String("57P"));
}

bool isPassingFileError(const QSqlError& error)
{
    if (error.driverText().startsWith(QLatin1String("QPSQL")))
        return false;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return true;
    default:
        return false;
    }
}

Error storageError(const QSqlError& error, const QString& action)
{
    const bool server = error.driverText().startsWith(QLatin1String("QPSQL"));
    // QSQLITE reports SQLite's (extended) result code; the low byte is the primary code.
    const int code = server ? -1 : error.nativeErrorCode().toInt() & 0xff;
    QString why;
    // SQLITE_IOERR_DATA: the encrypting VFS refused a page.
    if (!server && error.nativeErrorCode().toInt() == (10 | (32 << 8))) {
        why = QCoreApplication::translate(
            "StorageError",
            "A page of the encrypted database fails its check: it was changed or damaged, it "
            "belongs to another database, or the database was locked meanwhile. Nothing from it "
            "was shown. If this happens again after signing in, restore it from a backup.");
        return Error(
            Error::Code::Storage,
            QCoreApplication::translate("StorageError", "Could not %1. %2").arg(action, why));
    }
    switch (code) {
    case -1:
        why = serverReason(error);
        break;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        why = QCoreApplication::translate(
            "StorageError",
            "Another Amparo window or program is writing to the database. Wait a moment "
            "and try again.");
        break;
    case 8: // SQLITE_READONLY
        why = QCoreApplication::translate(
            "StorageError",
            "The database file is read-only. Check that the disk is not write-protected "
            "and that you may write to the file.");
        break;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        why = QCoreApplication::translate(
            "StorageError",
            "The database file could not be read or written. Check that the disk or USB "
            "stick holding it is still connected.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        why = QCoreApplication::translate(
            "StorageError", "The database file is damaged. Restore it from a backup.");
        break;
    case 13: // SQLITE_FULL
        why = QCoreApplication::translate("StorageError",
                                          "The disk is full. Free some space and try again.");
        break;
    case 19: // SQLITE_CONSTRAINT
        why = QCoreApplication::translate("StorageError",
                                          "The change conflicts with a record already stored (%1).")
                  .arg(error.databaseText());
        break;
    default:
        why = error.text();
        break;
    }
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("StorageError", "Could not %1. %2").arg(action, why));
}
