#pragma once

#include "core/common/Result.h"
#include "core/security/Permission.h"
#include "core/security/Role.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

// The permission matrix: which role may do what. Services ask it before every operation;
// hiding a button is never the protection.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    static bool allows(Role role, Permission permission);
    // Fails with NotPermitted, in a sentence, when the session's role may not do it.
    static Status require(const UserSession& session, Permission permission);
};
