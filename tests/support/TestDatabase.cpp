#include "TestDatabase.h"

TestDatabase::TestDatabase()
{
    reopen();
}

bool TestDatabase::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(path(), m_clock);
    if (!opened) {
        m_error = opened.error().message();
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}
