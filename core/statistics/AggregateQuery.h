#pragma once

#include "core/statistics/AggregateDefinition.h"

#include <QDate>

class SqlDialect;
#include <QVariantList>

// The one SQL statement that counts a definition: SELECT <category per dimension>, count(*)
// ... GROUP BY. Only the expressions written here can be selected, and each gives a category
// (a code, an age group, a month), never a name, a date, a number or free text: this is
// where an export's privacy is decided.
class AggregateQuery
{
    Q_DECLARE_TR_FUNCTIONS(AggregateQuery)

public:
    QString sql;
    QVariantList params;

    // Refuses a dimension the measure cannot be broken down by, with the ones it can.
    static Result<AggregateQuery> build(const AggregateDefinition& definition, QDate today,
                                        const SqlDialect& sql);
    static QList<Dimension> dimensionsOf(Measure measure);
    // The day ages are counted on: the last day of the period, or today.
    static QDate referenceDate(const AggregateDefinition& definition, QDate today);
};
