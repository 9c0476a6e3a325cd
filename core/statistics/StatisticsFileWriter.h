#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

struct AggregateTable;
class StatisticsReport;

// One file format for protected statistics. CSV and XLSX are written by the core; the PDF,
// which draws charts, by the rendering library (ui/render). Only StatisticsExporter calls a
// writer, so that every file written is also recorded in the audit trail. A file is written
// whole or not at all.
class StatisticsFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsFileWriter)

public:
    virtual ~StatisticsFileWriter() = default;
    // "csv", "xlsx", "pdf": the format as the audit trail records it.
    virtual QString format() const = 0;
    virtual Status writeTable(const AggregateTable& table, const QString& path) const = 0;
    // The standard report of several tables; a format that cannot hold it refuses.
    virtual Status writeReport(const StatisticsReport& report, const QString& title,
                               const QString& path) const;
};
