#pragma once

#include "core/common/Result.h"
#include "core/security/UserSession.h"
#include "core/statistics/AggregateTable.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <utility>

class Clock;
class Database;

// Anonymized counts for coordinators: runs a definition, protects the table (CellSuppressor)
// and refuses a definition too fine to publish. Files are written by StatisticsExporter.
class AggregateService
{
    Q_DECLARE_TR_FUNCTIONS(AggregateService)

public:
    // More combinations than this cannot be read by anyone, and would mostly be hidden.
    static constexpr int MaximumCells = 20000;

    AggregateService(const Database& db, const Clock& clock, const UserSession& session);

    // What to do with the values of a breakdown that too few records have.
    enum class SmallValues
    {
        KeepApart,   // each its own category (hidden when below the threshold)
        GroupAsOther // counted together as "Other": a small site can still publish a table
    };

    // The protected table. The threshold is the definition's or the organisation's, whichever
    // is higher.
    Result<AggregateTable> compute(const AggregateDefinition& definition,
                                   SmallValues small = SmallValues::KeepApart) const;
    // The counts before any protection, one per combination that has records: what a
    // network's coordinator adds up with other organisations' (CountsPackageService, which
    // checks who may).
    Result<QList<std::pair<QStringList, int>>>
    rawCounts(const AggregateDefinition& definition) const;
    // Protects counts however they were made (here, or added up from several organisations'):
    // small values grouped if asked, refused when too fine, every small cell hidden with what
    // would reveal it.
    static Result<AggregateTable> protect(const AggregateDefinition& definition,
                                          QList<std::pair<QStringList, int>> counts,
                                          SmallValues small);
    // What a measure can be broken down by.
    static QList<Dimension> dimensionsOf(Measure measure);

    // The smallest count the organisation shows (at least 5); raised with SetCountThreshold.
    Result<int> organisationThreshold() const;
    Status setOrganisationThreshold(int threshold) const;

private:
    // Merges the values of the widest categorical breakdown that have fewer records than the
    // threshold into AggregateTable::OtherCode.
    static void groupSmallValues(const AggregateDefinition& definition,
                                 QList<std::pair<QStringList, int>>& counts,
                                 QList<QSet<QString>>& distinct);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
