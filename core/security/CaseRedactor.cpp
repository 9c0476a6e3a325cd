#include "core/security/CaseRedactor.h"

#include "core/domain/CaseRecord.h"
#include "core/security/AccessPolicy.h"

CaseRedactor::Withheld CaseRedactor::withheldFor(Role role)
{
    return {!AccessPolicy::allows(role, Permission::ViewDocumentsAndContact),
            !AccessPolicy::allows(role, Permission::ViewNotes),
            !AccessPolicy::allows(role, Permission::ViewExactBirthDates)};
}

QString CaseRedactor::notShown()
{
    return tr("not shown to your role");
}

QStringList CaseRedactor::Withheld::fields() const
{
    QStringList out;
    if (documentsAndContact)
        out << QStringLiteral("documents") << QStringLiteral("phone");
    if (notes)
        out << QStringLiteral("notes") << QStringLiteral("closureReason");
    if (exactBirthDates)
        out << QStringLiteral("exactBirthDates");
    return out;
}

QString CaseRedactor::Withheld::sentence() const
{
    QStringList parts;
    if (documentsAndContact)
        parts.append(tr("identity documents and phone numbers"));
    if (exactBirthDates)
        parts.append(tr("exact dates of birth (the year is shown)"));
    if (notes)
        parts.append(tr("notes and reasons for closing"));
    return parts.isEmpty() ? QString()
                           : tr("Not shown to your role, whether recorded or not: %1.")
                                 .arg(parts.join(QStringLiteral("; ")));
}

void CaseRedactor::apply(CaseRecord& record, Role role)
{
    const Withheld withheld = withheldFor(role);
    for (CaseMember& m : record.members) {
        Person& p = m.person;
        if (withheld.documentsAndContact) {
            p.documents.clear();
            p.hasNoDocument = false;
            p.phone.clear();
        }
        if (withheld.exactBirthDates &&
            (p.birthDate.precision() == PartialDate::Precision::Exact ||
             p.birthDate.precision() == PartialDate::Precision::YearMonth))
            p.birthDate = PartialDate::yearOnly(p.birthDate.year());
    }
    if (withheld.notes) {
        record.notes.clear();
        record.closureReason.clear();
        record.voluntaryReturn = {};
    }
}
