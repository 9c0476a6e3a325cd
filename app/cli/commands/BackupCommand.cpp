#include "app/cli/commands/BackupCommand.h"

#include "app/cli/CliContext.h"
#include "core/services/BackupService.h"
#include "core/storage/Database.h"

namespace {
const char* backupPassphraseVariable = "AMPARO_BACKUP_PASSPHRASE";
}

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return tr("write an encrypted backup of the whole database (--to FILE)");
}

void BackupCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("to"),
         tr("The backup file to write. Its passphrase is asked for twice, or read from %1.")
             .arg(QLatin1String(backupPassphraseVariable)),
         QStringLiteral("FILE")});
}

int BackupCommand::run(CliContext& context)
{
    if (!context.parser().isSet(QStringLiteral("to")))
        return context.usage(tr("backup needs --to FILE."));
    Database* db = context.database();
    const UserSession* session = db ? context.sessionAllowedTo(Permission::MakeBackup) : nullptr;
    if (!session)
        return context.failureCode();
    const QString passphrase =
        context.secret(backupPassphraseVariable, tr("Backup passphrase: "), true);
    if (passphrase.isNull())
        return context.usage(tr("No backup passphrase was given."));
    const QString file = context.parser().value(QStringLiteral("to"));
    if (Status s = BackupService(*db, context.clock(), *session).createBackup(file, passphrase); !s)
        return context.fail(s.error());
    context.out() << tr("Backup written to %1").arg(file) << Qt::endl;
    return CliContext::Success;
}
