#include "core/domain/DataRequest.h"

const EnumTable<DataRequestKind>& dataRequestKindCodes()
{
    using K = DataRequestKind;
    static const EnumTable<DataRequestKind> table(
        "DataRequestKind",
        {
            {K::Access, "access", QT_TRANSLATE_NOOP("DataRequestKind", "See their data")},
            {K::Correction, "correction",
             QT_TRANSLATE_NOOP("DataRequestKind", "Correct their data")},
            {K::Erasure, "erasure", QT_TRANSLATE_NOOP("DataRequestKind", "Erase their data")},
            {K::ConsentWithdrawal, "consent_withdrawal",
             QT_TRANSLATE_NOOP("DataRequestKind", "Withdraw a consent")},
        });
    return table;
}

const EnumTable<DataRequestDecision>& dataRequestDecisionCodes()
{
    using D = DataRequestDecision;
    static const EnumTable<DataRequestDecision> table(
        "DataRequestDecision",
        {
            {D::Open, "open", QT_TRANSLATE_NOOP("DataRequestDecision", "Not answered yet")},
            {D::Granted, "granted", QT_TRANSLATE_NOOP("DataRequestDecision", "Granted")},
            {D::PartlyGranted, "partly_granted",
             QT_TRANSLATE_NOOP("DataRequestDecision", "Partly granted")},
            {D::Refused, "refused", QT_TRANSLATE_NOOP("DataRequestDecision", "Refused")},
        });
    return table;
}

const EnumTable<ErasureGround>& erasureGroundCodes()
{
    using G = ErasureGround;
    static const EnumTable<ErasureGround> table(
        "ErasureGround",
        {
            {G::NoLongerNecessary, "no_longer_necessary",
             QT_TRANSLATE_NOOP("ErasureGround",
                               "No longer necessary for the purpose it was collected for")},
            {G::ConsentWithdrawn, "consent_withdrawn",
             QT_TRANSLATE_NOOP("ErasureGround", "The person withdrew their consent")},
            {G::ObjectionUpheld, "objection_upheld",
             QT_TRANSLATE_NOOP("ErasureGround",
                               "The person objected and the objection was upheld")},
            {G::UnlawfulProcessing, "unlawful_processing",
             QT_TRANSLATE_NOOP("ErasureGround", "It was processed unlawfully")},
        });
    return table;
}
