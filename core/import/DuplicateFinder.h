#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Clock;
class Database;
struct Person;

// A person in an imported file who seems to be registered already.
struct DuplicateMatch
{
    int row = 0;
    QString importedName;
    qint64 personId = 0;
    QString registeredName;
    QString caseNumber;
    bool sameDocument = false; // then they cannot be imported as someone new
    QString reason;
};

// Finds whether a person about to be imported is registered already: the same identity
// document, or a very similar name (as NameMatcher judges, spelling variants included) with
// the same date of birth. Index look-ups only, so a large import stays fast.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    // How alike two names must be, with the same birth date, to ask the person.
    static constexpr double NameThreshold = 0.9;

    DuplicateFinder(const Database& db, const Clock& clock);
    Result<std::optional<DuplicateMatch>> find(const Person& person) const;

private:
    Result<DuplicateMatch> describe(const Person& imported, qint64 personId, bool sameDocument,
                                    const QString& reason) const;

    const Database& m_db;
    const Clock& m_clock;
};
