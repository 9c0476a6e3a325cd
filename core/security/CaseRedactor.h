#pragma once

#include "core/security/Role.h"

struct CaseRecord;

// Removes from a case what a role may not read: documents and contact details, notes and
// other free text, exact dates of birth (the year stays). A volunteer gets what family
// reunification needs, and nothing else.
class CaseRedactor
{
public:
    static void apply(CaseRecord& record, Role role);
};
