#pragma once

#include "core/common/EnumTable.h"

// How a member of a family group is related to the case's principal person.
enum class Relationship
{
    Principal,
    Spouse,
    Child,
    Parent,
    Sibling,
    Grandparent,
    Grandchild,
    OtherRelative,
    NonRelative
};

// Database codes and labels of Relationship.
const EnumTable<Relationship>& relationshipCodes();

// The relationship seen from the other side: a parent's child is the child's parent.
Relationship inverse(Relationship relationship);
