#include "core/security/CaseRedactor.h"

#include "core/domain/CaseRecord.h"
#include "core/security/AccessPolicy.h"

void CaseRedactor::apply(CaseRecord& record, Role role)
{
    const bool documents = AccessPolicy::allows(role, Permission::ViewDocumentsAndContact);
    const bool notes = AccessPolicy::allows(role, Permission::ViewNotes);
    const bool birthDates = AccessPolicy::allows(role, Permission::ViewExactBirthDates);
    for (CaseMember& m : record.members) {
        Person& p = m.person;
        if (!documents) {
            p.documents.clear();
            p.hasNoDocument = false;
            p.phone.clear();
        }
        if (!birthDates && (p.birthDate.precision() == PartialDate::Precision::Exact ||
                            p.birthDate.precision() == PartialDate::Precision::YearMonth))
            p.birthDate = PartialDate::yearOnly(p.birthDate.year());
    }
    if (!notes) {
        record.notes.clear();
        record.closureReason.clear();
    }
}
