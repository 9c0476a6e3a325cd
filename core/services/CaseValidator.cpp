#include "core/services/CaseValidator.h"

#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/domain/CaseRecord.h"
#include "core/reference/CountryCatalog.h"

#include <QSet>

namespace {
// True when `younger` is certainly born before `older`, from what is known of both dates.
bool certainlyBornBefore(const PartialDate& younger, const PartialDate& older)
{
    if (!younger.isKnown() || !older.isKnown() || !younger.isValid() || !older.isValid())
        return false;
    return younger.latest() < older.earliest();
}
} // namespace

CaseValidator::CaseValidator(const Clock& clock)
    : m_clock(clock)
    , m_personValidator(clock)
{
}

QList<FieldError> CaseValidator::validateMember(const CaseMember& member,
                                                const Person& principal) const
{
    QList<FieldError> errors = m_personValidator.validate(member.person);
    const QString field = QStringLiteral("birthDate");
    const QString name = member.person.fullName();
    const QString principalName = principal.fullName();
    switch (member.relationship) {
    case Relationship::Child:
    case Relationship::Grandchild:
        if (certainlyBornBefore(member.person.birthDate, principal.birthDate))
            errors.append({field, tr("%1 is recorded as a child or grandchild of %2 but was born "
                                     "before them. Check both dates of birth and the "
                                     "relationship.")
                                      .arg(name, principalName)});
        break;
    case Relationship::Parent:
    case Relationship::Grandparent:
        if (certainlyBornBefore(principal.birthDate, member.person.birthDate))
            errors.append({field, tr("%1 is recorded as a parent or grandparent of %2 but was "
                                     "born after them. Check both dates of birth and the "
                                     "relationship.")
                                      .arg(name, principalName)});
        break;
    default:
        break;
    }
    return errors;
}

QList<FieldError> CaseValidator::validate(const CaseRecord& r) const
{
    QList<FieldError> errors;
    const QDate today = m_clock.today();
    if (r.siteId <= 0)
        errors.append(
            {QStringLiteral("site"), tr("Choose the site where the case is registered.")});
    if (!r.registeredOn.isValid())
        errors.append({QStringLiteral("registeredOn"), tr("Enter the registration date.")});
    else if (r.registeredOn > today)
        errors.append(
            {QStringLiteral("registeredOn"), tr("The registration date is in the future.")});
    if (r.caseworker.size() > MaxShortTextLength)
        errors.append(
            {QStringLiteral("caseworker"),
             tr("The caseworker's name can have at most %1 characters.").arg(MaxShortTextLength)});
    if (r.status != CaseStatus::Open && r.closureReason.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("closureReason"), tr("Say why the case is closed or transferred.")});
    if (r.closureReason.size() > MaxShortTextLength * 5)
        errors.append({QStringLiteral("closureReason"), tr("The reason is too long.")});
    validateOutcome(r, errors);

    if (r.members.isEmpty()) {
        errors.append({QStringLiteral("members"), tr("A case needs a principal person.")});
    } else if (r.members.size() > MaxMembers) {
        errors.append(
            {QStringLiteral("members"), tr("A case can have at most %1 members.").arg(MaxMembers)});
    } else {
        const Person& principal = r.members.constFirst().person;
        QSet<QString> documents;
        for (int i = 0; i < r.members.size(); ++i) {
            const CaseMember& m = r.members[i];
            const QString prefix = QStringLiteral("members/%1/").arg(i);
            const bool isPrincipal = m.relationship == Relationship::Principal;
            if (i == 0 && !isPrincipal)
                errors.append({prefix + QStringLiteral("relationship"),
                               tr("The first member must be the principal person.")});
            if (i > 0 && isPrincipal)
                errors.append({prefix + QStringLiteral("relationship"),
                               tr("%1 cannot also be principal: a case has one principal.")
                                   .arg(m.person.fullName())});
            const QList<FieldError> memberErrors =
                i == 0 ? m_personValidator.validate(m.person) : validateMember(m, principal);
            for (const FieldError& e : memberErrors)
                errors.append({prefix + e.field, e.message});
            QSet<QString> ownDocuments;
            for (int d = 0; d < m.person.documents.size(); ++d) {
                const IdentityDocument& doc = m.person.documents[d];
                const QString key = documentTypeCodes().code(doc.type) + doc.issuingCountry +
                                    TextNormalizer::documentNumber(doc.number);
                if (documents.contains(key))
                    errors.append({prefix + QStringLiteral("documents/%1/number").arg(d),
                                   tr("The document %1 of %2 is also recorded for another "
                                      "member of this case.")
                                       .arg(doc.number, m.person.fullName())});
                ownDocuments.insert(key);
            }
            documents.unite(ownDocuments);
        }
    }

    for (const CaseNote& note : r.notes) {
        if (note.id != 0)
            continue;
        if (note.author.trimmed().isEmpty())
            errors.append({QStringLiteral("notes"), tr("Say who wrote the note.")});
        if (note.text.trimmed().isEmpty())
            errors.append({QStringLiteral("notes"), tr("A note is empty.")});
        else if (note.text.size() > MaxNoteLength)
            errors.append({QStringLiteral("notes"),
                           tr("A note can have at most %1 characters.").arg(MaxNoteLength)});
    }

    if (r.consent) {
        if (!r.consent->givenOn.isValid())
            errors.append(
                {QStringLiteral("consent/givenOn"), tr("Enter the date the consent was given.")});
        else if (r.consent->givenOn > today)
            errors.append(
                {QStringLiteral("consent/givenOn"), tr("The consent date is in the future.")});
        if (r.consent->recordedBy.trimmed().isEmpty())
            errors.append(
                {QStringLiteral("consent/recordedBy"), tr("Enter who recorded the consent.")});
    }
    return errors;
}

void CaseValidator::validateOutcome(const CaseRecord& r, QList<FieldError>& errors) const
{
    if (r.outcome && r.status != CaseStatus::Closed)
        errors.append({QStringLiteral("outcome"), tr("Only a closed case has an outcome.")});
    const VoluntaryReturn& v = r.voluntaryReturn;
    if (r.outcome != CaseOutcome::VoluntaryReturn) {
        if (!v.isEmpty() || v.informedDecision)
            errors.append({QStringLiteral("voluntaryReturn"),
                           tr("A return is recorded only with the outcome “voluntary return”.")});
        return;
    }
    if (!v.on.isValid())
        errors.append({QStringLiteral("voluntaryReturn/on"), tr("Enter the date of the return.")});
    else if (r.registeredOn.isValid() && v.on < r.registeredOn)
        errors.append({QStringLiteral("voluntaryReturn/on"),
                       tr("The return is dated before the case was registered.")});
    else if (v.on > m_clock.today().addYears(1))
        errors.append({QStringLiteral("voluntaryReturn/on"),
                       tr("The return is dated more than a year ahead.")});
    if (!CountryCatalog::instance().isCountry(v.country))
        errors.append({QStringLiteral("voluntaryReturn/country"),
                       tr("Choose the country the person returns to.")});
    if (v.place.size() > MaxShortTextLength)
        errors.append({QStringLiteral("voluntaryReturn/place"),
                       tr("The place can have at most %1 characters.").arg(MaxShortTextLength)});
    if (!v.informedDecision)
        errors.append({QStringLiteral("voluntaryReturn/informedDecision"),
                       tr("A return must be voluntary and informed: confirm that the person "
                          "decided it freely, knowing the conditions in the place of return.")});
}
