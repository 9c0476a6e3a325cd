#pragma once

#include "core/statistics/StatisticsReport.h"

#include <QCoreApplication>

class QChart;

// A chart of a protected table: what the dashboard shows and the PDF report prints. Hidden
// counts are drawn as nothing and their category is marked "—", never guessed.
class AggregateChart
{
    Q_DECLARE_TR_FUNCTIONS(AggregateChart)

public:
    // nullptr when the section has no table. The caller owns the chart.
    static QChart* create(const StatisticsReport::Section& section);
};
