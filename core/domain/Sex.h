#pragma once

#include "core/common/EnumTable.h"

// Sex as recorded at registration; "unknown" when it was not asked or not given.
enum class Sex
{
    Female,
    Male,
    Other,
    Unknown
};

// Database codes and labels of Sex.
const EnumTable<Sex>& sexCodes();
