#include "app/cli/commands/ExportCommand.h"

#include "app/cli/CliContext.h"
#include "core/common/Translations.h"
#include "core/statistics/StatisticsExporter.h"
#include "ui/render/StatisticsFormats.h"

#include <QFile>

#include <memory>
#include <optional>

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

bool ExportCommand::needsGuiApplication() const
{
    // The PDF report's charts are drawn with Qt Charts, on Qt's graphics scene.
    return true;
}

QString ExportCommand::summary() const
{
    return tr("anonymized counts from a saved definition, or a monthly report");
}

void ExportCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("definition"), tr("An export definition saved from Amparo (JSON)."),
         QStringLiteral("FILE")},
        {QStringLiteral("report"),
         tr("A standard report for a month (2026-03) or a quarter (2026-Q1): a PDF with "
            "charts, an XLSX workbook or, as CSV, its most detailed table."),
         QStringLiteral("PERIOD")},
        {QStringLiteral("kind"),
         tr("With --report: activity (the default) or advocacy (what happened to people and "
            "what the state did)."),
         QStringLiteral("KIND"), QStringLiteral("activity")},
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
    if (!StatisticsFormats::names().contains(format))
        return context.usage(tr("--format must be csv, xlsx or pdf."));
    const QString kindName = p.value(QStringLiteral("kind"));
    if (kindName != QLatin1String("activity") && kindName != QLatin1String("advocacy"))
        return context.usage(tr("--kind must be activity or advocacy."));
    const auto kind = kindName == QLatin1String("advocacy") ? StatisticsReport::Kind::Advocacy
                                                            : StatisticsReport::Kind::Activity;
    if (out.isEmpty())
        return context.usage(tr("Say where to write it with --out FILE."));
    const QString language = p.value(QStringLiteral("language"));
    if (!language.isEmpty() &&
        !QStringList{QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("en")}.contains(
            language))
        return context.usage(tr("--language must be es, pt_BR or en."));

    AggregateDefinition definition;
    if (report) {
        if (!StatisticsReport::periodMonths(p.value(QStringLiteral("report"))))
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
    const std::unique_ptr<StatisticsFileWriter> writer = StatisticsFormats::writer(format);
    const StatisticsExporter exporter(*db, context.clock(), *session);
    if (report) {
        Result<StatisticsReport> written =
            exporter.exportReport(p.value(QStringLiteral("report")),
                                  p.values(QStringLiteral("site")), language, *writer, out, kind);
        if (!written)
            return context.fail(written.error());
        context.out() << tr("Wrote %1.").arg(out) << Qt::endl;
        return CliContext::Success;
    }
    std::optional<LanguageScope> scope;
    if (!language.isEmpty())
        scope.emplace(language);
    Result<AggregateTable> table = exporter.exportTable(definition, *writer, out);
    if (!table)
        return context.fail(table.error());
    context.out() << tr("Wrote %1: %2 rows, %3 counts hidden.")
                         .arg(out)
                         .arg(table->cells.size())
                         .arg(table->primarySuppressed + table->complementarySuppressed)
                  << Qt::endl;
    return CliContext::Success;
}
