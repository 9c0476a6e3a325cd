#include "core/storage/Transaction.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const Database& db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(m_db.dialect().beginWrite()))
        return storageError(q.lastError(), tr("start writing to the database"));
    m_active = true;
    return {};
}

Status Transaction::beginRead()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(m_db.dialect().beginRead()))
        return storageError(q.lastError(), tr("read the database"));
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(Error::Code::Storage,
                     tr("Nothing to commit: the transaction was not started."));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = storageError(q.lastError(), tr("save the changes"));
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    // A failed rollback means SQLite already rolled back (for example after SQLITE_FULL).
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
