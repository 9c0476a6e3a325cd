#pragma once

#include "core/common/EnumTable.h"

#include <QDate>
#include <QString>

// How a case ended, asked when it is closed.
enum class CaseOutcome
{
    NeedsMet,
    Regularized,
    RefugeeRecognized,
    LocalIntegration,
    Resettled,
    OnwardMovement,
    VoluntaryReturn,
    ReferredElsewhere,
    LostContact,
    Deceased,
    Other
};

const EnumTable<CaseOutcome>& caseOutcomeCodes();

// A return to the country of origin, recorded with the case's outcome: when, where to, and that
// the person decided it freely, informed of the conditions there (a return must be voluntary
// and informed).
struct VoluntaryReturn
{
    QDate on;
    QString country; // ISO 3166-1 alpha-3
    QString place;
    bool informedDecision = false;

    bool isEmpty() const { return !on.isValid() && country.isEmpty() && place.isEmpty(); }
    bool operator==(const VoluntaryReturn&) const = default;
};
