#pragma once

#include "core/common/Result.h"
#include "core/domain/RegisteredPerson.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Clock;
class Database;

// Two registered persons who may be one.
struct DuplicatePair
{
    using Side = RegisteredPerson;
    Side first;
    Side second;
    QStringList reasons;
    int strength = 0;
};

// The possible duplicates over the whole database (issue 21), by the rules IntakeCheck applies
// to a person being registered: the same document number whatever its type, letter or
// punctuation; the same phone number whatever its punctuation or country code; a similar name
// with a compatible birth (the same date when both are exact, else born within a year). Each
// rule reads its index once, in order, so a million persons take minutes, not hours. At an
// office it covers every site's persons.
class DuplicateScan
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateScan)

public:
    // Persons filed under one name key and born within a year of each other beyond this
    // many are a common name, not duplicates: only those born the same year are compared.
    static constexpr int CommonNameGroup = 40;
    static constexpr int MaxPairs = 5000;
    // Stricter than a search's (SimilarCaseSearch::MinimumScore): over a whole database, two
    // persons with common names born the same day are many, and a list of them is no help.
    static constexpr double MinimumNameScore = 0.9;

    // Told the step done of `steps`; returning false cancels, with nothing changed.
    using Progress = std::function<bool(int done, int steps)>;

    DuplicateScan(const Database& db, const Clock& clock, const UserSession& session);

    // Strongest first, at most MaxPairs.
    Result<QList<DuplicatePair>> run(const Progress& progress = {}) const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
