#include "app/cli/commands/RestoreCommand.h"

#include "app/cli/CliContext.h"
#include "core/services/BackupService.h"
#include "core/services/ErasureService.h"
#include "core/storage/Database.h"

namespace {
const char* backupPassphraseVariable = "AMPARO_BACKUP_PASSPHRASE";
}

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return tr(
        "replace the database with a backup, after checking it (--from FILE; administrators)");
}

void RestoreCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"),
                      tr("The backup file. Its passphrase is asked for, or read from %1.")
                          .arg(QLatin1String(backupPassphraseVariable)),
                      QStringLiteral("FILE")});
}

int RestoreCommand::restoreIntoServer(CliContext& context, const Database& server)
{
    // An empty database has nobody to sign in as: the backup's passphrase is the authority.
    const QString passphrase = context.secret(backupPassphraseVariable, tr("Backup passphrase: "));
    if (passphrase.isNull())
        return context.usage(tr("No backup passphrase was given."));
    const QString account = qEnvironmentVariable("USER", QStringLiteral("?"));
    Result<qint64> rows = BackupService::restoreIntoEmptyServer(
        context.parser().value(QStringLiteral("from")), passphrase, server, context.clock(),
        tr("account %1 of this computer").arg(account));
    if (!rows)
        return context.fail(rows.error());
    context.out() << tr("Restored into %1 (rows arrived: %2). Everyone can now connect to it.")
                         .arg(server.path())
                         .arg(*rows)
                  << Qt::endl;
    return CliContext::Success;
}

int RestoreCommand::run(CliContext& context)
{
    if (!context.parser().isSet(QStringLiteral("from")))
        return context.usage(tr("restore needs --from FILE."));
    Database* db = context.database();
    if (db && db->isServer())
        return restoreIntoServer(context, *db);
    const UserSession* session = db ? context.sessionAllowedTo(Permission::RestoreBackup) : nullptr;
    if (!session)
        return context.failureCode();
    const QString passphrase = context.secret(backupPassphraseVariable, tr("Backup passphrase: "));
    if (passphrase.isNull())
        return context.usage(tr("No backup passphrase was given."));
    const QString path = db->path();
    Result<QList<Erasure>> erasures = ErasureService::recorded(*db);
    if (!erasures)
        return context.fail(erasures.error());
    Result<BackupService::PreparedRestore> prepared = BackupService::prepareRestore(
        *session, context.parser().value(QStringLiteral("from")), passphrase, path);
    if (!prepared)
        return context.fail(prepared.error());
    prepared.value().erasures = *erasures;
    // The database must be closed before its file is replaced.
    context.closeDatabase();
    Result<QString> previous = BackupService::completeRestore(*prepared, path, context.clock());
    if (!previous) {
        BackupService::discard(*prepared);
        return context.fail(previous.error());
    }
    Database* restored = context.database();
    if (!restored)
        return context.failureCode();
    if (Status s = BackupService::recordRestore(*restored, context.clock(), session->username,
                                                *prepared, *previous);
        !s)
        return context.fail(s.error());
    context.out() << tr("Restored. The previous database was kept at %1").arg(*previous)
                  << Qt::endl;
    return CliContext::Success;
}
