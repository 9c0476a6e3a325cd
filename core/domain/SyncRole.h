#pragma once

#include "core/common/EnumTable.h"

// What a database is in the exchange of packages (issue 20): the office every post sends to,
// or a field post.
enum class SyncRole
{
    Office,
    Post
};

// Database codes and labels of SyncRole.
const EnumTable<SyncRole>& syncRoleCodes();
