#include "core/domain/CaseOutcome.h"

const EnumTable<CaseOutcome>& caseOutcomeCodes()
{
    using O = CaseOutcome;
    static const EnumTable<CaseOutcome> table(
        "CaseOutcome",
        {
            {O::NeedsMet, "needs_met",
             QT_TRANSLATE_NOOP("CaseOutcome", "Needs met, services completed")},
            {O::Regularized, "regularized",
             QT_TRANSLATE_NOOP("CaseOutcome", "Regular migration status obtained")},
            {O::RefugeeRecognized, "refugee_recognized",
             QT_TRANSLATE_NOOP("CaseOutcome", "Recognised as a refugee")},
            {O::LocalIntegration, "local_integration",
             QT_TRANSLATE_NOOP("CaseOutcome", "Settled in the host community")},
            {O::Resettled, "resettled",
             QT_TRANSLATE_NOOP("CaseOutcome", "Resettled to a third country")},
            {O::OnwardMovement, "onward_movement",
             QT_TRANSLATE_NOOP("CaseOutcome", "Moved on to another country")},
            {O::VoluntaryReturn, "voluntary_return",
             QT_TRANSLATE_NOOP("CaseOutcome", "Voluntary return to the country of origin")},
            {O::ReferredElsewhere, "referred_elsewhere",
             QT_TRANSLATE_NOOP("CaseOutcome", "Followed by another organisation")},
            {O::LostContact, "lost_contact", QT_TRANSLATE_NOOP("CaseOutcome", "Contact lost")},
            {O::Deceased, "deceased", QT_TRANSLATE_NOOP("CaseOutcome", "The person died")},
            {O::Other, "other", QT_TRANSLATE_NOOP("CaseOutcome", "Other (say in the reason)")},
        });
    return table;
}
