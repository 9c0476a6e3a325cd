#pragma once

#include "core/services/SyncService.h"

#include <QCoreApplication>
#include <QStringList>

// What a package, or an exchange through the office's server, did: the sentences the window
// and the command line show alike.
class SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)

public:
    static QStringList ofReceived(const SyncService::Received& received);
    static QStringList ofExchange(const SyncService::Exchanged& exchanged);
};
