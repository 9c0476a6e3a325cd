#pragma once

#include "core/common/EnumTable.h"

// What a user does in the organisation, which decides what they may see and do
// (see AccessPolicy).
enum class Role
{
    Administrator,
    LegalStaff,
    Volunteer,
    Coordinator
};

// Database codes and labels of Role.
const EnumTable<Role>& roleCodes();
