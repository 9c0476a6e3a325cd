#pragma once

#include "core/common/Error.h"
#include "core/services/PersonValidator.h"

#include <QCoreApplication>
#include <QList>

class Clock;
struct CaseMember;
struct CaseRecord;
struct Person;

// The rules a case must follow before it is saved: every member valid, one principal
// first, ages consistent with relationships, status and consent complete. Errors about a
// member carry the prefix "members/N/".
class CaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)

public:
    static constexpr int MaxNoteLength = 100000;
    static constexpr int MaxMembers = 50;
    static constexpr int MaxShortTextLength = 200;

    explicit CaseValidator(const Clock& clock);

    QList<FieldError> validate(const CaseRecord& record) const;
    // The rules for one member against the principal (for a member form before the case is
    // saved). Field names without prefix.
    QList<FieldError> validateMember(const CaseMember& member, const Person& principal) const;

private:
    // A closed case's outcome and, for a voluntary return, its date, destination and the
    // person's informed decision. The outcome itself is asked when a case is closed (see
    // CaseService): cases closed before outcomes existed keep none.
    void validateOutcome(const CaseRecord& record, QList<FieldError>& errors) const;

    const Clock& m_clock;
    PersonValidator m_personValidator;
};
