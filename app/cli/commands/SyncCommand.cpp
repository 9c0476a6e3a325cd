#include "app/cli/commands/SyncCommand.h"

#include "app/cli/CliContext.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("field posts and their office: this database's site card, registered sites "
              "(administrators)");
}

void SyncCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("become-site, card, add-site or sites."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("add-site: the other site's card."));
    parser.addOptions({
        {QStringLiteral("site"), tr("become-site: this database's site code (CUC, PASTO-2…)."),
         QStringLiteral("CODE")},
        {QStringLiteral("as"), tr("become-site: office or post."), QStringLiteral("ROLE")},
        {QStringLiteral("out"), tr("become-site, card: write this site's card to FILE."),
         QStringLiteral("FILE")},
    });
}

int SyncCommand::run(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("become-site"), QStringLiteral("card"),
                              QStringLiteral("add-site"), QStringLiteral("sites")};
    if (!actions.contains(action))
        return context.usage(
            tr("sync needs an action: %1.").arg(actions.join(QStringLiteral(", "))));
    const QCommandLineParser& p = context.parser();
    std::optional<SyncRole> role;
    if (action == QLatin1String("become-site")) {
        role = syncRoleCodes().fromCode(p.value(QStringLiteral("as")).trimmed().toLower());
        if (!p.isSet(QStringLiteral("site")) || !role)
            return context.usage(tr("become-site needs --site CODE and --as office or post."));
    }
    if (action == QLatin1String("add-site") && args.size() < 2)
        return context.usage(tr("add-site needs the other site's card file."));
    Database* db = context.database();
    const UserSession* session = db ? context.sessionAllowedTo(Permission::ManageSites) : nullptr;
    if (!session)
        return context.failureCode();
    SyncSetupService setup(*db, context.clock(), *session);

    const auto handOver = [&](const SiteCard& card) {
        if (p.isSet(QStringLiteral("out"))) {
            if (Status s = card.save(p.value(QStringLiteral("out"))); !s)
                return context.fail(s.error());
            context.out() << tr("The card of site %1 was written to %2. Give it to the other "
                                "side's administrator.")
                                 .arg(card.code, p.value(QStringLiteral("out")))
                          << Qt::endl;
        } else {
            context.out() << card.toFile();
        }
        context.out() << tr("Fingerprint: %1 (read it to the other side's administrator, who "
                            "must see the same when registering this card)")
                             .arg(card.fingerprint())
                      << Qt::endl;
        return int(CliContext::Success);
    };

    if (action == QLatin1String("become-site")) {
        Result<SiteCard> card = setup.becomeSite(p.value(QStringLiteral("site")), *role);
        return card ? handOver(*card) : context.fail(card.error());
    }
    if (action == QLatin1String("card")) {
        Result<std::optional<SyncSetupService::Own>> own = setup.own();
        if (!own)
            return context.fail(own.error());
        if (!own->has_value())
            return context.fail(Error(Error::Code::NotFound,
                                      tr("This database is not a site yet: use sync become-site "
                                         "--site CODE --as office|post.")));
        return handOver((*own)->card);
    }
    if (action == QLatin1String("add-site")) {
        Result<QByteArray> file = SiteCard::readFile(args[1]);
        if (!file)
            return context.fail(file.error());
        Result<SyncSite> site = setup.registerSite(*file);
        if (!site)
            return context.fail(site.error());
        context.out() << tr("Registered %1 (%2). Fingerprint: %3 — it must be the one its "
                            "administrator read to you; if not, tell them at once.")
                             .arg(site->card.code, syncRoleCodes().label(site->role),
                                  site->card.fingerprint())
                      << Qt::endl;
        return CliContext::Success;
    }
    Result<QList<SyncSite>> sites = setup.sites();
    if (!sites)
        return context.fail(sites.error());
    for (const SyncSite& s : std::as_const(*sites))
        context.out() << s.card.code << '\t' << syncRoleCodes().code(s.role) << '\t'
                      << s.card.fingerprint() << '\t' << s.receivedNumber << '\t' << s.sentNumber
                      << Qt::endl;
    return CliContext::Success;
}
