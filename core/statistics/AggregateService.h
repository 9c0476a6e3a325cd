#pragma once

#include "AggregateTable.h"
#include "common/Result.h"
#include "security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;

// Anonymized counts for coordinators: runs a definition, protects the table (CellSuppressor),
// refuses a definition too fine to publish, and records every export in the audit trail.
class AggregateService
{
    Q_DECLARE_TR_FUNCTIONS(AggregateService)

public:
    // More combinations than this cannot be read by anyone, and would mostly be hidden.
    static constexpr int MaximumCells = 20000;

    AggregateService(const Database& db, const Clock& clock, const UserSession& session);

    // The protected table. The threshold is the definition's or the organisation's, whichever
    // is higher.
    Result<AggregateTable> compute(const AggregateDefinition& definition) const;
    // Who exported what, in which format: the definition only, never a count.
    Status recordExport(const AggregateDefinition& definition, const QString& format) const;
    // The same for the standard report over a period ("2026-03", "2026-Q1") and sites.
    Status recordReport(const QString& period, const QStringList& siteCodes,
                        const QString& format) const;

    // The smallest count the organisation shows (at least 5); only an administrator raises it.
    Result<int> organisationThreshold() const;
    Status setOrganisationThreshold(int threshold) const;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
