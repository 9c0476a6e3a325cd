#include "app/cli/commands/ImportCommand.h"

#include "app/cli/CliContext.h"
#include "core/import/ImportService.h"
#include "core/import/MappingProposer.h"
#include "core/import/TabularSource.h"
#include "core/storage/Database.h"

#include <QLocale>

namespace {
// Rows listed on the terminal; the report file has them all.
constexpr int ListedIssues = 200;
} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("bring persons and family groups in from a CSV or .xlsx file (FILE --mapping "
              "MAPPING [--dry-run])");
}

void ImportCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV or .xlsx file."));
    parser.addOptions({
        {QStringLiteral("mapping"),
         tr("The mapping (JSON) saved from the import window or written by --propose-mapping."),
         QStringLiteral("MAPPING")},
        {QStringLiteral("propose-mapping"),
         tr("Write the mapping Amparo proposes for FILE to this file, to check and use; nothing "
            "is imported."),
         QStringLiteral("OUT")},
        {QStringLiteral("dry-run"), tr("Check every row and show what would be imported; write "
                                       "nothing.")},
        {QStringLiteral("sheet"), tr("The sheet of a workbook, from 1 (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("report"), tr("Save what happened to every row as CSV."),
         QStringLiteral("FILE")},
    });
}

int ImportCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return context.usage(tr("import needs one FILE."));
    const bool propose = p.isSet(QStringLiteral("propose-mapping"));
    if (!propose && !p.isSet(QStringLiteral("mapping")))
        return context.usage(tr("import needs --mapping MAPPING (write one with "
                                "--propose-mapping OUT)."));
    bool ok = false;
    const int sheet = p.value(QStringLiteral("sheet")).toInt(&ok);
    if (!ok || sheet < 1)
        return context.usage(tr("--sheet must be a number from 1."));

    Result<std::unique_ptr<TabularSource>> source = TabularSource::open(files[0], sheet - 1);
    if (!source)
        return context.fail(source.error());
    QTextStream& out = context.out();
    if (propose) {
        Result<ImportMapping> mapping = MappingProposer::proposeFor(**source);
        if (!mapping)
            return context.fail(mapping.error());
        if (Status s = mapping->save(p.value(QStringLiteral("propose-mapping"))); !s)
            return context.fail(s.error());
        for (const auto& [column, field] : mapping->columns)
            out << column << " -> " << importFieldCodes().label(field) << '\n';
        for (const QString& problem : mapping->problems((*source)->header()))
            out << problem << '\n';
        out << tr("Check the mapping (and set \"defaultSite\"), then import with --mapping.")
            << Qt::endl;
        return CliContext::Success;
    }
    Result<ImportMapping> mapping = ImportMapping::load(p.value(QStringLiteral("mapping")));
    if (!mapping)
        return context.fail(mapping.error());

    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    ImportService service(*db, context.clock(), *session);
    QTextStream& err = context.err();
    int shown = -1;
    auto progress = [&err, &shown](int perMille) {
        if (perMille / 100 != shown) {
            shown = perMille / 100;
            err << tr("%1%").arg(perMille / 10) << Qt::endl;
        }
        return true;
    };
    err << tr("Checking %1 (%2)…").arg(files[0], (*source)->description()) << Qt::endl;
    Result<ImportPlan> plan = service.preview(**source, *mapping, progress);
    if (!plan)
        return context.fail(plan.error());
    if (!plan->mappingProblems.isEmpty()) {
        for (const QString& problem : plan->mappingProblems)
            err << problem << '\n';
        return context.fail(Error(Error::Code::Invalid, tr("The mapping cannot be used for this "
                                                           "file; nothing was imported.")));
    }
    const QLocale locale;
    for (const RowIssue& issue : plan->issues.mid(0, ListedIssues)) {
        out << tr("Row %1").arg(issue.row);
        if (!issue.column.isEmpty())
            out << ", " << issue.column;
        if (!issue.value.isEmpty())
            out << ", “" << issue.value << "”";
        out << ": " << issue.reason << '\n';
    }
    if (plan->issueCount > ListedIssues)
        out << tr("… and %1 more problems (save them all with --report).")
                   .arg(locale.toString(plan->issueCount - ListedIssues))
            << '\n';
    for (const RowIssue& warning : plan->warnings.mid(0, ListedIssues))
        out << tr("Row %1, %2, “%3”: will be imported; check: %4")
                   .arg(warning.row)
                   .arg(warning.column, warning.value, warning.reason)
            << '\n';
    for (const DuplicateMatch& d : plan->duplicates.mid(0, ListedIssues))
        out << tr("Row %1: %2 may be %3 (case %4): %5; %6.")
                   .arg(d.row)
                   .arg(d.importedName, d.registeredName, d.caseNumber, d.reason,
                        ImportMapping::duplicateChoiceCodes().label(mapping->onDuplicate).toLower())
            << '\n';
    out << tr("%1 rows read; %2 can be imported in %3 cases; %4 rows have problems; %5 persons "
              "may be registered already.")
               .arg(locale.toString(plan->rows), locale.toString(plan->importableRows()),
                    locale.toString(plan->caseCount()),
                    locale.toString(int(plan->failedRows.size())),
                    locale.toString(plan->duplicateCount))
        << Qt::endl;
    if (p.isSet(QStringLiteral("dry-run"))) {
        out << tr("Dry run: nothing was imported.") << Qt::endl;
        return CliContext::Success;
    }
    if (!plan->canImport())
        return context.fail(Error(Error::Code::Invalid, tr("No row can be imported.")));
    err << tr("Importing…") << Qt::endl;
    shown = -1;
    Result<ImportReport> report = service.run(**source, *mapping, *plan, {}, files[0], progress);
    if (!report)
        return context.fail(report.error());
    if (p.isSet(QStringLiteral("report"))) {
        if (Status s = report->saveCsv(p.value(QStringLiteral("report"))); !s)
            return context.fail(s.error());
    }
    out << report->summary() << ' '
        << tr("%1 seconds.").arg(locale.toString(double(report->milliseconds) / 1000.0, 'f', 1))
        << Qt::endl;
    return CliContext::Success;
}
