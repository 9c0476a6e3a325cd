#include "core/storage/StorageError.h"

#include <QCoreApplication>

Error storageError(const QSqlError& error, const QString& action)
{
    // QSQLITE reports SQLite's (extended) result code; the low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString why;
    switch (code) {
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
