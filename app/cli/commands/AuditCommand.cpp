#include "app/cli/commands/AuditCommand.h"

#include "app/cli/CliContext.h"
#include "core/common/Clock.h"
#include "core/domain/PartialDate.h"
#include "core/services/AuditService.h"
#include "core/storage/Database.h"

#include <QFile>

QString AuditCommand::name() const
{
    return QStringLiteral("audit");
}

QString AuditCommand::summary() const
{
    return tr("verify, list or export the audit trail (administrators)");
}

void AuditCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("verify, list or export."));
    parser.addOptions({
        {QStringLiteral("for-user"), tr("Only what this user did."), QStringLiteral("NAME")},
        {QStringLiteral("action"),
         tr("Only this kind of action (sign_in, case, case.open, user, backup…)."),
         QStringLiteral("ACTION")},
        {QStringLiteral("record"),
         tr("Only entries about this record (a case number, a user name)."),
         QStringLiteral("RECORD")},
        {QStringLiteral("from"), tr("From this date (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("to"), tr("Up to this date (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("limit"), tr("list: at most this many entries."), QStringLiteral("N"),
         QStringLiteral("100")},
        {QStringLiteral("out"), tr("export: the CSV file to write."), QStringLiteral("FILE")},
    });
}

int AuditCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QString action = p.positionalArguments().value(0);
    if (action != QLatin1String("verify") && action != QLatin1String("list") &&
        action != QLatin1String("export"))
        return context.usage(tr("audit needs an action: verify, list or export."));
    AuditFilter filter;
    filter.username = p.value(QStringLiteral("for-user"));
    filter.action = p.value(QStringLiteral("action"));
    filter.record = p.value(QStringLiteral("record"));
    for (const char* bound : {"from", "to"}) {
        if (!p.isSet(QLatin1String(bound)))
            continue;
        const auto d = PartialDate::parse(p.value(QLatin1String(bound)), context.clock().today());
        if (!d || d->precision() != PartialDate::Precision::Exact)
            return context.usage(
                tr("--%1 must be a date like 2026-05-31.").arg(QLatin1String(bound)));
        (qstrcmp(bound, "from") == 0 ? filter.from : filter.to) = d->date();
    }
    if (action == QLatin1String("export") && !p.isSet(QStringLiteral("out")))
        return context.usage(tr("audit export needs --out FILE."));

    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    AuditService audit(*db, context.clock(), *session);

    if (action == QLatin1String("verify")) {
        Result<AuditVerifier::Report> report = audit.verify();
        if (!report)
            return context.fail(report.error());
        Result<QList<AuditService::SiteReport>> sites = audit.verifySites();
        if (!sites)
            return context.fail(sites.error());
        bool intact = report->intact();
        if (intact)
            context.out() << tr("The audit trail is intact: %1 entries. Newest hash: %2")
                                 .arg(report->entries)
                                 .arg(report->headHash)
                          << (report->emptied > 0 ? u' ' + report->emptiedText() : QString())
                          << Qt::endl;
        else
            context.err() << tr("The audit trail was tampered with:") << Qt::endl;
        for (const AuditVerifier::Problem& problem : report->problems)
            context.err() << "  " << problem.description << Qt::endl;
        // At an office: the trail each post sent.
        for (const AuditService::SiteReport& site : std::as_const(*sites)) {
            if (site.report.intact()) {
                context.out() << tr("The audit trail of %1 is intact: %2 entries. Newest hash: %3")
                                     .arg(site.site)
                                     .arg(site.report.entries)
                                     .arg(site.report.headHash)
                              << Qt::endl;
                continue;
            }
            intact = false;
            context.err() << tr("The audit trail of %1 was tampered with:").arg(site.site)
                          << Qt::endl;
            for (const AuditVerifier::Problem& problem : site.report.problems)
                context.err() << "  " << problem.description << Qt::endl;
        }
        return intact ? CliContext::Success : CliContext::Failure;
    }
    if (action == QLatin1String("list")) {
        const int limit = p.value(QStringLiteral("limit")).toInt();
        Result<QList<AuditEntry>> entries = audit.entries(filter, 0, limit > 0 ? limit : 100);
        if (!entries)
            return context.fail(entries.error());
        for (const AuditEntry& e : *entries) {
            context.out() << e.id << '\t' << e.at.toUTC().toString(Qt::ISODate) << '\t'
                          << e.username << '\t' << e.event.action << '\t' << e.event.recordLabel
                          << '\t'
                          << AuditService::describeChanges(e).replace(QLatin1Char('\n'),
                                                                      QStringLiteral("; "))
                          << '\n';
        }
        context.out().flush();
        return CliContext::Success;
    }
    QFile out(p.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return context.fail(Error(
            Error::Code::Io, tr("Could not write %1: %2").arg(out.fileName(), out.errorString())));
    Result<int> written = audit.exportCsv(filter, out);
    out.close();
    if (!written) {
        out.remove();
        return context.fail(written.error());
    }
    context.out() << tr("%1 entries written to %2").arg(*written).arg(out.fileName()) << Qt::endl;
    return CliContext::Success;
}
