#include "core/domain/Relationship.h"

const EnumTable<Relationship>& relationshipCodes()
{
    static const EnumTable<Relationship> table(
        "Relationship",
        {
            {Relationship::Principal, "principal", QT_TRANSLATE_NOOP("Relationship", "Principal")},
            {Relationship::Spouse, "spouse",
             QT_TRANSLATE_NOOP("Relationship", "Spouse or partner")},
            {Relationship::Child, "child", QT_TRANSLATE_NOOP("Relationship", "Child")},
            {Relationship::Parent, "parent", QT_TRANSLATE_NOOP("Relationship", "Parent")},
            {Relationship::Sibling, "sibling", QT_TRANSLATE_NOOP("Relationship", "Sibling")},
            {Relationship::Grandparent, "grandparent",
             QT_TRANSLATE_NOOP("Relationship", "Grandparent")},
            {Relationship::Grandchild, "grandchild",
             QT_TRANSLATE_NOOP("Relationship", "Grandchild")},
            {Relationship::OtherRelative, "other_relative",
             QT_TRANSLATE_NOOP("Relationship", "Other relative")},
            {Relationship::NonRelative, "non_relative",
             QT_TRANSLATE_NOOP("Relationship", "Not related")},
        });
    return table;
}

Relationship inverse(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Child:
        return Relationship::Parent;
    case Relationship::Parent:
        return Relationship::Child;
    case Relationship::Grandchild:
        return Relationship::Grandparent;
    case Relationship::Grandparent:
        return Relationship::Grandchild;
    case Relationship::Principal:
    case Relationship::Spouse:
    case Relationship::Sibling:
    case Relationship::OtherRelative:
    case Relationship::NonRelative:
        break;
    }
    return relationship;
}
