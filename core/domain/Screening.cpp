#include "core/domain/Screening.h"

RiskLevel Screening::highestLevel() const
{
    RiskLevel highest = overallLevel;
    for (RiskLevel l : levels)
        highest = std::max(highest, l);
    return highest;
}
