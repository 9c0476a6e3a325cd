#pragma once

#include "core/common/Result.h"

#include <QString>

class Database;

// Small facts about this database that belong with it, not with one computer's settings
// (for example when it was last backed up).
class AppStateRepository
{
public:
    static constexpr const char* LastBackupAt = "last_backup_at";

    explicit AppStateRepository(const Database& db);

    Result<QString> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);

private:
    const Database& m_db;
};
