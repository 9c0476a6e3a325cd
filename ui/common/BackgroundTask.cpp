#include "ui/common/BackgroundTask.h"

#include "core/storage/Database.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

void BackgroundTask::run(QObject* receiver, const QString& databasePath, const Clock& clock,
                         Work work, std::function<void(const Status&)> done)
{
    auto* watcher = new QFutureWatcher<Status>(receiver);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, receiver, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([databasePath, &clock, work]() -> Status {
        if (databasePath.isEmpty())
            return work(nullptr);
        Result<std::unique_ptr<Database>> db = Database::open(databasePath, clock);
        if (!db)
            return db.error();
        return work(db.value().get());
    }));
}
