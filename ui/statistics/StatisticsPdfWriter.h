#pragma once

#include "common/Result.h"
#include "statistics/StatisticsReport.h"

#include <QCoreApplication>

// The statistics report as an A4 PDF: for each section its chart (Qt Charts, drawn as
// vectors) and its table with totals, then how the people counted are protected. Written in
// the language in use: wrap the call in a LanguageScope for another. Whole or not at all.
class StatisticsPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsPdfWriter)

public:
    static Status write(const StatisticsReport& report, const QString& title, const QString& path);
};
