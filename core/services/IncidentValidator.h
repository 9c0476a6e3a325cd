#pragma once

#include "core/common/Error.h"
#include "core/domain/Incident.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

struct Person;

// The rules of what happened, the same for an incident of a case and for one told in a
// monitoring interview: every code from the incident catalogue, a month no later than this
// one, a department of the country, and where it was reported when it was.
class IncidentValidator
{
    Q_DECLARE_TR_FUNCTIONS(IncidentValidator)

public:
    // Field names: "type", "perpetrator", "month", "country", "admin1", "place", "diversity",
    // "institution", "stateResponse".
    static QList<FieldError> validate(const IncidentFacts& facts, QDate today);
    // Each of `codes` that is not a Diversity code, as an error of "diversity" (an interview
    // asks who the person is with the same choices).
    static void checkDiversity(const QStringList& codes, QList<FieldError>& errors);
    // Trimmed, codes without repeats, no institution unless it was reported.
    static IncidentFacts normalized(IncidentFacts facts);
    // The facts of something that happened to `person` in `month`: their age group then, and
    // their sex.
    static IncidentFacts about(const Person& person, QDate month);
};
