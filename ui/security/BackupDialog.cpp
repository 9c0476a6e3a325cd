#include "ui/security/BackupDialog.h"

#include "core/common/Clock.h"
#include "core/security/PassphrasePolicy.h"
#include "core/services/BackupService.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>

BackupDialog::BackupDialog(const QString& databasePath, const Clock& clock,
                           const UserSession& session, QWidget* parent)
    : TaskDialog(
          tr("Back up the database"),
          tr("The backup is a single encrypted file with everything in this database. Without the "
             "passphrase nobody can read it — and nobody can restore it: keep the passphrase "
             "somewhere safe, apart from the backup. Keep backups away from this computer, for "
             "example on a USB stick in a locked place."),
          tr("Make the backup"), QStringLiteral("backup"), parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_session(session)
{
    m_file = addFileRow(tr("Backup file"), QStringLiteral("backupFileEdit"),
                        [this](const QString& current) {
                            return FileDialog::saveFileName(this, tr("Save the backup as"), current,
                                                            tr("Amparo backups (*.amparobackup)"));
                        });
    m_file->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("amparo-%1.amparobackup")
                                      .arg(clock.today().toString(QStringLiteral("yyyy-MM-dd")))));
    m_passphrase =
        addPassphraseRow(tr("Backup passphrase"), QStringLiteral("backupPassphraseEdit"));
    m_repeat = addPassphraseRow(tr("Again"), QStringLiteral("backupRepeatEdit"));
}

void BackupDialog::accept()
{
    if (isRunning())
        return;
    if (m_passphrase->text() != m_repeat->text())
        return showError(tr("The two passphrases are not the same."));
    if (const QList<FieldError> weak = PassphrasePolicy::check(m_passphrase->text());
        !weak.isEmpty())
        return showError(weak.constFirst().message);
    if (m_file->text().trimmed().isEmpty())
        return showError(tr("Choose where to save the backup."));
    showError({});
    setRunning(true);
    const QString file = m_file->text().trimmed();
    const QString passphrase = m_passphrase->text();
    const UserSession session = m_session;
    const Clock& clock = m_clock;
    BackgroundTask::run(
        this, m_databasePath, m_clock,
        [file, passphrase, session, &clock](Database* db) {
            return BackupService(*db, clock, session).createBackup(file, passphrase);
        },
        [this, file](const Status& result) {
            setRunning(false);
            if (!result)
                return showError(result.error().message());
            emit backupMade(file);
            QDialog::accept();
        });
}
