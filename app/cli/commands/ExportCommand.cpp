#include "ExportCommand.h"

#include "CliContext.h"
#include "common/Translations.h"
#include "statistics/AggregateCsvWriter.h"
#include "statistics/AggregateService.h"
#include "statistics/AggregateXlsxWriter.h"
#include "statistics/StatisticsPdfWriter.h"
#include "statistics/StatisticsReport.h"

#include <QFile>

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("anonymized counts from a saved definition, or the monthly report");
}

void ExportCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("definition"), tr("An export definition saved from Amparo (JSON)."),
         QStringLiteral("FILE")},
        {QStringLiteral("report"),
         tr("The standard report for a month (2026-03) or a quarter "
            "(2026-Q1), as PDF."),
         QStringLiteral("PERIOD")},
        {QStringLiteral("site"), tr("With --report: only this site (repeat for several)."),
         QStringLiteral("CODE")},
        {QStringLiteral("format"), tr("csv, xlsx or pdf."), QStringLiteral("FORMAT"),
         QStringLiteral("csv")},
        {QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")},
        {QStringLiteral("language"), tr("Language of a PDF: es, pt_BR or en."),
         QStringLiteral("LANG")},
    });
}

int ExportCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QString format = p.value(QStringLiteral("format"));
    const QString out = p.value(QStringLiteral("out"));
    const bool report = p.isSet(QStringLiteral("report"));
    if (report == p.isSet(QStringLiteral("definition")))
        return context.usage(tr("Give either --definition FILE or --report PERIOD."));
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}.contains(
            format))
        return context.usage(tr("--format must be csv, xlsx or pdf."));
    if (report && format != QLatin1String("pdf"))
        return context.usage(tr("The report is a PDF: use --format pdf."));
    if (out.isEmpty())
        return context.usage(tr("Say where to write it with --out FILE."));
    const QString language = p.value(QStringLiteral("language"));
    if (!language.isEmpty() &&
        !QStringList{QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("en")}.contains(
            language))
        return context.usage(tr("--language must be es, pt_BR or en."));

    AggregateDefinition definition;
    std::optional<std::pair<QString, QString>> months;
    if (report) {
        months = StatisticsReport::periodMonths(p.value(QStringLiteral("report")));
        if (!months)
            return context.usage(tr("Write the period as a month (2026-03) or a quarter "
                                    "(2026-Q1)."));
    } else {
        QFile file(p.value(QStringLiteral("definition")));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                Error(Error::Code::Io,
                      tr("Could not read %1: %2").arg(file.fileName(), file.errorString())));
        Result<AggregateDefinition> read = AggregateDefinition::fromJson(file.read(64 * 1024 + 1));
        if (!read)
            return context.fail(read.error());
        definition = *read;
    }

    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    const AggregateService service(*db, context.clock(), *session);
    std::optional<LanguageScope> scope;
    if (!language.isEmpty())
        scope.emplace(language);

    if (report) {
        const QString period = p.value(QStringLiteral("report"));
        const QStringList sites = p.values(QStringLiteral("site"));
        Result<StatisticsReport> built =
            StatisticsReport::build(service, months->first, months->second, sites);
        if (!built)
            return context.fail(built.error());
        if (Status s = StatisticsPdfWriter::write(
                *built, StatisticsReport::tr("Statistics report · %1").arg(period), out);
            !s)
            return context.fail(s.error());
        if (Status s = service.recordReport(period, sites, format); !s)
            return context.fail(s.error());
        context.out() << tr("Wrote %1.").arg(out) << Qt::endl;
        return CliContext::Success;
    }

    Result<AggregateTable> table = service.compute(definition);
    if (!table)
        return context.fail(table.error());
    Status written;
    if (format == QLatin1String("csv")) {
        written = AggregateCsvWriter::write(*table, out);
    } else if (format == QLatin1String("xlsx")) {
        written = AggregateXlsxWriter::write(*table, out);
    } else {
        StatisticsReport single;
        single.fromMonth = definition.fromMonth;
        single.toMonth = definition.toMonth;
        single.siteCodes = definition.siteCodes;
        StatisticsReport::Section section;
        section.title = definition.title.isEmpty() ? definition.describe() : definition.title;
        section.definition = definition;
        section.chart = definition.dimensions.size() == 2 ? StatisticsReport::Chart::Pyramid
                                                          : StatisticsReport::Chart::Bars;
        section.table = *table;
        single.sections.append(section);
        written = StatisticsPdfWriter::write(single, section.title, out);
    }
    if (!written)
        return context.fail(written.error());
    if (Status s = service.recordExport(table->definition, format); !s)
        return context.fail(s.error());
    context.out() << tr("Wrote %1: %2 rows, %3 counts hidden.")
                         .arg(out)
                         .arg(table->cells.size())
                         .arg(table->primarySuppressed + table->complementarySuppressed)
                  << Qt::endl;
    return CliContext::Success;
}
