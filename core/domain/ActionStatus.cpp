#include "core/domain/ActionStatus.h"

const EnumTable<ActionStatus>& actionStatusCodes()
{
    static const EnumTable<ActionStatus> table(
        "ActionStatus",
        {
            {ActionStatus::Pending, "pending", QT_TRANSLATE_NOOP("ActionStatus", "Pending")},
            {ActionStatus::Done, "done", QT_TRANSLATE_NOOP("ActionStatus", "Done")},
            {ActionStatus::NotPossible, "not_possible",
             QT_TRANSLATE_NOOP("ActionStatus", "Not possible")},
        });
    return table;
}
