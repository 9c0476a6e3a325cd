#pragma once

#include "core/common/Result.h"

#include <QString>

class Database;
struct Person;

// The full-text index behind name and document search (SQLite FTS5, a PostgreSQL tsvector;
// SqlDialect::personsMatching searches it). Names are indexed folded (no accents, lower
// case); document numbers as letters and digits, and as digits only.
class PersonSearchIndex
{
public:
    explicit PersonSearchIndex(const Database& db);

    // `isNew`: the person is not in the index yet (nothing to remove first).
    Status index(qint64 personId, const Person& person, bool isNew = false);
    Status remove(qint64 personId);

private:
    const Database& m_db;
};
