#include "core/statistics/StatisticsFileWriter.h"

Status StatisticsFileWriter::writeReport(const StatisticsReport&, const QString&,
                                         const QString&) const
{
    return Error(Error::Code::Invalid,
                 tr("The report is written as a PDF; a %1 file holds one table of counts.")
                     .arg(format().toUpper()));
}
