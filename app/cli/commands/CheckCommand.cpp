#include "app/cli/commands/CheckCommand.h"

#include "app/cli/CliContext.h"
#include "core/storage/Database.h"

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("check the whole database file and show its schema version");
}

void CheckCommand::defineOptions(QCommandLineParser&) {}

int CheckCommand::run(CliContext& context)
{
    Database* db = context.database();
    if (!db || !context.session())
        return context.failureCode();
    Result<QStringList> problems = db->integrityProblems();
    if (!problems)
        return context.fail(problems.error());
    context.out() << tr("Database: %1").arg(db->path()) << Qt::endl
                  << tr("Schema version: %1 (this Amparo: %2)")
                         .arg(*db->schemaVersion())
                         .arg(Database::latestSchemaVersion())
                  << Qt::endl;
    if (!problems->isEmpty()) {
        context.err() << tr("The database file is damaged:") << Qt::endl;
        for (const QString& p : *problems)
            context.err() << "  " << p << Qt::endl;
        return CliContext::Failure;
    }
    context.out() << tr("Integrity: ok") << Qt::endl;
    return CliContext::Success;
}
