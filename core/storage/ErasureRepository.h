#pragma once

#include "core/common/Result.h"
#include "core/domain/DataRequest.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The persons erased from this database, by global uid.
class ErasureRepository
{
    Q_DECLARE_TR_FUNCTIONS(ErasureRepository)

public:
    explicit ErasureRepository(const Database& db);

    Result<qint64> insert(const Erasure& erasure);
    // The same, unless that person's erasure is here already (a post's, arriving again).
    Status insertIfNew(const Erasure& erasure);
    // Oldest first.
    Result<QList<Erasure>> all() const;

private:
    const Database& m_db;
};
