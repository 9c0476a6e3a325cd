#pragma once

#include "core/common/Result.h"
#include "core/domain/Site.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

// The organisation's sites (border posts, shelters, clinics) where cases are registered.
class SiteService
{
    Q_DECLARE_TR_FUNCTIONS(SiteService)

public:
    SiteService(const Database& db, const Clock& clock, const UserSession& session);

    static QList<FieldError> validate(const Site& site);
    Result<Site> create(const Site& site);
    // By code, the demonstration site (if any) last.
    Result<QList<Site>> sites() const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
