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

Status Transaction::start(const QString& statement, const QString& action)
{
    for (int attempt = 0;; ++attempt) {
        if (Status s = m_db.ensureConnected(); !s)
            return s;
        QSqlQuery q(m_db.connection());
        if (q.exec(statement))
            break;
        const Error e = m_db.failed(q.lastError(), action);
        // Nothing was written yet: a connection found lost is opened again, once.
        if (attempt > 0 || !isConnectionLoss(q.lastError()))
            return e;
    }
    m_active = true;
    return {};
}

Status Transaction::begin()
{
    return start(m_db.dialect().beginWrite(), tr("start writing to the database"));
}

Status Transaction::beginRead()
{
    return start(m_db.dialect().beginRead(), tr("read the database"));
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(Error::Code::Storage,
                     tr("Nothing to commit: the transaction was not started."));
    if (Status s = m_db.sendWaitingRows(); !s) {
        rollback();
        return s;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = m_db.failed(q.lastError(), tr("save the changes"));
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
    m_db.discardWaitingRows();
    QSqlQuery q(m_db.connection());
    // A failed rollback means SQLite already rolled back (for example after SQLITE_FULL).
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
