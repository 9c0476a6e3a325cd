#include "core/storage/SqliteLibrary.h"

#include <sqlite3.h>

#include <mutex>

void SqliteLibrary::prepare()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}
