#include "core/domain/Sex.h"

const EnumTable<Sex>& sexCodes()
{
    static const EnumTable<Sex> table(
        "Sex", {
                   {Sex::Female, "F", QT_TRANSLATE_NOOP("Sex", "Female")},
                   {Sex::Male, "M", QT_TRANSLATE_NOOP("Sex", "Male")},
                   {Sex::Other, "X", QT_TRANSLATE_NOOP("Sex", "Other / intersex")},
                   {Sex::Unknown, "U", QT_TRANSLATE_NOOP("Sex", "Unknown")},
               });
    return table;
}
