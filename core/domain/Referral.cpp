#include "core/domain/Referral.h"

const EnumTable<ReferralPriority>& referralPriorityCodes()
{
    static const EnumTable<ReferralPriority> table(
        "ReferralPriority",
        {
            {ReferralPriority::Emergency, "emergency",
             QT_TRANSLATE_NOOP("ReferralPriority", "Emergency (within 24 hours)")},
            {ReferralPriority::Urgent, "urgent",
             QT_TRANSLATE_NOOP("ReferralPriority", "Urgent (within 72 hours)")},
            {ReferralPriority::Normal, "normal",
             QT_TRANSLATE_NOOP("ReferralPriority", "Normal (within 2 weeks)")},
        });
    return table;
}

const EnumTable<ReferralDirection>& referralDirectionCodes()
{
    static const EnumTable<ReferralDirection> table(
        "ReferralDirection", {
                                 {ReferralDirection::Outgoing, "outgoing",
                                  QT_TRANSLATE_NOOP("ReferralDirection", "Referred by us")},
                                 {ReferralDirection::Incoming, "incoming",
                                  QT_TRANSLATE_NOOP("ReferralDirection", "Referred to us")},
                             });
    return table;
}

const EnumTable<ReferralState>& referralStateCodes()
{
    static const EnumTable<ReferralState> table(
        "ReferralState",
        {
            {ReferralState::Sent, "sent", QT_TRANSLATE_NOOP("ReferralState", "Sent")},
            {ReferralState::Accepted, "accepted", QT_TRANSLATE_NOOP("ReferralState", "Accepted")},
            {ReferralState::Declined, "declined", QT_TRANSLATE_NOOP("ReferralState", "Declined")},
            {ReferralState::Delivered, "delivered",
             QT_TRANSLATE_NOOP("ReferralState", "Service delivered")},
            {ReferralState::Withdrawn, "withdrawn",
             QT_TRANSLATE_NOOP("ReferralState", "Withdrawn")},
            {ReferralState::Received, "received", QT_TRANSLATE_NOOP("ReferralState", "Received")},
        });
    return table;
}

const EnumTable<ReferralServiceType>& referralServiceCodes()
{
    using S = ReferralServiceType;
    static const EnumTable<ReferralServiceType> table(
        "ReferralServiceType",
        {
            {S::MentalHealth, "mhpss",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Mental health and psychosocial support")},
            {S::ReliefItems, "relief_items",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Relief items")},
            {S::ChildCare, "child_care", QT_TRANSLATE_NOOP("ReferralServiceType", "Child care")},
            {S::Cash, "cash", QT_TRANSLATE_NOOP("ReferralServiceType", "Cash assistance")},
            {S::FamilyTracing, "family_tracing",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Family tracing")},
            {S::Health, "health", QT_TRANSLATE_NOOP("ReferralServiceType", "Health")},
            {S::WomenServices, "women_services",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Services for women")},
            {S::Food, "food", QT_TRANSLATE_NOOP("ReferralServiceType", "Food")},
            {S::Disability, "disability",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Disability support")},
            {S::Shelter, "shelter", QT_TRANSLATE_NOOP("ReferralServiceType", "Shelter")},
            {S::LegalAssistance, "legal",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Legal assistance")},
            {S::LivelihoodsEducation, "livelihoods_education",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Livelihoods and education")},
            {S::PhysicalSafety, "physical_safety",
             QT_TRANSLATE_NOOP("ReferralServiceType", "Physical safety")},
        });
    return table;
}

const EnumTable<SharedItem>& sharedItemCodes()
{
    static const EnumTable<SharedItem> table(
        "SharedItem",
        {
            {SharedItem::Name, "name", QT_TRANSLATE_NOOP("SharedItem", "Name")},
            {SharedItem::BirthDate, "birth_date", QT_TRANSLATE_NOOP("SharedItem", "Date of birth")},
            {SharedItem::Sex, "sex", QT_TRANSLATE_NOOP("SharedItem", "Sex")},
            {SharedItem::Nationality, "nationality",
             QT_TRANSLATE_NOOP("SharedItem", "Nationality")},
            {SharedItem::Documents, "documents",
             QT_TRANSLATE_NOOP("SharedItem", "Identity documents")},
            {SharedItem::Location, "location",
             QT_TRANSLATE_NOOP("SharedItem", "Where the person is")},
            {SharedItem::Phone, "phone", QT_TRANSLATE_NOOP("SharedItem", "Phone")},
            {SharedItem::HouseholdSize, "household_size",
             QT_TRANSLATE_NOOP("SharedItem", "Household size")},
            {SharedItem::SpecificNeeds, "specific_needs",
             QT_TRANSLATE_NOOP("SharedItem", "Specific needs")},
        });
    return table;
}

int Referral::answerDays(ReferralPriority priority)
{
    switch (priority) {
    case ReferralPriority::Emergency:
        return 1;
    case ReferralPriority::Urgent:
        return 3;
    case ReferralPriority::Normal:
        break;
    }
    return 14;
}

bool Referral::isOpen() const
{
    return state == ReferralState::Sent || state == ReferralState::Accepted;
}

bool Referral::sharesItem(SharedItem item) const
{
    return shared.contains(sharedItemCodes().code(item));
}
