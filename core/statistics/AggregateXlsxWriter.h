#pragma once

#include "core/statistics/StatisticsFileWriter.h"

// The protected table as an XLSX workbook (libxlsxwriter): a sheet of counts with readable
// names, and a sheet that documents the definition and the protection applied. A report is a
// sheet per table, and a first sheet that says what each is and how people are protected.
class AggregateXlsxWriter : public StatisticsFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AggregateXlsxWriter)

public:
    QString format() const override { return QStringLiteral("xlsx"); }
    Status writeTable(const AggregateTable& table, const QString& path) const override;
    Status writeReport(const StatisticsReport& report, const QString& title,
                       const QString& path) const override;
};
