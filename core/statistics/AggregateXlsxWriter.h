#pragma once

#include "common/Result.h"

#include <QCoreApplication>

struct AggregateTable;

// The protected table as an XLSX workbook (libxlsxwriter): a sheet of counts with readable
// names, and a sheet that documents the definition and the protection applied.
class AggregateXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(AggregateXlsxWriter)

public:
    static Status write(const AggregateTable& table, const QString& path);
};
