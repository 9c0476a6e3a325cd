#include "app/cli/commands/NetworkCommand.h"

#include "app/cli/CliContext.h"
#include "core/common/Translations.h"
#include "core/statistics/CountsPackageService.h"
#include "core/statistics/StatisticsExporter.h"
#include "ui/render/StatisticsFormats.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

QString NetworkCommand::name() const
{
    return QStringLiteral("network");
}

QString NetworkCommand::summary() const
{
    return tr("counts for a network of organisations: send ours to the coordinator, or add up "
              "the organisations' packages into the regional report (coordinators, "
              "administrators)");
}

bool NetworkCommand::needsGuiApplication() const
{
    // The PDF report's charts are drawn with Qt Charts, on Qt's graphics scene.
    return true;
}

void NetworkCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("send or report."));
    parser.addPositionalArgument(QStringLiteral("FILES"),
                                 tr("report: the organisations' counts packages."));
    parser.addOptions({
        {QStringLiteral("period"), tr("send: a month (2026-03) or a quarter (2026-Q1)."),
         QStringLiteral("PERIOD")},
        {QStringLiteral("to"),
         tr("send: the coordinator, by its name in the directory of partner organisations."),
         QStringLiteral("NAME")},
        {QStringLiteral("format"), tr("report: pdf, xlsx or csv."), QStringLiteral("FORMAT"),
         QStringLiteral("pdf")},
        {QStringLiteral("language"), tr("report: es, pt_BR or en."), QStringLiteral("LANG")},
        {QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")},
    });
}

int NetworkCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    const QString out = p.value(QStringLiteral("out"));
    if (action != QLatin1String("send") && action != QLatin1String("report"))
        return context.usage(tr("network needs an action: send or report."));
    if (out.isEmpty())
        return context.usage(tr("Say where to write it with --out FILE."));
    const bool sending = action == QLatin1String("send");
    if (sending && (!p.isSet(QStringLiteral("period")) || !p.isSet(QStringLiteral("to"))))
        return context.usage(tr("send needs --period PERIOD and --to NAME."));
    if (!sending && args.size() < 2)
        return context.usage(tr("report needs the organisations' counts packages."));
    const QString format = p.value(QStringLiteral("format"));
    if (!StatisticsFormats::names().contains(format))
        return context.usage(tr("--format must be csv, xlsx or pdf."));
    const QString language = p.value(QStringLiteral("language"));
    if (!language.isEmpty() &&
        !QStringList{QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("en")}.contains(
            language))
        return context.usage(tr("--language must be es, pt_BR or en."));

    Database* db = context.database();
    const UserSession* session = db ? context.sessionAllowedTo(Permission::NetworkCounts) : nullptr;
    if (!session)
        return context.failureCode();
    const CountsPackageService service(*db, context.clock(), *session);
    if (sending) {
        Result<QList<Partner>> coordinators = service.coordinators();
        if (!coordinators)
            return context.fail(coordinators.error());
        const QString to = p.value(QStringLiteral("to"));
        for (const Partner& c : *coordinators) {
            if (c.name.compare(to, Qt::CaseInsensitive) != 0)
                continue;
            if (Status s = service.write(p.value(QStringLiteral("period")), c.id, out); !s)
                return context.fail(s.error());
            context.out() << tr("Wrote %1: only %2 can open it.").arg(out, c.name) << Qt::endl;
            return CliContext::Success;
        }
        return context.fail(Error(Error::Code::NotFound,
                                  tr("No partner organisation called “%1” uses Amparo.").arg(to)));
    }
    QList<CountsPackageService::Received> packages;
    QStringList organisations;
    for (const QString& file : args.mid(1)) {
        Result<CountsPackageService::Received> opened = service.openFile(file);
        if (!opened)
            return context.fail(Error(opened.error().code(),
                                      file + QStringLiteral(": ") + opened.error().message()));
        packages.append(*opened);
        organisations.append(opened->from.name);
    }
    std::optional<LanguageScope> scope;
    if (!language.isEmpty())
        scope.emplace(language);
    Result<StatisticsReport> report = service.consolidate(packages);
    if (!report)
        return context.fail(report.error());
    const QString title = StatisticsReport::titleOf(StatisticsReport::Kind::Advocacy) +
                          QStringLiteral(" · ") + organisations.join(QStringLiteral(", ")) +
                          QStringLiteral(" · ") + report->periodText();
    if (Status s = StatisticsExporter(*db, context.clock(), *session)
                       .exportRegional(*report, organisations, title,
                                       *StatisticsFormats::writer(format), out);
        !s)
        return context.fail(s.error());
    context.out() << tr("Wrote %1: the counts of %2 added up.")
                         .arg(out, organisations.join(QStringLiteral(", ")))
                  << Qt::endl;
    return CliContext::Success;
}
