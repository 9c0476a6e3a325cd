#pragma once

#include "core/common/Result.h"
#include "core/domain/Site.h"
#include "core/generator/PopulationGenerator.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

#include <optional>

class Clock;
class Database;

// Invented people, the one way into a database for them (Permission::InventedData): a small
// set to try Amparo with, kept at a site of its own so that it is never mistaken for real
// records and goes in one step (removing it deletes that site with every case, person and
// tracing request registered there); and a population of any size, at the generator's own
// sites along the routes out of Venezuela, to try Amparo at scale. Both only on a database
// without cases, and both recorded in the audit trail.
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
    // `progress(personsDone, total)` returning false stops after the current batch.
    Result<PopulationGenerator::Report>
    generate(int persons, quint64 seed, const std::function<bool(int, int)>& progress = {});

private:
    Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
