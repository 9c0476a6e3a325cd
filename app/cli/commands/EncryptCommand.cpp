#include "app/cli/commands/EncryptCommand.h"

#include "app/cli/CliContext.h"
#include "core/services/DatabaseEncryptor.h"
#include "core/storage/Database.h"

QString EncryptCommand::name() const
{
    return QStringLiteral("encrypt");
}

QString EncryptCommand::summary() const
{
    return tr("encrypt a plaintext database file (administrators)");
}

void EncryptCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("recovery-key-out"),
         tr("Write the recovery key to this file instead of printing it."), QStringLiteral("FILE")},
        {QStringLiteral("new-recovery-key"),
         tr("On an encrypted database: make a new recovery key; the old one stops working.")},
    });
}

int EncryptCommand::run(CliContext& context)
{
    const UserSession* session = context.sessionAllowedTo(Permission::ManageUsers);
    if (!session)
        return context.failureCode();
    Database* db = context.database();
    const QString path = db->path();
    const QCommandLineParser& p = context.parser();
    DatabaseEncryptor encryptor(*db, context.clock(), *session);
    const bool replace = p.isSet(QStringLiteral("new-recovery-key"));
    int shown = -1;
    Result<RecoveryKey> recovery =
        replace ? encryptor.replaceRecoveryKey() : encryptor.prepare([&](int percent) {
            if (percent / 10 != shown / 10) {
                shown = percent;
                context.err() << tr("Encrypting… %1%").arg(percent) << Qt::endl;
            }
            return true;
        });
    if (!recovery)
        return context.fail(recovery.error());
    if (!replace) {
        context.closeDatabase();
        if (Status s = DatabaseEncryptor::finish(path); !s)
            return context.fail(s.error());
    }
    if (Status s = context.handOverRecoveryKey(*recovery, path, true); !s)
        return context.fail(s.error());
    if (!replace)
        context.out() << tr("The plaintext file was overwritten and removed. On an SSD, pieces of "
                            "it may survive on the disk until they are written over.")
                      << Qt::endl;
    return CliContext::Success;
}
