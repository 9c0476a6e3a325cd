#pragma once

#include "core/common/Result.h"
#include "core/domain/Person.h"
#include "core/domain/RegisteredPerson.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

class Clock;
class Database;

// A registered person who may be the one about to be registered again.
struct PossibleDuplicate : RegisteredPerson
{
    QStringList reasons;
    int strength = 0; // a document outweighs a phone, which outweighs a name
};

// Registering checks first (issue 21): before a new case or a new member is saved, the
// persons who may be the same — the same document number whatever its type, country or
// punctuation; the same phone number whatever its punctuation or country code; a similar
// name (SimilarCaseSearch's measure) with the same or a close date or year of birth. Shown to
// those who register cases; a volunteer or a coordinator is refused.
class IntakeCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntakeCheck)

public:
    static constexpr int MaxShown = 10;
    // Born at most this many years apart still counts as close.
    static constexpr int BirthYearsApart = 1;

    IntakeCheck(const Database& db, const Clock& clock, const UserSession& session);

    // Those who may be `person`, strongest first, leaving out `except` (the persons already
    // in the case being edited).
    Result<QList<PossibleDuplicate>> check(const Person& person,
                                           const QSet<qint64>& except = {}) const;
    // A registered person whole, to add to a family instead of registering a copy.
    Result<Person> registered(qint64 personId) const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
