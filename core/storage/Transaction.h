#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

class Database;

// One write transaction. Rolls back when it goes out of scope without commit(), so an
// early return on error never leaves half a change behind.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // On SQLite, takes the write lock at once (BEGIN IMMEDIATE), so that a second writer
    // waits for the busy timeout instead of failing half-way through.
    Status begin();
    // A read-only pass: every read sees the same snapshot of the database, and a long pass
    // of look-ups does not start a transaction per statement. Ends with rollback().
    Status beginRead();
    Status commit();
    void rollback();

private:
    Status start(const QString& statement, const QString& action);

    const Database& m_db;
    bool m_active = false;
};
