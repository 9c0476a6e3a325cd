#pragma once

#include "core/security/Role.h"

#include <QDateTime>
#include <QString>

// A person who signs in to Amparo. Users are never deleted (the audit trail points at
// them); they are deactivated.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Volunteer;
    bool active = true;
    QDateTime createdAt;
};
