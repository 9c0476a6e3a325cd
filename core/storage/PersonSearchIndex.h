#pragma once

#include "core/common/Result.h"

#include <QString>

class Database;
struct Person;

// The full-text index behind name and document search (SQLite FTS5; kept here so that the
// rest of the code does not depend on it). Names are indexed folded (no accents, lower
// case); document numbers as letters and digits, and as digits only.
class PersonSearchIndex
{
public:
    explicit PersonSearchIndex(const Database& db);

    // `isNew`: the person is not in the index yet (nothing to remove first).
    Status index(qint64 personId, const Person& person, bool isNew = false);
    Status remove(qint64 personId);

    // The FTS5 MATCH expression for what a person typed: every word must match the start of
    // a name or document number. Empty when nothing searchable was typed.
    static QString matchExpression(const QString& typed);

private:
    const Database& m_db;
};
