#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Clock;
class Database;
class TableGraph;

// Removes one person from every record of this database, in the caller's transaction. A
// case the person was alone in goes with everything in it; in a family's case the person's
// membership goes (a principal's place passes to the next member) and the family stays.
// Every row the schema's foreign keys tie to the person goes — screenings, documents,
// specific needs, family links, procedures' and referrals' lists of persons, match proposals,
// the tracing requests they made or that found them — except a procedure's deadline, which
// stays with the procedure, no longer naming them. The search index loses them; merges to
// review that would put them back are closed; records from other sites waiting for review
// that carry them are dropped. No permission is checked and no audit entry written here:
// ErasureService does both.
class PersonEraser
{
    Q_DECLARE_TR_FUNCTIONS(PersonEraser)

public:
    struct Outcome
    {
        QList<qint64> casesRemoved;
        QList<qint64> casesKept;
        QStringList caseNumbers; // of both
        QList<qint64> tracingRequestsRemoved;
    };

    PersonEraser(const Database& db, const Clock& clock, const TableGraph& graph);

    // `values`: what identifies the person (names, document numbers, phone), to find the
    // copies of them outside their records.
    Result<Outcome> erase(qint64 personId, const QByteArray& personUid,
                          const QStringList& values) const;

private:
    Status passPrincipal(qint64 caseId, qint64 personId) const;

    const Database& m_db;
    const Clock& m_clock;
    const TableGraph& m_graph;
};
