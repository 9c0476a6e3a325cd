#pragma once

#include "core/common/Result.h"

#include <QObject>

#include <functional>

class Clock;
class Database;

// Runs long work (a backup, a restore check) off the GUI thread, on a database connection
// of its own (a connection belongs to the thread that opened it), and reports back on the
// GUI thread. If the receiver is gone by then, nothing is called.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(Database* db)>;

    // `databasePath` empty: the work needs no database.
    static void run(QObject* receiver, const QString& databasePath, const Clock& clock, Work work,
                    std::function<void(const Status&)> done);
};
