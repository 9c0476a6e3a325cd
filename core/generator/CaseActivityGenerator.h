#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QCoreApplication>
#include <QRandomGenerator64>

class Clock;
class Database;

// What happens to a generated case after it is registered: heightened-risk screenings with
// levels and recommended actions, and legal procedures moved through their stages by events,
// with the deadlines those events create (past ones mostly met, later ones open). Stages,
// outcomes and deadlines follow ProcedureRules::plan, so a generated procedure looks like
// one entered by hand. Writes through the repositories inside the caller's transaction.
class CaseActivityGenerator
{
    Q_DECLARE_TR_FUNCTIONS(CaseActivityGenerator)

public:
    static constexpr int ScreenedPercent = 30;
    static constexpr int ProcedurePercent = 25;

    struct Counts
    {
        int screenings = 0;
        int procedures = 0;
        int deadlines = 0;
    };

    CaseActivityGenerator(Database& db, const Clock& clock, quint64 seed);

    // `record` as saved (ids set); `country` where its site is.
    Status addTo(const CaseRecord& record, const QString& country);
    const Counts& counts() const { return m_counts; }

private:
    Status screen(const CaseRecord& record, const Person& person);
    Status openProcedure(const CaseRecord& record, const QString& country);
    int below(int n) { return n <= 1 ? 0 : int(m_random.bounded(quint64(n))); }
    bool chance(int percent) { return below(100) < percent; }

    Database& m_db;
    const Clock& m_clock;
    QRandomGenerator64 m_random;
    Counts m_counts;
};
