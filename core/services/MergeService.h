#pragma once

#include "core/common/Result.h"
#include "core/domain/MergePlan.h"
#include "core/security/UserSession.h"
#include "core/storage/RecordSnapshot.h"

#include <QCoreApplication>

class Clock;
class Database;

// Two records of one person, or two cases of one family, made one (issue 21): side by side
// first, then merged in one transaction with one audit entry. Until someone closes the merge's
// review it can be undone, which puts back every row both records had, exactly. Legal staff
// and administrators only.
class MergeService
{
    Q_DECLARE_TR_FUNCTIONS(MergeService)

public:
    MergeService(const Database& db, const Clock& clock, const UserSession& session);

    Result<MergePreview> previewPersons(qint64 keptId, qint64 removedId) const;
    Result<MergePreview> previewCases(qint64 keptCaseId, qint64 removedCaseId) const;
    Result<MergeRecord> merge(const MergePlan& plan);

    // Merges whose review is still open, newest first.
    Result<QList<MergeRecord>> toReview() const;
    // Refused, with nothing changed, once the records changed after the merge: undoing it
    // then would lose that change.
    Status undo(qint64 mergeId);
    // The merge stays; what undoing it needed (the removed record's data) is dropped.
    Status closeReview(qint64 mergeId);

private:
    // Every record the merge changes belongs to this database.
    Status checkOwnedHere(const RecordSnapshot::Scope& scope) const;
    Result<QString> personLabel(qint64 personId) const;
    Result<MergeRecord> mergePersons(const MergePlan& plan);
    Result<MergeRecord> mergeCases(const MergePlan& plan);
    Result<MergeRecord> openMerge(qint64 mergeId) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
