#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/MergePlan.h"

#include <QCoreApplication>

#include <optional>

class Clock;
class Database;
class TableGraph;

// The one place two cases of one family become one: the removed case's members join the kept
// case's family group (a person in both stays once), and its notes, screenings, procedures,
// deadlines, conflict checks, opposing parties and tracing requests — whatever the schema's
// foreign keys name — move to the kept case; its number leads to the kept case from then on.
// Principals registered twice are merged before (PersonMerger). No permission is checked and
// no audit entry written here: MergeService does both, in its own transaction.
class CaseMerger
{
    Q_DECLARE_TR_FUNCTIONS(CaseMerger)

public:
    CaseMerger(const Database& db, const Clock& clock, const TableGraph& graph);

    static QList<MergeField> fields(const CaseRecord& kept, const CaseRecord& removed);
    // The kept case with the fields in `takeFromRemoved` taken from `removed`.
    static CaseRecord combined(const CaseRecord& kept, const CaseRecord& removed,
                               const QSet<QString>& takeFromRemoved);

    // `kept`: the case as it stays (combined()). `removedPrincipalJoinsAs`: the removed
    // case's principal's place in the kept family group, unless they were merged with the kept
    // case's principal.
    Status merge(const CaseRecord& kept, const CaseRecord& removed,
                 std::optional<Relationship> removedPrincipalJoinsAs);

private:
    const Database& m_db;
    const Clock& m_clock;
    const TableGraph& m_graph;
};
