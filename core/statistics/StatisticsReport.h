#pragma once

#include "core/statistics/AggregateService.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

#include <optional>

// A standard set of protected tables. The activity report is what a coordinator reads every
// week and reports every month or quarter: registrations by month, the sex-and-age pyramid,
// nationalities, risk categories, procedures by outcome, permits, open deadlines, tracing
// requests and reunifications (the dashboard shows the same tables). The advocacy report
// documents what happened to people and what the state did: incidents by type, country,
// perpetrator and quarter, the denials of asylum and services, the state's response, and what
// monitoring interviews tell. A section too fine to publish says so instead of failing the
// whole report.
class StatisticsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    enum class Kind
    {
        Activity,
        Advocacy
    };

    enum class Chart
    {
        Columns,  // one bar per category (months, outcomes…)
        Pyramid,  // sex by age group, women on one side, men on the other (any two dimensions:
                  // a bar for each value of the first, grouped by the second)
        Bars,     // horizontal bars, for long category names
        TableOnly // a table of three or four dimensions, which no chart would make clearer
    };

    struct Section
    {
        QString title;
        AggregateDefinition definition;
        Chart chart = Chart::Columns;
        std::optional<AggregateTable> table;
        QString refusal; // why there is no table
        // When the breakdown asked for was too fine and a coarser one is shown: which.
        QString coarser;

        // Why a table has no chart: every count is below the smallest shown.
        QString nothingToDraw() const;
    };

    Kind kind = Kind::Activity;
    QString fromMonth;
    QString toMonth;
    QStringList siteCodes;
    QList<Section> sections;

    // Empty months: everything up to today. Storage and permission errors fail the report.
    // A section too fine to publish is shown coarser when that is enough (children and
    // adults instead of five age groups, small values counted together as "Other"), saying
    // so; otherwise it only says why it is not shown.
    static Result<StatisticsReport> build(const AggregateService& service, const QString& fromMonth,
                                          const QString& toMonth, const QStringList& siteCodes = {},
                                          Kind kind = Kind::Activity);
    // The same from counts made elsewhere: `compute` gives a definition's protected table
    // (or refuses it as too fine, Error::Code::Invalid), as AggregateService::compute does.
    using Compute = std::function<Result<AggregateTable>(const AggregateDefinition&,
                                                         AggregateService::SmallValues)>;
    static Result<StatisticsReport> build(const Compute& compute, const QString& fromMonth,
                                          const QString& toMonth, const QStringList& siteCodes,
                                          Kind kind);
    // The report's sections, their tables not computed yet.
    static QList<Section> sectionsOf(Kind kind, const QString& fromMonth, const QString& toMonth,
                                     const QStringList& siteCodes);
    // "Statistics report", "Human rights documentation report".
    static QString titleOf(Kind kind);
    QString periodText() const;
    // The months of a month ("2026-03") or quarter ("2026-Q1") as from and to months.
    static std::optional<std::pair<QString, QString>> periodMonths(const QString& period);

private:
    // The section's table, or a coarser one, or why there is none.
    static Status fill(const Compute& compute, Section& section);
};
