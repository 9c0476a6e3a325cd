#include "app/cli/commands/DeadlinesCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/commands/OutputFormat.h"
#include "core/common/Clock.h"
#include "core/common/CsvWriter.h"
#include "core/services/DeadlineService.h"
#include "core/services/ProcedureService.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QStringList formats{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};
}

QString DeadlinesCommand::name() const
{
    return QStringLiteral("deadlines");
}

QString DeadlinesCommand::summary() const
{
    return tr("list open deadlines, soonest first (for a daily reminder)");
}

void DeadlinesCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("overdue"), tr("Only the deadlines already missed.")},
        {QStringLiteral("within"),
         tr("Only those due in the next DAYS days, with those already missed."),
         QStringLiteral("DAYS")},
        {QStringLiteral("mine"), tr("Only those the signed-in user is responsible for.")},
    });
    OutputFormat::define(parser, formats);
}

int DeadlinesCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QDate today = context.clock().today();
    QDate until;
    if (p.isSet(QStringLiteral("overdue")))
        until = today.addDays(-1);
    if (p.isSet(QStringLiteral("within"))) {
        bool ok = false;
        const int days = p.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || days < 0 || days > 3660)
            return context.usage(tr("--within must be a number of days from 0 to 3660."));
        if (p.isSet(QStringLiteral("overdue")))
            return context.usage(tr("Use either --overdue or --within, not both."));
        until = today.addDays(days);
    }
    const auto format = OutputFormat::read(p, formats);
    if (!format)
        return context.usage(tr("--format must be text, csv or json."));

    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    Result<QList<DeadlineRow>> rows = DeadlineService(*db, context.clock(), *session)
                                          .open(p.isSet(QStringLiteral("mine")), until);
    if (!rows)
        return context.fail(rows.error());

    struct Line
    {
        QString due, bucket, caseNumber, person, procedure, what, responsible;
        qint64 days;
    };
    QList<Line> lines;
    for (const DeadlineRow& r : *rows) {
        const Deadline& d = r.deadline;
        lines.append(
            {d.dueOn.toString(Qt::ISODate),
             DeadlineService::bucketCode(DeadlineService::bucketOf(d, today)), r.caseNumber,
             r.personName,
             r.procedureType.isEmpty() ? QString() : ProcedureRules::typeName(r.procedureType),
             d.what, d.responsible, today.daysTo(d.dueOn)});
    }

    if (*format == OutputFormat::Json) {
        QJsonArray array;
        for (const Line& l : lines) {
            array.append(QJsonObject{{QStringLiteral("due"), l.due},
                                     {QStringLiteral("daysLeft"), l.days},
                                     {QStringLiteral("when"), l.bucket},
                                     {QStringLiteral("case"), l.caseNumber},
                                     {QStringLiteral("person"), l.person},
                                     {QStringLiteral("procedure"), l.procedure},
                                     {QStringLiteral("what"), l.what},
                                     {QStringLiteral("responsible"), l.responsible}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return CliContext::Success;
    }
    if (*format == OutputFormat::Csv) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(buffer);
        csv.writeRow({QStringLiteral("due"), QStringLiteral("days_left"), QStringLiteral("when"),
                      QStringLiteral("case"), QStringLiteral("person"), QStringLiteral("procedure"),
                      QStringLiteral("what"), QStringLiteral("responsible")});
        for (const Line& l : lines)
            csv.writeRow({l.due, QString::number(l.days), l.bucket, l.caseNumber, l.person,
                          l.procedure, l.what, l.responsible});
        context.out() << QString::fromUtf8(buffer.data());
        context.out().flush();
        return CliContext::Success;
    }
    if (lines.isEmpty()) {
        context.out() << tr("No open deadlines.") << Qt::endl;
        return CliContext::Success;
    }
    for (const Line& l : lines) {
        const QDate due = QDate::fromString(l.due, Qt::ISODate);
        context.out() << l.due << "  " << DeadlineService::whenText(due, today) << "  "
                      << l.caseNumber;
        if (!l.person.isEmpty())
            context.out() << " · " << l.person;
        context.out() << "  " << l.what;
        if (!l.procedure.isEmpty())
            context.out() << " [" << l.procedure << "]";
        if (!l.responsible.isEmpty())
            context.out() << "  (" << l.responsible << ")";
        context.out() << '\n';
    }
    context.out().flush();
    return CliContext::Success;
}
