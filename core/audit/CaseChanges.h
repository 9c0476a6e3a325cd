#pragma once

#include "core/audit/AuditEntry.h"

#include <QList>

struct CaseRecord;

// The fields that differ between two versions of a case, for the audit trail: the case's
// own fields, members added or removed, each member's changed fields, consent, new notes.
class CaseChanges
{
public:
    static QList<AuditChange> between(const CaseRecord& before, const CaseRecord& after);
    // Everything in a new case, as changes from nothing.
    static QList<AuditChange> created(const CaseRecord& record);
};
