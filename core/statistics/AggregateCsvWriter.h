#pragma once

#include "core/statistics/StatisticsFileWriter.h"

// The protected table as CSV in UTF-8: a header row, a second row of HXL hashtags so that
// humanitarian tools read it directly, then one row per combination and per total. A hidden
// count is an empty field, marked in the last column. Of a report, a CSV file holds its most
// detailed table (the first with the most breakdowns), the one other tools combine.
class AggregateCsvWriter : public StatisticsFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AggregateCsvWriter)

public:
    QString format() const override { return QStringLiteral("csv"); }
    Status writeTable(const AggregateTable& table, const QString& path) const override;
    Status writeReport(const StatisticsReport& report, const QString& title,
                       const QString& path) const override;
    static QByteArray toBytes(const AggregateTable& table);
};
