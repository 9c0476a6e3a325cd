#pragma once

#include "core/statistics/AggregateService.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The standard set of protected tables a coordinator reads every week and reports every month
// or quarter: registrations by month, the sex-and-age pyramid, nationalities, risk categories,
// procedures by outcome, permits, open deadlines, tracing requests and reunifications. The
// dashboard and the PDF report show the same tables. A section too fine to publish says so
// instead of failing the whole report.
class StatisticsReport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsReport)

public:
    enum class Chart
    {
        Columns, // one bar per category (months, outcomes…)
        Pyramid, // sex by age group, women on one side, men on the other
        Bars     // horizontal bars, for long category names
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

    QString fromMonth;
    QString toMonth;
    QStringList siteCodes;
    QList<Section> sections;

    // Empty months: everything up to today. Storage and permission errors fail the report.
    // A section too fine to publish is shown coarser when that is enough (children and
    // adults instead of five age groups, small values counted together as "Other"), saying
    // so; otherwise it only says why it is not shown.
    static Result<StatisticsReport> build(const AggregateService& service, const QString& fromMonth,
                                          const QString& toMonth,
                                          const QStringList& siteCodes = {});
    QString periodText() const;
    // The months of a month ("2026-03") or quarter ("2026-Q1") as from and to months.
    static std::optional<std::pair<QString, QString>> periodMonths(const QString& period);

private:
    // The section's table, or a coarser one, or why there is none.
    static Status fill(const AggregateService& service, Section& section);
};
