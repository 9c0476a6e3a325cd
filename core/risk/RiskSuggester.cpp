#include "core/risk/RiskSuggester.h"

#include "core/domain/CaseRecord.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/RiskCatalogue.h"

namespace {
constexpr int AdultAge = 18;
constexpr int OlderAge = 60;

std::optional<int> ageOf(const CaseRecord& r, int index, QDate today)
{
    return r.members[index].person.birthDate.ageOn(today);
}

bool isChild(const CaseRecord& r, int index, QDate today)
{
    const auto age = ageOf(r, index, today);
    return age && *age < AdultAge;
}

bool isAdult(const CaseRecord& r, int index, QDate today)
{
    const auto age = ageOf(r, index, today);
    return age && *age >= AdultAge;
}

bool anyOtherMember(const CaseRecord& r, int index, const std::function<bool(int)>& test)
{
    for (int i = 0; i < r.members.size(); ++i) {
        if (i != index && test(i))
            return true;
    }
    return false;
}

// Whether a parent of the member is in the group, reading the relationships to the principal.
bool hasParentInGroup(const CaseRecord& r, int index, QDate today)
{
    const auto withRelationship = [&](Relationship rel, bool adultOnly) {
        return anyOtherMember(r, index, [&](int i) {
            return r.members[i].relationship == rel && (!adultOnly || isAdult(r, i, today));
        });
    };
    switch (r.members[index].relationship) {
    case Relationship::Principal:
    case Relationship::Sibling:
        return withRelationship(Relationship::Parent, false);
    case Relationship::Child:
        return isAdult(r, 0, today) || withRelationship(Relationship::Spouse, true);
    case Relationship::Grandchild:
        return withRelationship(Relationship::Child, true);
    default:
        return false;
    }
}
} // namespace

QStringList RiskSuggester::ruleNames()
{
    return {QStringLiteral("unaccompanied_child"), QStringLiteral("separated_child"),
            QStringLiteral("older_person_alone"), QStringLiteral("no_document"),
            QStringLiteral("child_born_abroad_unregistered")};
}

QString RiskSuggester::evaluate(const QString& rule, const CaseRecord& r, int index, QDate today)
{
    if (index < 0 || index >= r.members.size())
        return {};
    const Person& p = r.members[index].person;
    const auto age = ageOf(r, index, today);
    if (rule == QLatin1String("unaccompanied_child")) {
        if (isChild(r, index, today) &&
            !anyOtherMember(r, index, [&](int i) { return isAdult(r, i, today); }))
            return tr("Aged %1 and no adult is registered in the family group.").arg(*age);
    } else if (rule == QLatin1String("separated_child")) {
        if (isChild(r, index, today) &&
            anyOtherMember(r, index, [&](int i) { return isAdult(r, i, today); }) &&
            !hasParentInGroup(r, index, today))
            return tr("Aged %1 and none of the adults registered with them is recorded as a "
                      "parent.")
                .arg(*age);
    } else if (rule == QLatin1String("older_person_alone")) {
        if (age && *age >= OlderAge && !anyOtherMember(r, index, [&](int i) {
                const auto other = ageOf(r, i, today);
                return other && *other >= AdultAge && *other < OlderAge;
            }))
            return tr("Aged %1 and no younger adult is registered with them.").arg(*age);
    } else if (rule == QLatin1String("no_document")) {
        if (p.hasNoDocument)
            return tr("Recorded as having no identity document.");
    } else if (rule == QLatin1String("child_born_abroad_unregistered")) {
        const bool birthCertificate =
            std::any_of(p.documents.begin(), p.documents.end(), [](const IdentityDocument& d) {
                return d.type == DocumentType::BirthCertificate;
            });
        if (isChild(r, index, today) && !p.birthCountry.isEmpty() &&
            !p.nationalities.contains(p.birthCountry) && !birthCertificate)
            return tr("Born in %1, which is not a country of their nationality, and no birth "
                      "certificate is recorded.")
                .arg(CountryCatalog::instance().name(p.birthCountry));
    }
    return {};
}

QList<RiskSuggestion> RiskSuggester::suggest(const CaseRecord& record, int memberIndex, QDate today,
                                             const RiskCatalogue& catalogue)
{
    QList<RiskSuggestion> out;
    for (const RiskCategory& category : catalogue.categories()) {
        for (const RiskIndicator& indicator : category.indicators) {
            if (indicator.suggestedBy.isEmpty())
                continue;
            const QString reason = evaluate(indicator.suggestedBy, record, memberIndex, today);
            if (!reason.isEmpty())
                out.append({indicator.code, reason});
        }
    }
    return out;
}
