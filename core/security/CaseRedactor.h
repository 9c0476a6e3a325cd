#pragma once

#include "core/security/Role.h"

#include <QCoreApplication>
#include <QStringList>

struct CaseRecord;

// Removes from a case what a role may not read: documents and contact details, notes and
// other free text, exact dates of birth (the year stays). A volunteer gets what family
// reunification needs, and nothing else — and is told what was left out, so that "not
// recorded" is never said of something that is recorded but not shown.
class CaseRedactor
{
    Q_DECLARE_TR_FUNCTIONS(CaseRedactor)

public:
    struct Withheld
    {
        bool documentsAndContact = false;
        bool notes = false;
        bool exactBirthDates = false;

        bool any() const { return documentsAndContact || notes || exactBirthDates; }
        // "documents", "phone", "notes", "closureReason", "exactBirthDates": field names as
        // amparo-cli's JSON has them.
        QStringList fields() const;
        // One sentence for the person: what is not shown to their role.
        QString sentence() const;
    };

    static void apply(CaseRecord& record, Role role);
    static Withheld withheldFor(Role role);
    // What a withheld field shows instead of its value.
    static QString notShown();
};
