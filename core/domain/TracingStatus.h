#pragma once

#include "core/common/EnumTable.h"

// Where a tracing request stands: open; a possible match found (proposed, or confirmed and
// awaiting reunification); reunited; closed for another reason.
enum class TracingStatus
{
    Open,
    MatchProposed,
    Reunited,
    Closed
};

// Database codes and labels of TracingStatus.
const EnumTable<TracingStatus>& tracingStatusCodes();

// What a person reviewing a proposed match decided.
enum class MatchStatus
{
    Pending,
    Confirmed,
    Rejected
};

const EnumTable<MatchStatus>& matchStatusCodes();
