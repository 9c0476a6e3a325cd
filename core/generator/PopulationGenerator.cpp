#include "core/generator/PopulationGenerator.h"

#include "core/common/Clock.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Site.h"
#include "core/domain/TracingRequest.h"
#include "core/generator/CaseActivityGenerator.h"
#include "core/generator/SyntheticNames.h"
#include "core/services/CaseWriter.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TracingRequestRepository.h"
#include "core/storage/Transaction.h"

#include <span>

namespace {
struct SiteSpec
{
    const char* code;
    const char* name;
    const char* country;
    const char* admin1;
    int weight;
};
// Where people register: border crossings and cities along the routes out of Venezuela.
const SiteSpec sites[] = {
    {"CUC", "Cúcuta", "COL", "CO-NSA", 22},  {"BOG", "Bogotá", "COL", "CO-DC", 18},
    {"RIO", "Riohacha", "COL", "CO-LAG", 8}, {"IPI", "Ipiales", "COL", "CO-NAR", 6},
    {"LIM", "Lima", "PER", "PE-LIM", 16},    {"TUM", "Tumbes", "PER", "PE-TUM", 5},
    {"QTO", "Quito", "ECU", "EC-P", 9},      {"BVB", "Boa Vista", "BRA", "BR-RR", 8},
    {"ARI", "Arica", "CHL", "CL-AP", 4},     {"STG", "Santiago", "CHL", "CL-RM", 4},
};

// Family sizes 1..9 and how often each occurs (per 100 families).
const int familySizeWeights[] = {24, 16, 18, 17, 12, 7, 3, 2, 1};

class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_random.bounded(quint64(n))); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    quint64 raw() { return m_random.generate(); }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[below(int(list.size()))];
    }
    // Earlier entries come up more often, as a few names are far commoner than most.
    template <typename T>
    const T& pickCommon(const QList<T>& list)
    {
        const double u = double(below(1'000'000)) / 1'000'000.0;
        return list[std::min(int(list.size()) - 1, int(list.size() * u * u))];
    }
    int weighted(const int* weights, int count)
    {
        int total = 0;
        for (int i = 0; i < count; ++i)
            total += weights[i];
        int r = below(total);
        for (int i = 0; i < count; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return count - 1;
    }

private:
    QRandomGenerator64 m_random;
};

QString givenFor(Dice& dice, Sex sex)
{
    const QStringList& names =
        sex == Sex::Female ? SyntheticNames::femaleGiven() : SyntheticNames::maleGiven();
    const QString first = dice.pickCommon(names);
    // Compound given names (María Fernanda, Luis Alberto) are common.
    if (first.contains(QLatin1Char(' ')) || !dice.chance(30))
        return first;
    const QString second = dice.pick(names);
    return second.contains(QLatin1Char(' ')) || second == first ? first
                                                                : first + QLatin1Char(' ') + second;
}

QStringList nationalitiesFor(Dice& dice)
{
    const int r = dice.below(100);
    if (r < 84)
        return {QStringLiteral("VEN")};
    if (r < 89)
        return {QStringLiteral("VEN"), QStringLiteral("COL")};
    if (r < 93)
        return {QStringLiteral("COL")};
    static const QStringList others{QStringLiteral("ECU"), QStringLiteral("PER"),
                                    QStringLiteral("HTI"), QStringLiteral("CUB")};
    return {dice.pick(others)};
}

PartialDate bornAged(Dice& dice, int age, QDate today)
{
    const QDate born = today.addYears(-age).addDays(-dice.below(365));
    switch (dice.below(10)) {
    case 0:
        return PartialDate::estimatedFromAge(age, today);
    case 1:
        return PartialDate::yearOnly(born.year());
    default:
        return PartialDate::exact(born);
    }
}
} // namespace

