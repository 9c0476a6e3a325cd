#pragma once

#include "core/security/Role.h"

#include <QString>

// Who is signed in. Every service call is made on behalf of a session.
struct UserSession
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::Volunteer;

    bool isValid() const { return userId > 0; }
};
