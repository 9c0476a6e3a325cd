#pragma once

#include "core/common/Result.h"
#include "core/domain/MergePlan.h"
#include "core/domain/Person.h"

#include <QCoreApplication>
#include <QDate>

class Clock;
class Database;
class TableGraph;

// The one place two records of one person become one. Every row that refers to the removed
// person — memberships, screenings, procedures, deadlines, documents, specific needs, family
// links, tracing requests, match proposals, whatever the schema's foreign keys name — moves
// to the kept person; rows that would then say the same thing twice are dropped; the removed
// person is gone. No permission is checked and no audit entry written here: MergeService does
// both, in its own transaction.
class PersonMerger
{
    Q_DECLARE_TR_FUNCTIONS(PersonMerger)

public:
    PersonMerger(const Database& db, const Clock& clock, const TableGraph& graph);

    // The two records side by side, one line per field a person chooses between.
    static QList<MergeField> fields(const Person& kept, const Person& removed, QDate today);
    // The person as they stay: `kept`'s fields, those in `takeFromRemoved` from `removed`; the
    // other names and nationalities of both, and the spelling not chosen as another name, so
    // that a search for it still finds the person.
    static Person combined(const Person& kept, const Person& removed,
                           const QSet<QString>& takeFromRemoved);

    // `kept`: the person as they stay (combined()), with their id.
    Status merge(const Person& kept, qint64 removedId);

private:
    const Database& m_db;
    const Clock& m_clock;
    const TableGraph& m_graph;
};
