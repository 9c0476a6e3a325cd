#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/DataRequest.h"
#include "core/domain/Deadline.h"
#include "core/domain/Incident.h"
#include "core/domain/Person.h"
#include "core/domain/Procedure.h"
#include "core/domain/Referral.h"
#include "core/domain/Screening.h"
#include "core/domain/SpecificNeed.h"
#include "core/domain/TracingRequest.h"

#include <QList>

// Everything Amparo holds about one person, gathered to answer their request to see it: their
// own record, the cases they are in (their place in each; the other members by relationship
// only), the case's consent and notes, their screenings, specific needs, the procedures,
// deadlines, referrals and incidents that concern them, the tracing requests they made or that
// found them, and their earlier requests about their data.
struct PersonDataSheet
{
    struct Membership
    {
        CaseRecord record;
        Relationship relationship = Relationship::Principal;
    };

    Person person;
    QList<Membership> cases;
    QList<Screening> screenings;
    QList<SpecificNeed> specificNeeds;
    QList<Procedure> procedures;
    QList<Deadline> deadlines;
    QList<Referral> referrals;
    QList<Incident> incidents;
    QList<TracingRequest> tracingRequests;
    QList<DataRequest> requests;
};
