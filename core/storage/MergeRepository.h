#pragma once

#include "core/common/Result.h"
#include "core/domain/MergeRecord.h"

#include <QCoreApplication>

class Clock;
class Database;

// Merges kept for their review (table merges), with what undoing each needs, and the numbers
// of cases merged into others (merged_case_numbers). Callers wrap writes in a Transaction.
class MergeRepository
{
    Q_DECLARE_TR_FUNCTIONS(MergeRepository)

public:
    MergeRepository(const Database& db, const Clock& clock);

    // `involved` and `before`: RecordSnapshot's scope and rows, as JSON.
    Result<qint64> insert(const MergeRecord& merge, const QByteArray& involved,
                          const QByteArray& before);
    Status setAfterDigest(qint64 id, const QString& digest);
    Result<MergeRecord> find(qint64 id) const;
    // What undoing a merge needs: its scope, the rows before it and the digest after it.
    struct UndoState
    {
        QByteArray involved;
        QByteArray before;
        QString afterDigest;
    };
    Result<UndoState> undoState(qint64 id) const;
    // Merges still to review, newest first.
    Result<QList<MergeRecord>> open() const;
    // Closes the review or marks the merge undone; what undo needed is dropped either way.
    Status decide(qint64 id, MergeState state, const QString& by);

    Status redirect(const QString& caseNumber, qint64 caseId);
    // The case a merged-away number now leads to, or 0.
    Result<qint64> caseForMergedNumber(const QString& caseNumber) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};
