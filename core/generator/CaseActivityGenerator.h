#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QCoreApplication>
#include <QRandomGenerator64>

class Clock;
class Database;

// What happens to a generated case after it is registered: heightened-risk screenings with
// levels and recommended actions, and legal procedures moved through their stages by events,
// with the deadlines those events create (past ones mostly met, later ones open), and case
// plans whose past steps are mostly done and whose later ones are planned. Stages,
// outcomes and deadlines follow ProcedureRules::plan, so a generated procedure looks like
// one entered by hand. Writes through the repositories inside the caller's transaction.
class CaseActivityGenerator
{
    Q_DECLARE_TR_FUNCTIONS(CaseActivityGenerator)

public:
    static constexpr int ScreenedPercent = 30;
    static constexpr int ProcedurePercent = 25;
    static constexpr int PlannedPercent = 45; // of the open cases

    struct Counts
    {
        int screenings = 0;
        int procedures = 0;
        int deadlines = 0;
        int plans = 0;
        int planSteps = 0;
    };

    CaseActivityGenerator(Database& db, const Clock& clock, quint64 seed);

    // `record` as saved (ids set); `country` where its site is.
    Status addTo(const CaseRecord& record, const QString& country);
    const Counts& counts() const { return m_counts; }

private:
    Status screen(const CaseRecord& record, const Person& person);
    Status openProcedure(const CaseRecord& record, const QString& country);
    Status plan(const CaseRecord& record);
    int below(int n) { return below(m_random, n); }
    bool chance(int percent) { return below(100) < percent; }
    static int below(QRandomGenerator64& random, int n)
    {
        return n <= 1 ? 0 : int(random.bounded(quint64(n)));
    }

    Database& m_db;
    const Clock& m_clock;
    QRandomGenerator64 m_random;
    // Plans draw from their own sequence, so that a seed still gives the screenings and
    // procedures it gave before plans were generated.
    QRandomGenerator64 m_planRandom;
    Counts m_counts;
};
