#pragma once

#include "core/statistics/StatisticsFileWriter.h"
#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>

// Statistics as an A4 PDF: for each section its chart (Qt Charts, drawn as vectors) and its
// table with totals, then how the people counted are protected. A single table is a report of
// one section. Written in the language in use (StatisticsExporter sets the report's). Whole or
// not at all.
class StatisticsPdfWriter : public StatisticsFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsPdfWriter)

public:
    QString format() const override { return QStringLiteral("pdf"); }
    Status writeTable(const AggregateTable& table, const QString& path) const override;
    Status writeReport(const StatisticsReport& report, const QString& title,
                       const QString& path) const override;
};
