#include "core/security/AccessPolicy.h"

#include <QSet>

namespace {
using P = Permission;

// The matrix, deny by default: each role lists what it may do, so a new permission is
// granted to nobody until someone decides who needs it (tst_permissions prints the whole
// table against the one expected). Volunteers see what family reunification needs, trace
// families and run anonymous monitoring interviews, but a child's match and what happened to
// a person of a case are for legal staff; coordinators see counts only.
const QSet<Permission>& grantsOf(Role role)
{
    static const QSet<Permission> administrator{
        P::ViewCaseList,  P::ViewCase,     P::ViewExactBirthDates, P::ViewDocumentsAndContact,
        P::ViewNotes,     P::CreateCase,   P::EditCase,            P::ManageSites,
        P::ManageUsers,   P::ViewAudit,    P::MakeBackup,          P::RestoreBackup,
        P::ViewAggregates, P::ViewRisk,    P::EditRisk,            P::ViewLegal,
        P::EditLegal,     P::TraceFamilies, P::ReviewChildMatches, P::ImportCases,
        P::SetCountThreshold, P::InventedData, P::MergeRecords, P::Refer,
        P::ManagePartners, P::PlanCases, P::AnswerDataRequests, P::DocumentIncidents,
        P::MonitorProtection, P::NetworkCounts};
    static const QSet<Permission> legalStaff{
        P::ViewCaseList,  P::ViewCase,     P::ViewExactBirthDates, P::ViewDocumentsAndContact,
        P::ViewNotes,     P::CreateCase,   P::EditCase,            P::MakeBackup,
        P::ViewAggregates, P::ViewRisk,    P::EditRisk,            P::ViewLegal,
        P::EditLegal,     P::TraceFamilies, P::ReviewChildMatches, P::ImportCases,
        P::MergeRecords,  P::Refer,        P::PlanCases, P::DocumentIncidents,
        P::MonitorProtection};
    static const QSet<Permission> volunteer{P::ViewCaseList, P::ViewCase, P::TraceFamilies,
                                            P::MonitorProtection};
    static const QSet<Permission> coordinator{P::ViewAggregates, P::NetworkCounts};
    static const QSet<Permission> none;
    switch (role) {
    case Role::Administrator:
        return administrator;
    case Role::LegalStaff:
        return legalStaff;
    case Role::Volunteer:
        return volunteer;
    case Role::Coordinator:
        return coordinator;
    }
    return none;
}
} // namespace

bool AccessPolicy::allows(Role role, Permission permission)
{
    return grantsOf(role).contains(permission);
}

Status AccessPolicy::require(const UserSession& session, Permission permission)
{
    if (!session.isValid())
        return Error(Error::Code::NotPermitted, tr("Sign in first."));
    if (allows(session.role, permission))
        return {};
    return Error(
        Error::Code::NotPermitted,
        tr("Not permitted: as %1 you may not %2. Ask an administrator if you need to.")
            .arg(roleCodes().label(session.role).toLower(), permissionCodes().label(permission)));
}
