#pragma once

#include "core/audit/AuditEntry.h"
#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/MergePlan.h"
#include "core/security/UserSession.h"
#include "core/storage/RecordSnapshot.h"

#include <QCoreApplication>

#include <functional>

class Clock;
class Database;
class Transaction;
class TableGraph;

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
    // The two records as the preview and the merge both read them, with their labels.
    template <typename T>
    struct Pair
    {
        T kept;
        T removed;
        QString keptLabel;
        QString removedLabel;
    };
    template <typename T>
    static MergePreview previewOf(MergeKind kind, qint64 keptId, qint64 removedId,
                                  const Pair<T>& two)
    {
        MergePreview preview;
        preview.kind = kind;
        preview.keptId = keptId;
        preview.removedId = removedId;
        preview.keptLabel = two.keptLabel;
        preview.removedLabel = two.removedLabel;
        return preview;
    }
    // Who may merge, and not a record with itself.
    Status checkPair(qint64 keptId, qint64 removedId) const;
    Result<Pair<Person>> readPersons(qint64 keptId, qint64 removedId) const;
    Result<Pair<CaseRecord>> readCases(qint64 keptId, qint64 removedId) const;
    // Every record the merge changes belongs to this database.
    Status checkOwnedHere(const RecordSnapshot::Scope& scope) const;
    Result<QString> personLabel(qint64 personId) const;
    Result<MergeRecord> mergePersons(const MergePlan& plan);
    Result<MergeRecord> mergeCases(const MergePlan& plan);
    // What every merge does around its own work: the rows before it kept for undo, the
    // merge kept for review, the digest of the rows after it, one audit entry (its summary's
    // last argument is the merge's number).
    Result<MergeRecord> recordMerge(MergeRecord record, const RecordSnapshot::Scope& scope,
                                    const std::function<Status(const TableGraph&)>& work,
                                    const AuditEvent& event);
    // What undoing and closing a review do first: the permission checked, `transaction` begun,
    // and the merge read, refused unless its review is still open.
    Result<MergeRecord> beginDecision(Transaction& transaction, qint64 mergeId) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
