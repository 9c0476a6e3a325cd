#include "app/cli/commands/ShowCommand.h"

#include "app/cli/CaseFormatter.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/OutputFormat.h"
#include "core/common/Clock.h"
#include "core/services/CaseService.h"
#include "core/services/ScreeningService.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};
}

QString ShowCommand::name() const
{
    return QStringLiteral("show");
}

QString ShowCommand::summary() const
{
    return tr("show one case with its family group, consent and notes");
}

void ShowCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("CASE"),
                                 tr("The case number, e.g. CUC-2026-00042."));
    OutputFormat::define(parser, formats);
}

int ShowCommand::run(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 1)
        return context.usage(tr("show needs one case number."));
    const auto format = OutputFormat::read(context.parser(), formats);
    if (!format)
        return context.usage(tr("--format must be text or json."));
    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    Result<CaseRecord> record =
        CaseService(*db, context.clock(), *session).openByNumber(args.constFirst());
    if (!record)
        return context.fail(record.error());
    const QDate today = context.clock().today();
    // Risk details for those who may see them; for others only whether the case needs attention.
    ScreeningService screenings(*db, context.clock(), *session);
    Result<QHash<qint64, Screening>> risk = screenings.current(record->id);
    Result<bool> attention = screenings.needsAttention(record->id);
    if (*format == OutputFormat::Json) {
        QJsonObject json =
            CaseFormatter::caseJson(*record, today, CaseRedactor::withheldFor(session->role));
        if (risk)
            json.insert(QStringLiteral("risk"), CaseFormatter::riskJson(*record, *risk));
        json.insert(QStringLiteral("needsAttention"), attention && *attention);
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return CliContext::Success;
    }
    context.out() << CaseFormatter::caseText(*record, today,
                                             CaseRedactor::withheldFor(session->role));
    if (risk)
        context.out() << CaseFormatter::riskText(*record, *risk);
    else if (attention && *attention)
        context.out() << '\n'
                      << tr("This case needs attention: speak to staff before any action.") << '\n';
    return CliContext::Success;
}
