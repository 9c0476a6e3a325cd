#pragma once

#include "core/common/Result.h"
#include "core/domain/RegisteredPerson.h"
#include "core/matching/TracingMatcher.h"

#include <QList>

class Database;

// A registered person as family tracing sees them: the matcher's view, plus where they are
// registered and whether their case agreed to tracing contact.
struct TracingCandidate
{
    MatchCandidate person;
    qint64 caseId = 0;
    QString caseNumber;
    QString siteName;
    bool tracingConsent = false;

    // As a list of possible duplicates shows them.
    RegisteredPerson registered(QDate today) const
    {
        return {person.personId, caseId, caseNumber, person.fullName(),
                person.birthDate.displayText(today)};
    }
};

// Reads registered persons for family tracing, a batch at a time.
class MatchCandidateRepository
{
public:
    explicit MatchCandidateRepository(const Database& db);

    // In the order of `personIds`; a person in several cases appears once, in the case that
    // agreed to tracing if one did. `consentedOnly`: persons whose case did not are left out.
    Result<QList<TracingCandidate>> load(const QList<qint64>& personIds, bool consentedOnly) const;

private:
    const Database& m_db;
};
