#pragma once

#include "core/common/EnumTable.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// How soon the receiving organisation must answer, as on the inter-agency referral form
// (IASC MHPSS Reference Group, 2017): emergency within 24 hours, urgent within 72 hours,
// normal within 2 weeks.
enum class ReferralPriority
{
    Emergency,
    Urgent,
    Normal
};

enum class ReferralDirection
{
    Outgoing, // made by us to a partner
    Incoming  // a partner referred the person to us
};

// An outgoing referral is sent, then accepted or declined (with a reason), then the service
// is delivered (with the provider's note); until it is delivered it can be withdrawn. An
// incoming one is received.
enum class ReferralState
{
    Sent,
    Accepted,
    Declined,
    Delivered,
    Withdrawn,
    Received
};

// The services of the inter-agency referral form.
enum class ReferralServiceType
{
    MentalHealth,
    ReliefItems,
    ChildCare,
    Cash,
    FamilyTracing,
    Health,
    WomenServices,
    Food,
    Disability,
    Shelter,
    LegalAssistance,
    LivelihoodsEducation,
    PhysicalSafety
};

// The pieces of information about a person a referral may carry; only those listed on a
// referral travel. Without Name the form carries the case number alone (the form's "name or
// a case code when confidential").
enum class SharedItem
{
    Name,
    BirthDate,
    Sex,
    Nationality,
    Documents,
    Location,
    Phone,
    HouseholdSize,
    SpecificNeeds
};

const EnumTable<ReferralPriority>& referralPriorityCodes();
const EnumTable<ReferralDirection>& referralDirectionCodes();
const EnumTable<ReferralState>& referralStateCodes();
const EnumTable<ReferralServiceType>& referralServiceCodes();
const EnumTable<SharedItem>& sharedItemCodes();

struct Referral
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 partnerId = 0;
    QString partnerName; // read with the referral
    ReferralDirection direction = ReferralDirection::Outgoing;
    ReferralPriority priority = ReferralPriority::Normal;
    QStringList services; // ReferralServiceType codes
    QString reasons;
    QStringList shared; // SharedItem codes
    ReferralState state = ReferralState::Sent;
    QString stateNote;       // why declined or withdrawn, the provider's note on delivery
    QString consentOverride; // why it was made without consent to referral; empty: consented
    QDate madeOn;
    QString madeBy;
    QDate answeredOn;
    QDate closedOn;
    QList<qint64> personIds;

    // Days the partner has to answer a referral of this priority.
    static int answerDays(ReferralPriority priority);
    bool isOpen() const;
    bool sharesItem(SharedItem item) const;
    bool operator==(const Referral&) const = default;
};
