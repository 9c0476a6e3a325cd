#include "core/domain/CaseStatus.h"

const EnumTable<CaseStatus>& caseStatusCodes()
{
    static const EnumTable<CaseStatus> table(
        "CaseStatus", {
                          {CaseStatus::Open, "open", QT_TRANSLATE_NOOP("CaseStatus", "Open")},
                          {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("CaseStatus", "Closed")},
                          {CaseStatus::Transferred, "transferred",
                           QT_TRANSLATE_NOOP("CaseStatus", "Transferred")},
                      });
    return table;
}
