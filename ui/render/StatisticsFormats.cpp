#include "ui/render/StatisticsFormats.h"

#include "core/statistics/AggregateCsvWriter.h"
#include "core/statistics/AggregateXlsxWriter.h"
#include "ui/render/StatisticsPdfWriter.h"

QStringList StatisticsFormats::names()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")};
}

std::unique_ptr<StatisticsFileWriter> StatisticsFormats::writer(const QString& name)
{
    if (name == QLatin1String("csv"))
        return std::make_unique<AggregateCsvWriter>();
    if (name == QLatin1String("xlsx"))
        return std::make_unique<AggregateXlsxWriter>();
    if (name == QLatin1String("pdf"))
        return std::make_unique<StatisticsPdfWriter>();
    return nullptr;
}
