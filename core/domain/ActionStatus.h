#pragma once

#include "Screening.h"
#include "common/EnumTable.h"

// Database codes and labels of ActionStatus.
const EnumTable<ActionStatus>& actionStatusCodes();
