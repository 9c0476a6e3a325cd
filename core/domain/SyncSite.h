#pragma once

#include "core/crypto/SiteCard.h"
#include "core/domain/SyncRole.h"

#include <QDateTime>
#include <QString>

// A site this database exchanges packages with, registered from its card (issue 20).
struct SyncSite
{
    qint64 id = 0;
    SiteCard card;
    SyncRole role = SyncRole::Post;
    quint64 receivedNumber = 0; // the last package applied from it
    quint64 sentNumber = 0;     // the last package made for it
    qint64 sentMark = 0;        // the journal's mark it confirmed having: packages start there
    qint64 auditConfirmed = 0;  // the last of our audit entries it confirmed having
    QDateTime registeredAt;
    QString registeredBy;
};
