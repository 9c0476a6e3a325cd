#pragma once

#include "core/domain/Location.h"
#include "core/domain/PartialDate.h"
#include "core/domain/Sex.h"
#include "core/domain/TracingRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

// A registered person as the tracing matcher sees them: what reunification needs, nothing
// more.
struct MatchCandidate
{
    qint64 personId = 0;
    QString givenNames;
    QString familyName1;
    QString familyName2;
    QStringList otherNames;
    Sex sex = Sex::Unknown;
    PartialDate birthDate;
    QStringList nationalities;
    Location location;
    QString siteCountry;
    QString siteAdmin1;

    QString fullName() const;
};

// Compares a sought person with a registered one the way an experienced tracing worker
// would: names (see NameMatcher), sex, age and places, each contributing to a score between
// 0 and 1 with the reasons in words ("family name equal, given name similar, born 2012 vs
// about 11 years"). A different sex or ages clearly apart rule a candidate out.
class TracingMatcher
{
    Q_DECLARE_TR_FUNCTIONS(TracingMatcher)

public:
    // Below this, a candidate is not worth a person's time.
    static constexpr double ProposalThreshold = 0.7;
    // Names less alike than this rule a candidate out whatever else agrees: brothers share
    // their family names, sex and often their age.
    static constexpr double MinimumNameScore = 0.75;
    // Years between the latest possible birth of one and the earliest of the other beyond
    // which two persons cannot be the same.
    static constexpr int AgeToleranceYears = 2;

    // The years of birth, as persons are filed (the year, or an estimate's middle year), of
    // everyone the age rule may let through for `sought` (whose birth is known), with a
    // year's margin for the rounding of days.
    static std::pair<int, int> birthYearsToConsider(const PartialDate& sought);

    struct Match
    {
        double score = 0;
        QStringList reasons;
    };

    // nullopt when the candidate is ruled out.
    static std::optional<Match> compare(const SoughtPerson& sought, const MatchCandidate& candidate,
                                        QDate today);
};
