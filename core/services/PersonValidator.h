#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class PartialDate;
struct Person;

// The rules one person's record must follow before it is saved. Field names in the errors
// are the Person member names ("givenNames", "birthDate", "documents/1/number").
class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxOtherNames = 20;
    static constexpr int MaxDocumentNumberLength = 40;
    static constexpr int MaxPlaceLength = 200;
    static constexpr int MaxPhoneLength = 30;
    static constexpr int EarliestBirthYear = 1900;

    explicit PersonValidator(const Clock& clock);

    QList<FieldError> validate(const Person& person) const;
    // The rules for one name and one date of birth, for descriptions of persons (a relative
    // sought) as well as records.
    void checkName(QList<FieldError>& errors, const QString& field, const QString& name) const;
    void checkBirthDate(QList<FieldError>& errors, const QString& field,
                        const PartialDate& born) const;

private:
    void checkNationalities(QList<FieldError>& errors, const Person& person) const;
    void checkDocuments(QList<FieldError>& errors, const Person& person) const;
    void checkContactAndLocation(QList<FieldError>& errors, const Person& person) const;

    const Clock& m_clock;
};
