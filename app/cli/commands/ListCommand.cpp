#include "app/cli/commands/ListCommand.h"

#include "app/cli/CaseFormatter.h"
#include "app/cli/CliContext.h"
#include "app/cli/commands/OutputFormat.h"
#include "core/services/CaseListService.h"
#include "core/services/SimilarCaseSearch.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

namespace {
const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};
}

QString ListCommand::name() const
{
    return QStringLiteral("list");
}

QString ListCommand::summary() const
{
    return tr("list cases, newest number first, optionally filtered");
}

void ListCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("search"), tr("Names, document numbers or a case number to look for."),
         QStringLiteral("TEXT")},
        {QStringLiteral("status"), tr("Only cases with this status: open, closed or transferred."),
         QStringLiteral("STATUS")},
        {QStringLiteral("limit"), tr("At most this many cases (0: all)."), QStringLiteral("N"),
         QStringLiteral("50")},
    });
    OutputFormat::define(parser, formats);
}

int ListCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    CaseListFilter filter;
    filter.text = p.value(QStringLiteral("search"));
    // A script asks for every case the name finds, however common (--limit bounds the rows).
    filter.nameMatchLimit = 0;
    if (p.isSet(QStringLiteral("status"))) {
        filter.status =
            caseStatusCodes().fromCode(p.value(QStringLiteral("status")).trimmed().toLower());
        if (!filter.status)
            return context.usage(tr("--status must be open, closed or transferred."));
    }
    bool ok = false;
    int limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return context.usage(tr("--limit must be a whole number."));
    if (limit == 0)
        limit = std::numeric_limits<int>::max();
    const auto format = OutputFormat::read(p, formats);
    if (!format)
        return context.usage(tr("--format must be text or json."));

    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    Result<QList<CaseListRow>> rows =
        CaseListService(*db, *session)
            .fetch(filter, CaseListSort::CaseNumber, Qt::DescendingOrder, 0, limit);
    if (!rows)
        return context.fail(rows.error());
    // Few found by the names typed: those of similar names follow, marked.
    QList<SimilarCaseRow> similar;
    if (!filter.text.trimmed().isEmpty() && rows->size() < SimilarCaseSearch::FewMatches) {
        QSet<qint64> shown;
        for (const CaseListRow& r : std::as_const(*rows))
            shown.insert(r.caseId);
        Result<QList<SimilarCaseRow>> found =
            SimilarCaseSearch(*db, *session).search(filter, shown);
        if (!found)
            return context.fail(found.error());
        similar = found->mid(0, std::max<qsizetype>(0, qsizetype(limit) - rows->size()));
    }
    if (*format == OutputFormat::Json) {
        QJsonArray array;
        for (const CaseListRow& r : *rows)
            array.append(CaseFormatter::listRowJson(r));
        for (const SimilarCaseRow& r : std::as_const(similar)) {
            QJsonObject row = CaseFormatter::listRowJson(r.row);
            row.insert(QStringLiteral("similar"),
                       QJsonObject{{QStringLiteral("person"), r.personName},
                                   {QStringLiteral("score"), r.score},
                                   {QStringLiteral("reasons"), r.reasons}});
            array.append(row);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CliContext::Success;
    }
    for (const CaseListRow& r : *rows)
        context.out() << CaseFormatter::listRowText(r) << '\n';
    for (const SimilarCaseRow& r : std::as_const(similar))
        context.out() << CaseFormatter::listRowText(r.row) << '\t'
                      << tr("similar: %1 (%2)").arg(r.personName, r.reasons) << '\n';
    context.out().flush();
    return CliContext::Success;
}
