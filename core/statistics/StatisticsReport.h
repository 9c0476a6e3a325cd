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
    };

    QString fromMonth;
    QString toMonth;
    QStringList siteCodes;
    QList<Section> sections;

    // Empty months: everything up to today. Storage and permission errors fail the report;
    // a refused section only says why.
    static Result<StatisticsReport> build(const AggregateService& service, const QString& fromMonth,
                                          const QString& toMonth,
                                          const QStringList& siteCodes = {});
    QString periodText() const;
    // The months of a month ("2026-03") or quarter ("2026-Q1") as from and to months.
    static std::optional<std::pair<QString, QString>> periodMonths(const QString& period);
};
