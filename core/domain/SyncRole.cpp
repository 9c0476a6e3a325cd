#include "core/domain/SyncRole.h"

const EnumTable<SyncRole>& syncRoleCodes()
{
    static const EnumTable<SyncRole> table(
        "SyncRole", {
                        {SyncRole::Office, "office", QT_TRANSLATE_NOOP("SyncRole", "Office")},
                        {SyncRole::Post, "post", QT_TRANSLATE_NOOP("SyncRole", "Field post")},
                    });
    return table;
}
