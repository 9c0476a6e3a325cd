#include "ui/security/RestoreDialog.h"

#include "core/services/ErasureService.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileDialog.h"

#include <QLineEdit>

#include <memory>

RestoreDialog::RestoreDialog(const QString& databasePath, const Clock& clock,
                             const UserSession& session, QWidget* parent)
    : TaskDialog(
          tr("Restore from a backup"),
          tr("Restoring replaces everything in this database with the backup. The current "
             "database is not deleted: it is kept next to it, so you can go back. The backup is "
             "checked completely before anything is replaced."),
          tr("Check the backup"), QStringLiteral("restore"), parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_session(session)
{
    m_file =
        addFileRow(tr("Backup file"), QStringLiteral("restoreFileEdit"), [this](const QString&) {
            return FileDialog::openFileName(this, tr("Choose the backup"),
                                            tr("Amparo backups (*.amparobackup);;All files (*)"));
        });
    m_passphrase =
        addPassphraseRow(tr("Backup passphrase"), QStringLiteral("restorePassphraseEdit"));
}

void RestoreDialog::accept()
{
    if (isRunning())
        return;
    const QString file = m_file->text().trimmed();
    if (file.isEmpty())
        return showError(tr("Choose the backup file."));
    showError({});
    setRunning(true);
    auto result = std::make_shared<BackupService::PreparedRestore>();
    const QString passphrase = m_passphrase->text();
    const QString databasePath = m_databasePath;
    const UserSession session = m_session;
    BackgroundTask::run(
        this, databasePath, m_clock,
        [=](Database* db) -> Status {
            // Whoever was erased here is erased again in what the backup brings back.
            Result<QList<Erasure>> erasures = ErasureService::recorded(*db);
            if (!erasures)
                return erasures.error();
            Result<BackupService::PreparedRestore> prepared =
                BackupService::prepareRestore(session, file, passphrase, databasePath);
            if (!prepared)
                return prepared.error();
            *result = *prepared;
            result->erasures = *erasures;
            return {};
        },
        [this, result](const Status& status) {
            setRunning(false);
            m_passphrase->clear();
            if (!status)
                return showError(status.error().message());
            emit prepared(*result);
            QDialog::accept();
        });
}
