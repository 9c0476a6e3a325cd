#pragma once

#include "common/Result.h"
#include "domain/Site.h"
#include "security/UserSession.h"

#include <QCoreApplication>

#include <optional>

class Clock;
class Database;

// A small set of invented people to try Amparo with. It is kept at a site of its own, so
// that it is never mistaken for real records and goes in one step: removing it deletes that
// site with every case, person and tracing request registered there.
class DemoDataService
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataService)

public:
    static constexpr int Persons = 250;
    static constexpr auto SiteCode = "DEMO";

    struct Removed
    {
        int cases = 0;
        int persons = 0;
        int tracingRequests = 0;
    };

    DemoDataService(Database& db, const Clock& clock, const UserSession& session);

    // The demonstration site while demonstration data is present.
    static Result<std::optional<Site>> site(const Database& db);
    // Only on a database without cases. The site takes the country and department of the
    // organisation's first site, so the demonstration looks like home.
    Result<Site> load();
    Result<Removed> remove();

private:
    Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
