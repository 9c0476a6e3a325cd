#include "app/cli/commands/AddSiteCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/commands/SiteOptions.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"

namespace {
const SiteOptions siteOptions{QString()};
}

QString AddSiteCommand::name() const
{
    return QStringLiteral("add-site");
}

QString AddSiteCommand::summary() const
{
    return tr("add a site where cases are registered");
}

void AddSiteCommand::defineOptions(QCommandLineParser& parser)
{
    siteOptions.define(parser);
}

int AddSiteCommand::run(CliContext& context)
{
    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    Result<Site> site =
        SiteService(*db, context.clock(), *session).create(siteOptions.read(context.parser()));
    if (!site)
        return context.fail(site.error());
    context.out() << site->code << Qt::endl;
    return CliContext::Success;
}
