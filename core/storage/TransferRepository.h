#pragma once

#include "core/common/Result.h"
#include "core/domain/Transfer.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The log of transfers of personal data out of this database.
class TransferRepository
{
    Q_DECLARE_TR_FUNCTIONS(TransferRepository)

public:
    explicit TransferRepository(const Database& db);

    Status insert(const Transfer& transfer);
    // Newest first, at most `limit`.
    Result<QList<Transfer>> latest(int limit) const;

private:
    const Database& m_db;
};
