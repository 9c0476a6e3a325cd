#include "core/import/ImportPlan.h"

QString ImportPlan::householdKey(const QString& household, int row)
{
    return household.isEmpty() ? QStringLiteral("#%1").arg(row) : QStringLiteral("h:") + household;
}

int ImportPlan::caseCount() const
{
    int cases = 0;
    for (const Household& h : households) {
        if (h.importableRows > 0)
            ++cases;
    }
    return cases;
}
