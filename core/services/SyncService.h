#pragma once

#include "core/common/Result.h"
#include "core/security/UserSession.h"
#include "core/sync/PackageApplier.h"

#include <QCoreApplication>
#include <QString>

class Clock;
class Database;

// Sending and receiving packages between a field post and its office (issue 20). A package
// holds everything changed since the last change the receiver confirmed (until confirmations
// travel back, everything: applying it again changes nothing), numbered in the sender's
// series; the receiver applies it in one transaction, or refuses it whole — altered, cut
// short, from an unknown site, for another site, or older than one already applied — and
// then nothing in the database changed.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    struct Sent
    {
        QString to;
        quint64 number = 0;
        int records = 0;
        int removed = 0;
    };
    struct Received
    {
        QString from;
        quint64 number = 0;
        PackageApplier::Summary summary;
    };

    SyncService(const Database& db, const Clock& clock, const UserSession& session);

    Result<Sent> send(const QString& toCode, const QString& path);
    Result<Received> receive(const QString& path);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
