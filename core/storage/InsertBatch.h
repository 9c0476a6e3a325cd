#pragma once

#include "core/common/Result.h"

class Database;

// A stretch of writes (an import) whose single-row INSERTs may wait and reach a server
// together, as multi-row INSERTs, before anything that could see them: a read of their
// tables, the commit, or every few thousand rows. insert() then takes the row's id from a
// block reserved on the table's sequence instead of asking the server for each. In a file,
// where a statement costs a function call, not a round trip, only the search index's rows
// wait (FTS5 writes out what it holds at every statement savepoint).
class InsertBatch
{
public:
    explicit InsertBatch(const Database& db);
    ~InsertBatch();
    InsertBatch(const InsertBatch&) = delete;
    InsertBatch& operator=(const InsertBatch&) = delete;

    Status begin();

private:
    const Database& m_db;
    bool m_active = false;
};
