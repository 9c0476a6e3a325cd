#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QRandomGenerator64>

#include <functional>

class Clock;
class Database;

// A synthetic population that looks like the real one, for benchmarks and demonstrations,
// made of invented people only: families of 1 to 9 with consistent ages and relationships,
// names in Venezuelan and Colombian patterns, mostly Venezuelan nationals, registered at
// sites in the receiving countries, and tracing requests of which some truly match a
// registered person (under a spelling of their name a relative might use); about a third of
// the cases are screened for risk, a quarter have a legal procedure with its deadlines and
// nearly half of the open ones a case plan. The same
// seed gives the same population. Each case is written by CaseWriter, as one typed in the case
// form, a batch of families per transaction, so every index and rule holds as for data entered
// by hand.
class PopulationGenerator
{
    Q_DECLARE_TR_FUNCTIONS(PopulationGenerator)

public:
    // Bump when the population changes: cached benchmark databases are remade.
    static constexpr int Version = 4;
    static constexpr int FamiliesPerTransaction = 2000;
    // One tracing request per this many persons; half of them match someone.
    static constexpr int PersonsPerTracingRequest = 100;

    struct Options
    {
        int persons = 1000;
        quint64 seed = 1;
        // Every family and tracing request at this registered site (0: at the generator's
        // own sites along the routes out of Venezuela).
        qint64 siteId = 0;
    };
    struct Report
    {
        int persons = 0;
        int cases = 0;
        int tracingRequests = 0;
        int trueMatches = 0;
        int screenings = 0;
        int procedures = 0;
        int deadlines = 0;
        int plans = 0;
        int planSteps = 0;
    };

    PopulationGenerator(Database& db, const Clock& clock);

    // Refuses a database that already holds cases: generated people never mix with real ones.
    // `progress(personsDone, total)` returning false stops after the current batch.
    Result<Report> generate(const Options& options,
                            const std::function<bool(int, int)>& progress = {});

private:
    Database& m_db;
    const Clock& m_clock;
};
