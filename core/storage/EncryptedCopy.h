#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;

// Writes an encrypted copy of a plaintext SQLite database, with room in every page for the
// nonce and the tag (VACUUM INTO through the EncryptingVfs, after asking SQLite for the
// reserve): of an open database (turning encryption on), or of a database image held in
// memory (a backup of a plaintext database restored into an encrypted one). The target's key
// must be in the Keyring under `databaseId`. Nothing plaintext is written to disk.
class EncryptedCopy
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedCopy)

public:
    // `progress` is told the percentage written now and then; returning false cancels.
    static Status ofDatabase(const Database& db, const QString& target,
                             const QByteArray& databaseId,
                             const std::function<bool(int)>& progress = {});
    static Status ofImage(const QByteArray& image, const QString& target,
                          const QByteArray& databaseId);
};
