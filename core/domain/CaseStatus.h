#pragma once

#include "core/common/EnumTable.h"

// Where a case stands. Closed and transferred cases carry the reason.
enum class CaseStatus
{
    Open,
    Closed,
    Transferred
};

// Database codes and labels of CaseStatus.
const EnumTable<CaseStatus>& caseStatusCodes();
