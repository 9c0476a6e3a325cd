#include "app/cli/commands/CopyToCommand.h"

#include "app/cli/CliContext.h"
#include "core/services/DatabaseCopier.h"
#include "core/storage/Database.h"

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
    Result<std::unique_ptr<Database>> target = Database::open(positional.at(0), context.clock());
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
    return CliContext::Success;
}
