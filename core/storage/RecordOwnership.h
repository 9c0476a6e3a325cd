#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Which site a record belongs to (issue 20): the one that made it, unless it was made for
// another (a match proposal belongs to the site of the tracing request it answers) or handed
// to another (a case transferred to the office is kept there). A record is changed only where
// it belongs; elsewhere it is a copy that the owner's packages keep.
class RecordOwnership
{
    Q_DECLARE_TR_FUNCTIONS(RecordOwnership)

public:
    explicit RecordOwnership(const Database& db);

    // The code of the site `table`'s record `id` belongs to when that is not this database;
    // empty when it is this database's own (or no longer exists).
    Result<QString> ownerElsewhere(const QString& table, qint64 id) const;
    // The same, as the sentence that refuses changing it here.
    Status checkOwnedHere(const QString& table, qint64 id) const;

private:
    const Database& m_db;
};
