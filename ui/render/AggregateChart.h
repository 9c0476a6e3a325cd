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
    // nullptr when the section has no table or no count to draw (all zero or hidden). The
    // caller owns the chart.
    static QChart* create(const StatisticsReport::Section& section);
    // The step of a count axis up to `largest`: 1, 2, 5, 10, 20, 50…, at most five steps.
    static int wholeStep(int largest);
};
