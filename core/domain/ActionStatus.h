#pragma once

#include "core/common/EnumTable.h"
#include "core/domain/Screening.h"

// Database codes and labels of ActionStatus.
const EnumTable<ActionStatus>& actionStatusCodes();
