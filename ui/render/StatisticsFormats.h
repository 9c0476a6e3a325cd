#pragma once

#include "core/statistics/StatisticsFileWriter.h"

#include <QStringList>

#include <memory>

// The file formats statistics can be written in, by name: CSV and XLSX from the core, PDF
// (charts) from this library. What a front end hands to StatisticsExporter.
class StatisticsFormats
{
public:
    // "csv", "xlsx", "pdf".
    static QStringList names();
    // Null for a format Amparo does not write.
    static std::unique_ptr<StatisticsFileWriter> writer(const QString& name);
};