PopulationGenerator::PopulationGenerator(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<PopulationGenerator::Report>
PopulationGenerator::generate(const Options& options, const std::function<bool(int, int)>& progress)
{
    if (options.persons < 1 || options.persons > 5'000'000)
        return Error(Error::Code::Invalid, tr("Generate between 1 and 5,000,000 persons."));
    Result<QSqlQuery> existing = m_db.exec(QStringLiteral("SELECT count(*) FROM cases"));
    if (!existing)
        return existing.error();
    const bool holdsCases = existing.value().next() && existing.value().value(0).toInt() > 0;
    // A statement left open keeps its read snapshot, and the log could never be folded back
    // into the file while generating: it would grow to gigabytes.
    existing.value().finish();
    if (holdsCases)
        return Error(Error::Code::Refused,
                     tr("This database already holds cases. Synthetic people are only "
                        "generated into a new, empty database, never next to real ones."));

    Dice dice(options.seed);
    const QDate today = m_clock.today();
    QList<Site> siteList;
    QList<int> siteWeights;
    {
        Transaction transaction(m_db);
        if (Status s = transaction.begin(); !s)
            return s.error();
        SiteRepository repository(m_db);
        if (options.siteId != 0) {
            Result<std::optional<Site>> found = repository.find(options.siteId);
            if (!found)
                return found.error();
            if (!*found)
                return Error(Error::Code::NotFound, tr("The site to generate at does not exist."));
            siteList.append(**found);
            siteWeights.append(1);
        }
        for (const SiteSpec& spec :
             options.siteId != 0 ? std::span<const SiteSpec>() : std::span<const SiteSpec>(sites)) {
            Result<std::optional<Site>> found = repository.findByCode(QLatin1String(spec.code));
            if (!found)
                return found.error();
            Site site{0, QLatin1String(spec.code), QString::fromUtf8(spec.name),
                      QLatin1String(spec.country), QLatin1String(spec.admin1)};
            if (*found) {
                site = **found;
            } else {
                Result<qint64> id = repository.insert(site);
                if (!id)
                    return id.error();
                site.id = *id;
            }
            siteList.append(site);
            siteWeights.append(spec.weight);
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
    }

    Report report;
    CaseWriter writer(m_db, m_clock, QStringLiteral("generator"));
    TracingRequestRepository requests(m_db, m_clock);
    // Its own random sequence, so the people stay those of earlier versions for a seed.
    CaseActivityGenerator activity(m_db, m_clock, options.seed ^ 0x9E3779B97F4A7C15ULL);
    int documentSerial = 10'000'000;
    // Persons whose case agreed to tracing: some are sought by the requests made later.
    QList<std::pair<Person, qint64>> traceable;

    while (report.persons < options.persons) {
        Transaction transaction(m_db);
        if (Status s = transaction.begin(); !s)
            return s.error();
        for (int f = 0; f < FamiliesPerTransaction && report.persons < options.persons; ++f) {
            const int siteIndex = dice.weighted(siteWeights.constData(), int(siteWeights.size()));
            const Site& site = siteList[siteIndex];
            const int size =
                std::min(1 + dice.weighted(familySizeWeights, 9), options.persons - report.persons);
            const QDate registered = today.addDays(-dice.below(3 * 365));
            const QString fatherFamily = dice.pickCommon(SyntheticNames::family());
            const QString motherFamily = dice.pickCommon(SyntheticNames::family());
            const QStringList nationalities = nationalitiesFor(dice);

            QList<CaseMember> group;
            // The principal: a mother, or a father, or an adult alone.
            const Sex principalSex = dice.chance(size > 1 ? 75 : 50) ? Sex::Female : Sex::Male;
            const int principalAge = dice.between(18, size > 2 ? 50 : 65);
            Person principal;
            principal.givenNames = givenFor(dice, principalSex);
            principal.familyName1 = principalSex == Sex::Female ? motherFamily : fatherFamily;
            principal.familyName2 =
                dice.chance(85) ? dice.pickCommon(SyntheticNames::family()) : QString();
            principal.sex = principalSex;
            principal.birthDate = bornAged(dice, principalAge, today);
            principal.nationalities = nationalities;
            principal.location = Location{site.country, site.admin1, site.name};
            group.append({principal, Relationship::Principal});
            for (int m = 1; m < size; ++m) {
                Person p;
                Relationship relationship;
                int age;
                if (m == 1 && dice.chance(55)) {
                    relationship = Relationship::Spouse;
                    p.sex = principalSex == Sex::Female ? Sex::Male : Sex::Female;
                    age = std::clamp(principalAge + dice.between(-5, 6), 18, 80);
                    p.familyName1 = p.sex == Sex::Female ? motherFamily : fatherFamily;
                    p.familyName2 = dice.pickCommon(SyntheticNames::family());
                } else if (m == size - 1 && size >= 4 && dice.chance(25)) {
                    relationship = Relationship::Grandparent;
                    p.sex = dice.chance(65) ? Sex::Female : Sex::Male;
                    age = std::min(95, principalAge + dice.between(18, 30));
                    p.familyName1 = dice.pickCommon(SyntheticNames::family());
                    p.familyName2 = dice.pickCommon(SyntheticNames::family());
                } else {
                    relationship = Relationship::Child;
                    p.sex = dice.chance(50) ? Sex::Female : Sex::Male;
                    // A parent is at least 16 years older than their child.
                    age = dice.between(0, std::max(0, std::min(17, principalAge - 16)));
                    p.familyName1 = fatherFamily;
                    p.familyName2 = motherFamily;
                }
                p.givenNames = givenFor(dice, p.sex);
                p.birthDate = bornAged(dice, age, today);
                p.nationalities = nationalities;
                p.location = principal.location;
                group.append({p, relationship});
            }
            for (CaseMember& m : group) {
                const auto age = m.person.birthDate.ageOn(today);
                if (age && *age >= 18 && dice.chance(75)) {
                    m.person.documents.append(
                        IdentityDocument{0,
                                         DocumentType::NationalId,
                                         QStringLiteral("V-%1").arg(documentSerial++),
                                         QStringLiteral("VEN"),
                                         {}});
                } else if (dice.chance(30)) {
                    m.person.hasNoDocument = true;
                }
                if (dice.chance(4))
                    m.person.otherNames.append(
                        SyntheticNames::variant(m.person.givenNames, dice.raw()) +
                        QLatin1Char(' ') + m.person.familyName1);
            }

            CaseRecord record;
            record.siteId = site.id;
            record.registeredOn = registered;
            record.caseworker = QStringLiteral("Equipo %1").arg(site.code);
            const int status = dice.below(100);
            record.status = status < 82   ? CaseStatus::Open
                            : status < 96 ? CaseStatus::Closed
                                          : CaseStatus::Transferred;
            if (record.status != CaseStatus::Open)
                record.closureReason = record.status == CaseStatus::Closed
                                           ? QStringLiteral("Continued the journey")
                                           : QStringLiteral("Referred to a partner organisation");
            const bool tracing = dice.chance(70);
            record.consent = Consent{registered, record.caseworker, true, dice.chance(60), tracing};

            record.members = group;
            Result<CaseWriter::Written> written = writer.write(record);
            if (!written)
                return written.error();
            record.id = written->caseId;
            record.caseNumber = written->caseNumber;
            for (int i = 0; i < record.members.size(); ++i)
                record.members[i].person.id = written->personIds[i];
            if (Status s = activity.addTo(record, site.country); !s)
                return s.error();
            if (tracing && dice.chance(2))
                traceable.append(
                    {record.members[dice.below(int(record.members.size()))].person, record.id});
            report.persons += int(group.size());
            ++report.cases;
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
        if (progress && !progress(report.persons, options.persons))
            return Error(Error::Code::Cancelled,
                         tr("Generation stopped after %1 persons.").arg(report.persons));
    }

    // Tracing requests: half describe someone registered (as a relative would spell them),
    // half someone who is not.
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    const int wanted = std::max(1, options.persons / PersonsPerTracingRequest);
    for (int i = 0; i < wanted; ++i) {
        TracingRequest r;
        r.siteId = siteList[dice.weighted(siteWeights.constData(), int(siteWeights.size()))].id;
        r.inquirerName = givenFor(dice, Sex::Female) + QLatin1Char(' ') +
                         dice.pickCommon(SyntheticNames::family());
        r.relationship = dice.chance(50) ? Relationship::Child : Relationship::Sibling;
        r.contact = QStringLiteral("+58 412 %1").arg(1000000 + dice.below(8999999));
        r.requestedOn = today.addDays(-dice.below(365));
        r.createdBy = QStringLiteral("generator");
        SoughtPerson& s = r.sought;
        if (i % 2 == 0 && !traceable.isEmpty()) {
            const Person& p = traceable[dice.below(int(traceable.size()))].first;
            s.givenNames =
                SyntheticNames::variant(p.givenNames.section(QLatin1Char(' '), 0, 0), dice.raw());
            s.familyName1 = SyntheticNames::variant(p.familyName1, dice.raw());
            s.sex = p.sex;
            if (const auto age = p.birthDate.ageOn(today))
                s.birthDate = PartialDate::estimatedFromAge(*age + dice.between(-1, 1), today);
            ++report.trueMatches;
        } else {
            s.sex = dice.chance(50) ? Sex::Female : Sex::Male;
            s.givenNames = givenFor(dice, s.sex);
            s.familyName1 = dice.pickCommon(SyntheticNames::family());
            s.familyName2 = dice.pickCommon(SyntheticNames::family());
            s.birthDate = PartialDate::estimatedFromAge(dice.between(1, 70), today);
        }
        s.lastKnownCountry = QStringLiteral("VEN");
        s.separation = QStringLiteral("Separated on the way");
        Result<qint64> id = requests.insert(r);
        if (!id)
            return id.error();
        ++report.tracingRequests;
    }
    report.screenings = activity.counts().screenings;
    report.procedures = activity.counts().procedures;
    report.deadlines = activity.counts().deadlines;
    report.plans = activity.counts().plans;
    report.planSteps = activity.counts().planSteps;
    if (Status s =
            AppStateRepository(m_db).setValue(QStringLiteral("generated_population"),
                                              QStringLiteral("version %1, %2 persons, seed %3")
                                                  .arg(Version)
                                                  .arg(options.persons)
                                                  .arg(options.seed));
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}
