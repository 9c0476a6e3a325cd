#pragma once

#include "core/common/Result.h"
#include "core/import/SourceRow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

// Rows of a CSV or Excel file, one at a time, whichever the file turns out to be (by its
// content, not its name: a workbook renamed .csv is still read as a workbook). The first row
// with anything in it is the header.
class TabularSource
{
    Q_DECLARE_TR_FUNCTIONS(TabularSource)

public:
    // Above this a file is refused rather than read for minutes.
    static constexpr qint64 MaxFileBytes = qint64(2) * 1024 * 1024 * 1024;

    virtual ~TabularSource() = default;

    // Opens `path`; for a workbook, the sheet at `sheetIndex`.
    static Result<std::unique_ptr<TabularSource>> open(const QString& path, int sheetIndex = 0);

    virtual QStringList header() const = 0;
    // The next row after the header; false at the end.
    virtual Result<bool> next(SourceRow& row) = 0;
    // Back to the first row after the header.
    virtual Status rewind() = 0;
    // How far through the file reading is, 0 to 1000.
    virtual int progressPerMille() const = 0;
    // "CSV, UTF-8, separated by ;" or "Excel workbook, sheet Casos".
    virtual QString description() const = 0;
    // The sheets to choose from (empty for a CSV file).
    virtual QStringList sheetNames() const { return {}; }

protected:
    // True for a row with nothing in any cell, which is not a record.
    static bool isBlank(const SourceRow& row);
};
