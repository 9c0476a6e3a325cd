#pragma once

#include "common/Result.h"

#include <QCoreApplication>

struct AggregateTable;

// The protected table as CSV in UTF-8: a header row, a second row of HXL hashtags so that
// humanitarian tools read it directly, then one row per combination and per total. A hidden
// count is an empty field, marked in the last column.
class AggregateCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(AggregateCsvWriter)

public:
    static Status write(const AggregateTable& table, const QString& path);
    static QByteArray toBytes(const AggregateTable& table);
};
