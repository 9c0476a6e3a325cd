#include "app/cli/commands/GenerateCommand.h"

#include "app/cli/CliContext.h"
#include "core/security/UserSession.h"
#include "core/services/DemoDataService.h"
#include "core/storage/Database.h"

QString GenerateCommand::name() const
{
    return QStringLiteral("generate");
}

QString GenerateCommand::summary() const
{
    return tr("fill a new, empty database with invented people (administrators)");
}

void GenerateCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("persons"), tr("How many persons (1 to 5,000,000)."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("seed"), tr("The same seed gives the same population."),
         QStringLiteral("S"), QStringLiteral("1")},
    });
}

int GenerateCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    bool ok = false;
    const int persons = p.value(QStringLiteral("persons")).toInt(&ok);
    if (!ok || persons < 1 || persons > 5'000'000)
        return context.usage(tr("--persons must be a number from 1 to 5,000,000."));
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return context.usage(tr("--seed must be a whole number."));
    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    const auto report = DemoDataService(*db, context.clock(), *session)
                            .generate(persons, seed, [&context](int done, int total) {
                                context.err()
                                    << tr("%1 of %2 persons").arg(done).arg(total) << Qt::endl;
                                return true;
                            });
    if (!report)
        return context.fail(report.error());
    context.out() << tr("%1 persons in %2 cases, %3 risk screenings, %4 legal procedures with %5 "
                        "deadlines, %6 case plans with %7 steps, %8 tracing requests (%9 about "
                        "someone registered).")
                         .arg(report->persons)
                         .arg(report->cases)
                         .arg(report->screenings)
                         .arg(report->procedures)
                         .arg(report->deadlines)
                         .arg(report->plans)
                         .arg(report->planSteps)
                         .arg(report->tracingRequests)
                         .arg(report->trueMatches)
                  << Qt::endl;
    return CliContext::Success;
}
