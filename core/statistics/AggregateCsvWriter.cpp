#include "core/statistics/AggregateCsvWriter.h"

#include "core/common/CsvWriter.h"
#include "core/statistics/AggregateTable.h"
#include "core/statistics/StatisticsReport.h"

#include <QBuffer>
#include <QSaveFile>

QByteArray AggregateCsvWriter::toBytes(const AggregateTable& table)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.writeRow(table.headers(true));
    csv.writeRow(table.hxlTags());
    for (const AggregateTable::Cell& c : table.cells)
        csv.writeRow(table.rowLabels(c, true) +
                     QStringList{AggregateTable::shown(c), c.suppressed ? tr("yes") : QString()});
    return bytes;
}

Status AggregateCsvWriter::writeTable(const AggregateTable& table, const QString& path) const
{
    // Written whole or not at all: a half-written export is never left behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes(table)) < 0 || !file.commit())
        return Error(Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

Status AggregateCsvWriter::writeReport(const StatisticsReport& report, const QString&,
                                       const QString& path) const
{
    const AggregateTable* detailed = nullptr;
    for (const StatisticsReport::Section& s : report.sections) {
        if (s.table && (!detailed || s.table->definition.dimensions.size() >
                                         detailed->definition.dimensions.size()))
            detailed = &*s.table;
    }
    if (!detailed)
        return Error(Error::Code::Invalid,
                     tr("No table of this report can be shown safely, so there is nothing to "
                        "write."));
    return writeTable(*detailed, path);
}
