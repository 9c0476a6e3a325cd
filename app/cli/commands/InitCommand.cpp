#include "app/cli/commands/InitCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/commands/SiteOptions.h"
#include "core/services/AuthService.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"

namespace {
const SiteOptions siteOptions(QStringLiteral("site-"));
}

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("create the database, its administrator and optionally the first site");
}

void InitCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("admin"),
         tr("Create the first administrator with this user name (only on a database without "
            "users; the passphrase is asked for twice, or read from %1).")
             .arg(QLatin1String(CliContext::PassphraseVariable)),
         QStringLiteral("NAME")},
        {QStringLiteral("admin-name"), tr("The administrator's full name."),
         QStringLiteral("TEXT")},
    });
    siteOptions.define(parser);
}

int InitCommand::run(CliContext& context)
{
    Database* db = context.database();
    if (!db)
        return context.failureCode();
    const QCommandLineParser& p = context.parser();
    if (p.isSet(QStringLiteral("admin"))) {
        const QString username = p.value(QStringLiteral("admin")).trimmed();
        const QString passphrase = context.secret(
            CliContext::PassphraseVariable, tr("New passphrase for %1: ").arg(username), true);
        if (passphrase.isNull())
            return context.usage(tr("No passphrase was given for the administrator."));
        const QString displayName = p.isSet(QStringLiteral("admin-name"))
                                        ? p.value(QStringLiteral("admin-name"))
                                        : username;
        Result<UserSession> admin =
            AuthService(*db, context.clock())
                .createFirstAdministrator(username, displayName, passphrase);
        if (!admin)
            return context.fail(admin.error());
        context.setSession(*admin);
        context.out() << tr("Administrator %1 created.").arg(admin->username) << Qt::endl;
    }
    if (siteOptions.isSet(p)) {
        const UserSession* session = context.session();
        if (!session)
            return context.failureCode();
        Result<Site> site = SiteService(*db, context.clock(), *session).create(siteOptions.read(p));
        if (!site)
            return context.fail(site.error());
    }
    context.out() << tr("Database ready: %1 (schema %2)").arg(db->path()).arg(*db->schemaVersion())
                  << Qt::endl;
    return CliContext::Success;
}
