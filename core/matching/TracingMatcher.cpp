#include "core/matching/TracingMatcher.h"

#include "core/common/TextNormalizer.h"
#include "core/matching/NameMatcher.h"
#include "core/reference/CountryCatalog.h"

namespace {
// Weights of the parts of the score; the name matters most.
constexpr double NameWeight = 0.70;
constexpr double AgeWeight = 0.15;
constexpr double SexWeight = 0.10;
constexpr double PlaceWeight = 0.05;
// What an unknown part contributes: neither for nor against.
constexpr double Unknown = 0.6;

QList<PersonName> namesOf(const QString& given, const QString& family1, const QString& family2,
                          const QStringList& others)
{
    QList<PersonName> names{PersonName::of(given, family1, family2)};
    for (const QString& other : others)
        names.append(PersonName::fromFullName(other));
    return names;
}

// A birth as the reasons give it: the year, or the estimated age; never the day, which
// reasons shown to volunteers must not reveal.
QString birthForReasons(const PartialDate& born, QDate today)
{
    return born.precision() == PartialDate::Precision::Estimated ? born.displayText(today)
                                                                 : QString::number(born.year());
}

// Years between two possible birth periods; 0 when they overlap.
int yearsApart(const PartialDate& a, const PartialDate& b)
{
    if (a.latest() < b.earliest())
        return int(a.latest().daysTo(b.earliest()) / 365);
    if (b.latest() < a.earliest())
        return int(b.latest().daysTo(a.earliest()) / 365);
    return 0;
}
} // namespace

QString MatchCandidate::fullName() const
{
    return QStringList{givenNames, familyName1, familyName2}.join(QLatin1Char(' ')).simplified();
}

std::pair<int, int> TracingMatcher::birthYearsToConsider(const PartialDate& sought)
{
    const int margin = AgeToleranceYears + 1 + PartialDate::EstimateToleranceYears + 1;
    return {sought.earliest().year() - margin, sought.latest().year() + margin};
}

std::optional<TracingMatcher::Match>
TracingMatcher::compare(const SoughtPerson& sought, const MatchCandidate& candidate, QDate today)
{
    // Sex: known on both sides and different rules the candidate out.
    double sex = Unknown;
    QString sexReason;
    if (sought.sex != Sex::Unknown && candidate.sex != Sex::Unknown) {
        if (sought.sex != candidate.sex)
            return std::nullopt;
        sex = 1.0;
        sexReason = tr("same sex");
    }

    // Age: birth periods (an estimate or a year is a period) compared with a tolerance.
    double age = Unknown;
    QString ageReason;
    if (sought.birthDate.isKnown() && candidate.birthDate.isKnown()) {
        const int apart = yearsApart(sought.birthDate, candidate.birthDate);
        if (apart > AgeToleranceYears)
            return std::nullopt;
        age = apart == 0 ? 1.0 : 0.5;
        ageReason = tr("born %1 vs %2")
                        .arg(birthForReasons(candidate.birthDate, today),
                             birthForReasons(sought.birthDate, today));
    }

    // Names: the best pairing of the names and other names on either side.
    NameMatcher::Comparison name;
    for (const PersonName& a :
         namesOf(sought.givenNames, sought.familyName1, sought.familyName2, sought.otherNames)) {
        for (const PersonName& b : namesOf(candidate.givenNames, candidate.familyName1,
                                           candidate.familyName2, candidate.otherNames)) {
            const NameMatcher::Comparison c = NameMatcher::compare(a, b);
            if (c.score > name.score)
                name = c;
        }
    }

    if (name.score < MinimumNameScore)
        return std::nullopt;

    // Places: where the sought was last known against where the person is (or is
    // registered).
    double place = Unknown;
    QString placeReason;
    const QString soughtPlace = TextNormalizer::fold(sought.lastKnownPlace);
    if (!soughtPlace.isEmpty() && !candidate.location.place.isEmpty() &&
        TextNormalizer::fold(candidate.location.place).contains(soughtPlace)) {
        place = 1.0;
        placeReason =
            tr("last known in %1, now in %2").arg(sought.lastKnownPlace, candidate.location.place);
    } else if (!sought.lastKnownCountry.isEmpty()) {
        const bool sameCountry = sought.lastKnownCountry == candidate.location.country ||
                                 sought.lastKnownCountry == candidate.siteCountry;
        place = sameCountry ? 0.8 : 0.4;
        if (sameCountry)
            placeReason = tr("last known in %1, registered there")
                              .arg(CountryCatalog::instance().name(sought.lastKnownCountry));
    }
    if (!sought.nationality.isEmpty() && candidate.nationalities.contains(sought.nationality))
        placeReason = placeReason.isEmpty()
                          ? tr("same nationality")
                          : placeReason + QStringLiteral(", ") + tr("same nationality");

    Match m;
    m.score = NameWeight * name.score + AgeWeight * age + SexWeight * sex + PlaceWeight * place;
    m.reasons = name.reasons;
    for (const QString& r : {ageReason, sexReason, placeReason}) {
        if (!r.isEmpty())
            m.reasons.append(r);
    }
    return m;
}
