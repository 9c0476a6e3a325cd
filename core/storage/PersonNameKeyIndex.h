#pragma once

#include "core/common/Result.h"
#include "core/domain/Sex.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

class Database;
struct Person;
struct PersonName;

// The phonetic keys of persons' names (SQL table person_name_keys), so that people whose
// names sound alike are found without comparing against everyone.
class PersonNameKeyIndex
{
public:
    explicit PersonNameKeyIndex(const Database& db);

    // `isNew`: the person has no keys yet (nothing to remove first).
    Status index(qint64 personId, const Person& person, bool isNew = false);
    // Rebuilds every key when they were made by older rules (or never): after an upgrade.
    Status rebuildIfStale();
    // Who a candidate may be besides the name: persons of another known sex, or born in a
    // known year outside the range, are left out.
    struct Filter
    {
        Sex sex = Sex::Unknown;
        std::optional<std::pair<int, int>> bornBetween;
        // Only the names as written (spelling variants that sound alike included, typos not)
        // and only persons born in the range: looking for the same person, not for someone
        // described loosely.
        bool strict = false;
    };

    // Persons whose names may be `name`: filed under one of its family-name keys with one
    // of its given-name keys, in either field, allowing a typo in one of them (or, with only
    // one kind of name, filed under one of its keys). At most `limit`, those filed under the
    // most pairs first.
    Result<QList<qint64>> candidates(const PersonName& name, const Filter& filter, int limit) const;

private:
    const Database& m_db;
};
