#include "InitCommand.h"

#include "CliContext.h"
#include "SiteOptions.h"
#include "services/SiteService.h"
#include "storage/Database.h"

namespace {
const SiteOptions siteOptions(QStringLiteral("site-"));
}

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("create the database (and optionally the first site)");
}

void InitCommand::defineOptions(QCommandLineParser& parser)
{
    siteOptions.define(parser);
}

int InitCommand::run(CliContext& context)
{
    Database* db = context.database();
    if (!db)
        return CliContext::Failure;
    if (siteOptions.isSet(context.parser())) {
        Result<Site> site = SiteService(*db).create(siteOptions.read(context.parser()));
        if (!site)
            return context.fail(site.error());
    }
    context.out() << tr("Database ready: %1 (schema %2)").arg(db->path()).arg(*db->schemaVersion())
                  << Qt::endl;
    return CliContext::Success;
}
