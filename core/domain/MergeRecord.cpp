#include "core/domain/MergeRecord.h"

const EnumTable<MergeKind>& mergeKindCodes()
{
    static const EnumTable<MergeKind> table(
        "MergeKind", {
                         {MergeKind::Person, "person", QT_TRANSLATE_NOOP("MergeKind", "Persons")},
                         {MergeKind::Case, "case", QT_TRANSLATE_NOOP("MergeKind", "Cases")},
                     });
    return table;
}

const EnumTable<MergeState>& mergeStateCodes()
{
    static const EnumTable<MergeState> table(
        "MergeState", {
                          {MergeState::Open, "open", QT_TRANSLATE_NOOP("MergeState", "To review")},
                          {MergeState::Closed, "closed", QT_TRANSLATE_NOOP("MergeState", "Closed")},
                          {MergeState::Undone, "undone", QT_TRANSLATE_NOOP("MergeState", "Undone")},
                      });
    return table;
}
