#pragma once

#include "core/common/Error.h"

#include <QSqlError>

// Turns a SQLite or PostgreSQL error into a sentence that says what happened and what to do.
// `action` says what Amparo was doing ("save the case").
Error storageError(const QSqlError& error, const QString& action);
// Whether a server error means the connection itself is gone (network, server restarted).
bool isConnectionLoss(const QSqlError& error);
// Whether a SQLite error says the file is in use or could not be read just now (locked by
// another program, a disk that failed a read) rather than anything about what it holds.
bool isPassingFileError(const QSqlError& error);
