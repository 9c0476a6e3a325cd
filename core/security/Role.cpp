#include "core/security/Role.h"

const EnumTable<Role>& roleCodes()
{
    static const EnumTable<Role> table(
        "Role",
        {
            {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Role", "Administrator")},
            {Role::LegalStaff, "legal_staff", QT_TRANSLATE_NOOP("Role", "Legal staff")},
            {Role::Volunteer, "volunteer", QT_TRANSLATE_NOOP("Role", "Volunteer")},
            {Role::Coordinator, "coordinator", QT_TRANSLATE_NOOP("Role", "Coordinator")},
        });
    return table;
}
