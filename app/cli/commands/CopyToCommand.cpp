#include "app/cli/commands/CopyToCommand.h"

#include "app/cli/CliContext.h"
#include "core/crypto/RecoveryKey.h"
#include "core/services/DatabaseCopier.h"
#include "core/services/DatabaseKeys.h"
#include "core/storage/Database.h"

#include <QFileInfo>

#include <optional>

QString CopyToCommand::name() const
{
    return QStringLiteral("copy-to");
}

QString CopyToCommand::summary() const
{
    return tr("copy the whole database into an empty one, such as the office's server "
              "(LOCATION; administrators)");
}

void CopyToCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("location"),
        tr("The empty database to fill: postgresql://server[:port]/database, or a file."));
    parser.addOptions({
        {QStringLiteral("no-encryption"),
         tr("Leave a new database file unencrypted: only where its disk is encrypted already.")},
        {QStringLiteral("recovery-key-out"),
         tr("Write a new encrypted file's recovery key to this file instead of printing it."),
         QStringLiteral("FILE")},
    });
}

int CopyToCommand::run(CliContext& context)
{
    const QStringList positional = context.parser().positionalArguments();
    if (positional.size() != 1)
        return context.usage(tr("copy-to needs the location of the database to fill, for "
                                "example postgresql://server/amparo."));
    Database* db = context.database();
    // Moving every record elsewhere is an administrator's act, as a restore is.
    if (!db || !context.sessionAllowedTo(Permission::RestoreBackup))
        return context.failureCode();
    // A new file is encrypted, like any new database, with a key of its own.
    const QString location = positional.at(0);
    const QFileInfo file(location);
    std::optional<RecoveryKey> recovery;
    if (!Database::isServerLocation(location) && (!file.exists() || file.size() == 0) &&
        !DatabaseKeys::isEncrypted(location) &&
        !context.parser().isSet(QStringLiteral("no-encryption"))) {
        Result<RecoveryKey> made = DatabaseKeys::create(location);
        if (!made)
            return context.fail(made.error());
        recovery = std::move(made).value();
    }
    Result<std::unique_ptr<Database>> target = Database::open(location, context.clock());
    if (!target)
        return context.fail(target.error());
    int shown = -1;
    Result<DatabaseCopier::Report> report =
        DatabaseCopier(*db, **target).copy([&context, &shown](int perMille) {
            if (perMille / 100 != shown) {
                shown = perMille / 100;
                context.err() << tr("Copying… %1%").arg(shown * 10) << Qt::endl;
            }
            return true;
        });
    if (!report)
        return context.fail(report.error());
    for (auto it = report->rows.cbegin(); it != report->rows.cend(); ++it) {
        if (it.value() > 0)
            context.out() << QStringLiteral("  %1 %2").arg(it.key(), -28).arg(it.value())
                          << Qt::endl;
    }
    context.out() << tr("Copied %1 rows into %2; every table counted on both sides, and the "
                        "audit trail (%3 entries) verified on arrival.")
                         .arg(report->totalRows())
                         .arg((*target)->path())
                         .arg(report->auditEntries)
                  << Qt::endl;
    if (recovery) {
        // Its users open the copy with the passphrases they have.
        if (Status s = DatabaseKeys::slotsFromUsers(**target); !s)
            return context.fail(s.error());
        if (Status s = context.handOverRecoveryKey(*recovery, (*target)->path(), true); !s)
            return context.fail(s.error());
    }
    return CliContext::Success;
}
