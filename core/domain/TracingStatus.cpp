#include "core/domain/TracingStatus.h"

const EnumTable<TracingStatus>& tracingStatusCodes()
{
    static const EnumTable<TracingStatus> table(
        "TracingStatus",
        {
            {TracingStatus::Open, "open", QT_TRANSLATE_NOOP("TracingStatus", "Open")},
            {TracingStatus::MatchProposed, "match_proposed",
             QT_TRANSLATE_NOOP("TracingStatus", "Match proposed")},
            {TracingStatus::Reunited, "reunited", QT_TRANSLATE_NOOP("TracingStatus", "Reunited")},
            {TracingStatus::Closed, "closed", QT_TRANSLATE_NOOP("TracingStatus", "Closed")},
        });
    return table;
}

const EnumTable<MatchStatus>& matchStatusCodes()
{
    static const EnumTable<MatchStatus> table(
        "MatchStatus",
        {
            {MatchStatus::Pending, "pending", QT_TRANSLATE_NOOP("MatchStatus", "To review")},
            {MatchStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("MatchStatus", "Confirmed")},
            {MatchStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("MatchStatus", "Rejected")},
        });
    return table;
}
