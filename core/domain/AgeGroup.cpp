#include "core/domain/AgeGroup.h"

const EnumTable<AgeGroup>& ageGroupCodes()
{
    static const EnumTable<AgeGroup> table(
        "AgeGroup",
        {
            {AgeGroup::Under5, "0-4", QT_TRANSLATE_NOOP("AgeGroup", "0–4 years")},
            {AgeGroup::From5To11, "5-11", QT_TRANSLATE_NOOP("AgeGroup", "5–11 years")},
            {AgeGroup::From12To17, "12-17", QT_TRANSLATE_NOOP("AgeGroup", "12–17 years")},
            {AgeGroup::From18To59, "18-59", QT_TRANSLATE_NOOP("AgeGroup", "18–59 years")},
            {AgeGroup::From60, "60+", QT_TRANSLATE_NOOP("AgeGroup", "60 years or more")},
            {AgeGroup::Unknown, "unknown", QT_TRANSLATE_NOOP("AgeGroup", "Age not known")},
        });
    return table;
}

AgeGroup ageGroupOf(int years)
{
    if (years < 0)
        return AgeGroup::Unknown;
    if (years < 5)
        return AgeGroup::Under5;
    if (years < 12)
        return AgeGroup::From5To11;
    if (years < 18)
        return AgeGroup::From12To17;
    return years < 60 ? AgeGroup::From18To59 : AgeGroup::From60;
}

bool isAdult(AgeGroup group)
{
    return group == AgeGroup::From18To59 || group == AgeGroup::From60;
}
