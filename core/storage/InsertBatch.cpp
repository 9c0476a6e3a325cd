#include "core/storage/InsertBatch.h"

#include "core/storage/Database.h"

InsertBatch::InsertBatch(const Database& db)
    : m_db(db)
{
}

InsertBatch::~InsertBatch()
{
    if (m_active)
        m_db.endInsertBatch();
}

Status InsertBatch::begin()
{
    if (Status s = m_db.beginInsertBatch(); !s)
        return s;
    m_active = true;
    return {};
}
