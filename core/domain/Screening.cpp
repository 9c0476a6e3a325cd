#include "core/domain/Screening.h"

RiskLevel Screening::highestLevel() const
{
    RiskLevel highest = RiskLevel::None;
    for (RiskLevel l : levels)
        highest = std::max(highest, l);
    return highest;
}
