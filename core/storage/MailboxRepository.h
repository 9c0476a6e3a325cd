#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

// The packages waiting on an office's server (issue 20), as its administrators see them:
// the posts' packages for the office, applied and removed in one transaction, and the
// office's answers, left for each post to collect through its mailbox account. A package is
// sealed end to end; nothing here opens one.
class MailboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(MailboxRepository)

public:
    struct Waiting
    {
        qint64 id = 0;
        QString sender;
    };

    explicit MailboxRepository(const Database& db);

    // What waits for `receiver`, oldest first.
    Result<QList<Waiting>> waitingFor(const QString& receiver) const;
    // One waiting package, or nothing when it was collected or replaced since.
    Result<std::optional<QByteArray>> package(qint64 id) const;
    Status remove(qint64 id) const;
    // Leaves a package, replacing what `sender` left for `receiver` that is still waiting:
    // every package holds all the ones before it that were not confirmed.
    Status leave(const QString& sender, const QString& receiver, const QByteArray& package,
                 const QDateTime& now) const;

private:
    const Database& m_db;
};
