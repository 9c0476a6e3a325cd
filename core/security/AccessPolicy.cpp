#include "AccessPolicy.h"

namespace {
using P = Permission;

// The matrix. Volunteers see what family reunification needs and trace families, but a
// child's match is for legal staff; coordinators see counts only.
bool matrix(Role role, Permission p)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::LegalStaff:
        return p != P::ManageSites && p != P::ManageUsers && p != P::ViewAudit &&
               p != P::RestoreBackup;
    case Role::Volunteer:
        return p == P::ViewCaseList || p == P::ViewCase || p == P::TraceFamilies;
    case Role::Coordinator:
        return p == P::ViewAggregates;
    }
    return false;
}
} // namespace

bool AccessPolicy::allows(Role role, Permission permission)
{
    return matrix(role, permission);
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
