#include "app/cli/commands/SyncCommand.h"

#include "app/cli/CliContext.h"
#include "core/services/SyncReport.h"
#include "core/services/SyncReviewService.h"
#include "core/services/SyncService.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("field posts and their office: site cards, registered sites, sending and "
              "receiving packages as files or through the office's server (administrators); the "
              "review list (legal staff too)");
}

void SyncCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("become-site, card, add-site, sites, send, receive, "
                                    "office-server, exchange, reviews, keep or take."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("add-site: the other site's card; receive: the package; office-server: the office's "
           "server location (none: files only); keep, take: the number reviews shows."));
    parser.addOptions({
        {QStringLiteral("site"), tr("become-site: this database's site code (CUC, PASTO-2…)."),
         QStringLiteral("CODE")},
        {QStringLiteral("as"), tr("become-site: office or post."), QStringLiteral("ROLE")},
        {QStringLiteral("out"),
         tr("become-site, card: write this site's card to FILE; send: write the package to "
            "FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("to"), tr("send: the registered site the package is for."),
         QStringLiteral("CODE")},
    });
}

int SyncCommand::run(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{
        QStringLiteral("become-site"),   QStringLiteral("card"),     QStringLiteral("add-site"),
        QStringLiteral("sites"),         QStringLiteral("send"),     QStringLiteral("receive"),
        QStringLiteral("office-server"), QStringLiteral("exchange"), QStringLiteral("reviews"),
        QStringLiteral("keep"),          QStringLiteral("take")};
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
    if (action == QLatin1String("receive") && args.size() < 2)
        return context.usage(tr("receive needs the package file."));
    if (action == QLatin1String("send") &&
        (!p.isSet(QStringLiteral("to")) || !p.isSet(QStringLiteral("out"))))
        return context.usage(tr("send needs --to CODE and --out FILE."));
    const bool reviewing = action == QLatin1String("reviews") || action == QLatin1String("keep") ||
                           action == QLatin1String("take");
    bool isNumber = false;
    const qint64 reviewId = args.value(1).toLongLong(&isNumber);
    if ((action == QLatin1String("keep") || action == QLatin1String("take")) && !isNumber)
        return context.usage(tr("%1 needs the number the review list shows.").arg(action));
    Database* db = context.database();
    const UserSession* session =
        db ? context.sessionAllowedTo(reviewing ? Permission::EditCase : Permission::ManageSites)
           : nullptr;
    if (!session)
        return context.failureCode();
    if (reviewing)
        return review(context, *db, *session, action, reviewId);
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
    if (action == QLatin1String("send")) {
        Result<SyncService::Sent> sent =
            SyncService(*db, context.clock(), *session)
                .send(p.value(QStringLiteral("to")), p.value(QStringLiteral("out")));
        if (!sent)
            return context.fail(sent.error());
        context.out() << tr("Package %1 for %2 written to %3: %n record(s), %4 removal(s). It "
                            "opens only with %2's keys.",
                            nullptr, sent->records)
                             .arg(sent->number)
                             .arg(sent->to, p.value(QStringLiteral("out")))
                             .arg(sent->removed)
                      << Qt::endl;
        return CliContext::Success;
    }
    if (action == QLatin1String("receive")) {
        Result<SyncService::Received> received =
            SyncService(*db, context.clock(), *session).receive(args[1]);
        if (!received)
            return context.fail(received.error());
        for (const QString& line : SyncReport::ofReceived(*received))
            context.out() << line << Qt::endl;
        return CliContext::Success;
    }
    if (action == QLatin1String("office-server")) {
        if (args.size() >= 2) {
            const QString location =
                args[1] == QLatin1String("none") ? QString() : args[1].trimmed();
            if (Status s = setup.setOfficeServer(location); !s)
                return context.fail(s.error());
        }
        Result<QString> location = setup.officeServer();
        if (!location)
            return context.fail(location.error());
        context.out() << (location->isEmpty() ? tr("No office server: packages travel as files.")
                                              : tr("The office's server: %1").arg(*location))
                      << Qt::endl;
        return CliContext::Success;
    }
    if (action == QLatin1String("exchange")) {
        Result<SyncService::Exchanged> exchanged =
            SyncService(*db, context.clock(), *session).exchange();
        if (!exchanged)
            return context.fail(exchanged.error());
        for (const QString& line : SyncReport::ofExchange(*exchanged))
            context.out() << line << Qt::endl;
        // Something was left undone: a script running this on a timer must notice.
        return exchanged->refused.isEmpty() && exchanged->notSent.isEmpty()
                   ? int(CliContext::Success)
                   : int(CliContext::Failure);
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

int SyncCommand::review(CliContext& context, const Database& db, const UserSession& session,
                        const QString& action, qint64 reviewId)
{
    SyncReviewService reviews(db, context.clock(), session);
    if (action == QLatin1String("reviews")) {
        Result<QList<SyncReview>> waiting = reviews.waiting();
        if (!waiting)
            return context.fail(waiting.error());
        if (waiting->isEmpty())
            context.out() << tr("Nothing waits for review.") << Qt::endl;
        for (const SyncReview& r : std::as_const(*waiting)) {
            context.out() << r.id << '\t' << SyncReviewService::kindLabel(r.kind) << '\t' << r.label
                          << '\t' << r.sender << Qt::endl;
            if (r.removedThere)
                context.out() << "  " << tr("%1 removed it.").arg(r.sender) << Qt::endl;
            for (const SyncReviewField& f : r.differences)
                context.out() << "  " << f.label << ": " << f.here << " | " << f.there << Qt::endl;
        }
        return CliContext::Success;
    }
    const Status done =
        action == QLatin1String("keep") ? reviews.keepOurs(reviewId) : reviews.takeTheirs(reviewId);
    if (!done)
        return context.fail(done.error());
    context.out() << (action == QLatin1String("keep")
                          ? tr("This database's version stays; it reaches the other site with "
                               "the next package.")
                          : tr("The other site's version was applied."))
                  << Qt::endl;
    return CliContext::Success;
}
