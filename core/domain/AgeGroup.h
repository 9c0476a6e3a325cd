#pragma once

#include "core/common/EnumTable.h"

// The age groups of humanitarian reporting (0–4, 5–11, 12–17, 18–59, 60+), the same codes
// the statistics count by.
enum class AgeGroup
{
    Under5,
    From5To11,
    From12To17,
    From18To59,
    From60,
    Unknown
};

const EnumTable<AgeGroup>& ageGroupCodes();
// The group of a person of this many whole years (negative: unknown).
AgeGroup ageGroupOf(int years);
bool isAdult(AgeGroup group);
