#include "core/domain/CasePlan.h"

const EnumTable<GoalStatus>& goalStatusCodes()
{
    static const EnumTable<GoalStatus> table(
        "GoalStatus",
        {
            {GoalStatus::Open, "open", QT_TRANSLATE_NOOP("GoalStatus", "Open")},
            {GoalStatus::Achieved, "achieved", QT_TRANSLATE_NOOP("GoalStatus", "Achieved")},
            {GoalStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("GoalStatus", "Dropped")},
        });
    return table;
}

const EnumTable<PlanStepKind>& planStepKindCodes()
{
    static const EnumTable<PlanStepKind> table(
        "PlanStepKind",
        {
            {PlanStepKind::Action, "action", QT_TRANSLATE_NOOP("PlanStepKind", "Action")},
            {PlanStepKind::FollowUp, "follow_up", QT_TRANSLATE_NOOP("PlanStepKind", "Follow-up")},
        });
    return table;
}

const EnumTable<FollowUpMethod>& followUpMethodCodes()
{
    static const EnumTable<FollowUpMethod> table(
        "FollowUpMethod",
        {
            {FollowUpMethod::HomeVisit, "home_visit",
             QT_TRANSLATE_NOOP("FollowUpMethod", "Home visit")},
            {FollowUpMethod::OfficeVisit, "office_visit",
             QT_TRANSLATE_NOOP("FollowUpMethod", "At the office")},
            {FollowUpMethod::PhoneCall, "phone_call",
             QT_TRANSLATE_NOOP("FollowUpMethod", "Phone call")},
            {FollowUpMethod::Message, "message", QT_TRANSLATE_NOOP("FollowUpMethod", "Message")},
        });
    return table;
}

const EnumTable<PlanStepStatus>& planStepStatusCodes()
{
    static const EnumTable<PlanStepStatus> table(
        "PlanStepStatus",
        {
            {PlanStepStatus::Planned, "planned", QT_TRANSLATE_NOOP("PlanStepStatus", "Planned")},
            {PlanStepStatus::UnderWay, "under_way",
             QT_TRANSLATE_NOOP("PlanStepStatus", "Under way")},
            {PlanStepStatus::Done, "done", QT_TRANSLATE_NOOP("PlanStepStatus", "Done")},
            {PlanStepStatus::Cancelled, "cancelled",
             QT_TRANSLATE_NOOP("PlanStepStatus", "Cancelled")},
        });
    return table;
}
