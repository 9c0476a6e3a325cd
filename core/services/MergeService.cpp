#include "core/services/MergeService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/matching/NameMatcher.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseMerger.h"
#include "core/services/CaseService.h"
#include "core/services/PersonMerger.h"
#include "core/storage/CaseMemberRepository.h"
#include "core/storage/CaseRiskRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MergeRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/PersonSearchIndex.h"
#include "core/storage/RecordOwnership.h"
#include "core/storage/TableGraph.h"
#include "core/storage/Transaction.h"

namespace {
// Names this alike are offered as one person registered twice when two cases are merged.
constexpr double PrincipalsAlikeScore = 0.85;

QList<AuditChange> changesOf(const QList<MergeField>& fields, const QSet<QString>& taken,
                             const QString& prefix = {})
{
    QList<AuditChange> changes;
    for (const MergeField& f : fields) {
        if (taken.contains(f.key) && f.differs())
            changes.append({prefix + f.key, f.keptValue, f.removedValue});
    }
    return changes;
}
} // namespace

MergeService::MergeService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Status MergeService::checkOwnedHere(const RecordSnapshot::Scope& scope) const
{
    // A copy kept for another site is changed there: a merge here would be undone by its
    // next package, or fight it.
    Result<QList<std::pair<qint64, qint64>>> memberships =
        CaseMemberRepository(m_db).casesOf(scope.personIds);
    if (!memberships)
        return memberships.error();
    QList<qint64> caseIds = scope.caseIds;
    for (const auto& [caseId, personId] : *memberships)
        caseIds.append(caseId);
    RecordOwnership ownership(m_db);
    for (qint64 id : scope.personIds) {
        if (Status s = ownership.checkOwnedHere(QStringLiteral("persons"), id); !s)
            return s;
    }
    for (qint64 id : std::as_const(caseIds)) {
        if (Status s = ownership.checkOwnedHere(QStringLiteral("cases"), id); !s)
            return s;
    }
    return {};
}

Result<QString> MergeService::personLabel(qint64 personId) const
{
    Result<Person> p = PersonRepository(m_db, m_clock).find(personId);
    if (!p)
        return p.error();
    Result<QString> number = CaseMemberRepository(m_db).firstCaseNumber(personId);
    if (!number)
        return number.error();
    return number->isEmpty() ? p->fullName() : tr("%1 (%2)").arg(p->fullName(), *number);
}

Result<MergePreview> MergeService::previewPersons(qint64 keptId, qint64 removedId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s.error();
    if (keptId == removedId)
        return Error(Error::Code::Invalid, tr("A record cannot be merged with itself."));
    PersonRepository persons(m_db, m_clock);
    Result<Person> kept = persons.find(keptId);
    if (!kept)
        return kept.error();
    Result<Person> removed = persons.find(removedId);
    if (!removed)
        return removed.error();
    MergePreview preview;
    preview.kind = MergeKind::Person;
    preview.keptId = keptId;
    preview.removedId = removedId;
    for (auto [id, label] :
         {std::pair(keptId, &preview.keptLabel), std::pair(removedId, &preview.removedLabel)}) {
        Result<QString> l = personLabel(id);
        if (!l)
            return l.error();
        *label = *l;
    }
    preview.fields = PersonMerger::fields(*kept, *removed, m_clock.today());
    if (!removed->documents.isEmpty())
        preview.joined.append(tr("%n identity document(s)", "", int(removed->documents.size())));
    Result<QList<std::pair<qint64, qint64>>> cases =
        CaseMemberRepository(m_db).casesOf({removedId});
    if (!cases)
        return cases.error();
    if (!cases->isEmpty())
        preview.joined.append(tr("membership of %n case(s)", "", int(cases->size())));
    preview.joined.append(tr("every screening, procedure, deadline, specific need, family link "
                             "and tracing request of %1")
                              .arg(removed->fullName()));
    return preview;
}

Result<MergePreview> MergeService::previewCases(qint64 keptCaseId, qint64 removedCaseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s.error();
    if (keptCaseId == removedCaseId)
        return Error(Error::Code::Invalid, tr("A case cannot be merged with itself."));
    CaseService cases(m_db, m_clock, m_session);
    Result<CaseRecord> kept = cases.load(keptCaseId);
    if (!kept)
        return kept.error();
    Result<CaseRecord> removed = cases.load(removedCaseId);
    if (!removed)
        return removed.error();
    MergePreview preview;
    preview.kind = MergeKind::Case;
    preview.keptId = keptCaseId;
    preview.removedId = removedCaseId;
    preview.keptLabel = kept->caseNumber;
    preview.removedLabel = removed->caseNumber;
    preview.fields = CaseMerger::fields(*kept, *removed);
    const Person& keptPrincipal = kept->members.constFirst().person;
    const Person& removedPrincipal = removed->members.constFirst().person;
    preview.principalFields =
        PersonMerger::fields(keptPrincipal, removedPrincipal, m_clock.today());
    preview.principalsAlike =
        keptPrincipal.id == removedPrincipal.id ||
        NameMatcher::compare(PersonName::of(keptPrincipal), PersonName::of(removedPrincipal))
                .score >= PrincipalsAlikeScore;
    preview.joined.append(
        tr("the family group of %1 (%n person(s))", "", int(removed->members.size()))
            .arg(removed->caseNumber));
    preview.joined.append(tr("every note, screening, procedure, deadline, conflict check and "
                             "tracing request of %1")
                              .arg(removed->caseNumber));
    return preview;
}

Result<MergeRecord> MergeService::merge(const MergePlan& plan)
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s.error();
    if (plan.keptId == plan.removedId)
        return Error(Error::Code::Invalid, tr("A record cannot be merged with itself."));
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<MergeRecord> merged =
        plan.kind == MergeKind::Person ? mergePersons(plan) : mergeCases(plan);
    if (!merged)
        return merged;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return merged;
}

Result<MergeRecord> MergeService::mergePersons(const MergePlan& plan)
{
    Result<TableGraph> graph = TableGraph::of(m_db);
    if (!graph)
        return graph.error();
    PersonRepository persons(m_db, m_clock);
    Result<Person> kept = persons.find(plan.keptId);
    if (!kept)
        return kept.error();
    Result<Person> removed = persons.find(plan.removedId);
    if (!removed)
        return removed.error();
    MergeRecord record;
    record.kind = MergeKind::Person;
    record.keptId = plan.keptId;
    record.removedId = plan.removedId;
    record.mergedBy = m_session.username;
    record.mergedAt = m_clock.now();
    for (auto [id, label] : {std::pair(plan.keptId, &record.keptLabel),
                             std::pair(plan.removedId, &record.removedLabel)}) {
        Result<QString> l = personLabel(id);
        if (!l)
            return l.error();
        *label = *l;
    }
    const RecordSnapshot::Scope scope{{plan.keptId, plan.removedId}, {}};
    if (Status s = checkOwnedHere(scope); !s)
        return s.error();
    Result<RecordSnapshot> before = RecordSnapshot::take(m_db, *graph, scope);
    if (!before)
        return before.error();
    MergeRepository merges(m_db, m_clock);
    Result<qint64> id = merges.insert(record, RecordSnapshot::scopeJson(scope), before->toJson());
    if (!id)
        return id.error();
    record.id = *id;
    const Person staying = PersonMerger::combined(*kept, *removed, plan.takeFromRemoved);
    if (Status s = PersonMerger(m_db, m_clock, *graph).merge(staying, plan.removedId); !s)
        return s.error();
    Result<RecordSnapshot> after = RecordSnapshot::take(m_db, *graph, scope);
    if (!after)
        return after.error();
    if (Status s = merges.setAfterDigest(record.id, after->digest()); !s)
        return s.error();
    const AuditEvent event{
        QStringLiteral("person.merge"),
        QStringLiteral("person"),
        QString::number(plan.keptId),
        record.keptLabel,
        changesOf(PersonMerger::fields(*kept, *removed, m_clock.today()), plan.takeFromRemoved),
        tr("%1 merged into %2 (merge %3)")
            .arg(record.removedLabel, record.keptLabel)
            .arg(record.id)};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s.error();
    return record;
}

Result<MergeRecord> MergeService::mergeCases(const MergePlan& plan)
{
    Result<TableGraph> graph = TableGraph::of(m_db);
    if (!graph)
        return graph.error();
    CaseService cases(m_db, m_clock, m_session);
    Result<CaseRecord> kept = cases.load(plan.keptId);
    if (!kept)
        return kept.error();
    Result<CaseRecord> removed = cases.load(plan.removedId);
    if (!removed)
        return removed.error();
    const Person& keptPrincipal = kept->members.constFirst().person;
    const Person& removedPrincipal = removed->members.constFirst().person;
    const bool mergePrincipals = plan.mergePrincipals && keptPrincipal.id != removedPrincipal.id;
    MergeRecord record;
    record.kind = MergeKind::Case;
    record.keptId = plan.keptId;
    record.removedId = plan.removedId;
    record.keptLabel = kept->caseNumber;
    record.removedLabel = removed->caseNumber;
    record.mergedBy = m_session.username;
    record.mergedAt = m_clock.now();
    RecordSnapshot::Scope scope{{}, {plan.keptId, plan.removedId}};
    if (mergePrincipals)
        scope.personIds = {keptPrincipal.id, removedPrincipal.id};
    if (Status s = checkOwnedHere(scope); !s)
        return s.error();
    Result<RecordSnapshot> before = RecordSnapshot::take(m_db, *graph, scope);
    if (!before)
        return before.error();
    MergeRepository merges(m_db, m_clock);
    Result<qint64> id = merges.insert(record, RecordSnapshot::scopeJson(scope), before->toJson());
    if (!id)
        return id.error();
    record.id = *id;
    QList<AuditChange> changes =
        changesOf(CaseMerger::fields(*kept, *removed), plan.takeFromRemoved);
    if (mergePrincipals) {
        const Person staying =
            PersonMerger::combined(keptPrincipal, removedPrincipal, plan.principalTakeFromRemoved);
        if (Status s = PersonMerger(m_db, m_clock, *graph).merge(staying, removedPrincipal.id); !s)
            return s.error();
        changes += changesOf(PersonMerger::fields(keptPrincipal, removedPrincipal, m_clock.today()),
                             plan.principalTakeFromRemoved, QStringLiteral("principal."));
    }
    const CaseRecord staying = CaseMerger::combined(*kept, *removed, plan.takeFromRemoved);
    const std::optional<Relationship> joinsAs =
        mergePrincipals || keptPrincipal.id == removedPrincipal.id
            ? std::nullopt
            : std::optional<Relationship>(plan.removedPrincipalJoinsAs);
    if (Status s = CaseMerger(m_db, m_clock, *graph).merge(staying, *removed, joinsAs); !s)
        return s.error();
    Result<RecordSnapshot> after = RecordSnapshot::take(m_db, *graph, scope);
    if (!after)
        return after.error();
    if (Status s = merges.setAfterDigest(record.id, after->digest()); !s)
        return s.error();
    const AuditEvent event{QStringLiteral("case.merge"),
                           QStringLiteral("case"),
                           QString::number(plan.keptId),
                           record.keptLabel,
                           changes,
                           tr("case %1 merged into %2 (merge %3)")
                               .arg(record.removedLabel, record.keptLabel)
                               .arg(record.id)};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s.error();
    return record;
}

Result<QList<MergeRecord>> MergeService::toReview() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s.error();
    return MergeRepository(m_db, m_clock).open();
}

Result<MergeRecord> MergeService::openMerge(qint64 mergeId) const
{
    Result<MergeRecord> merge = MergeRepository(m_db, m_clock).find(mergeId);
    if (!merge)
        return merge;
    if (merge->state == MergeState::Undone)
        return Error(Error::Code::Conflict, tr("The merge of %1 into %2 was undone already.")
                                                .arg(merge->removedLabel, merge->keptLabel));
    if (merge->state == MergeState::Closed)
        return Error(Error::Code::Conflict,
                     tr("The review of the merge of %1 into %2 is closed: it can no longer be "
                        "undone.")
                         .arg(merge->removedLabel, merge->keptLabel));
    return merge;
}

Status MergeService::undo(qint64 mergeId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    Result<MergeRecord> merge = openMerge(mergeId);
    if (!merge)
        return merge.error();
    MergeRepository merges(m_db, m_clock);
    Result<MergeRepository::UndoState> state = merges.undoState(mergeId);
    if (!state)
        return state.error();
    Result<RecordSnapshot::Scope> scope = RecordSnapshot::scopeFromJson(state->involved);
    if (!scope)
        return scope.error();
    Result<TableGraph> graph = TableGraph::of(m_db);
    if (!graph)
        return graph.error();
    Result<RecordSnapshot> now = RecordSnapshot::take(m_db, *graph, *scope);
    if (!now)
        return now.error();
    if (now->digest() != state->afterDigest)
        return Error(Error::Code::Conflict,
                     tr("%1 changed after the merge, so undoing it would lose that change. "
                        "Nothing was undone. If the merge was wrong, correct the records by "
                        "hand.")
                         .arg(merge->keptLabel));
    Result<RecordSnapshot> before = RecordSnapshot::fromJson(state->before);
    if (!before)
        return before.error();
    if (Status s = before->restore(m_db, *graph); !s)
        return s;
    // The search index lies outside the rows put back; so does the risk of the other cases of
    // the persons, which follows their screenings.
    PersonRepository persons(m_db, m_clock);
    for (qint64 personId : scope->personIds) {
        Result<Person> p = persons.find(personId);
        if (!p)
            return p.error();
        if (Status s = PersonSearchIndex(m_db).index(personId, *p); !s)
            return s;
    }
    Result<QList<std::pair<qint64, qint64>>> memberships =
        CaseMemberRepository(m_db).casesOf(scope->personIds);
    if (!memberships)
        return memberships.error();
    QSet<qint64> refreshed;
    for (const auto& [caseId, personId] : *memberships) {
        // The scope's own cases got their risk back with their rows.
        if (!scope->caseIds.contains(caseId) && !refreshed.contains(caseId)) {
            if (Status s = CaseRiskRepository(m_db).refresh(caseId, m_clock); !s)
                return s;
            refreshed.insert(caseId);
        }
    }
    if (Status s = merges.decide(mergeId, MergeState::Undone, m_session.username); !s)
        return s;
    const bool isCase = merge->kind == MergeKind::Case;
    const AuditEvent event{
        isCase ? QStringLiteral("case.merge_undo") : QStringLiteral("person.merge_undo"),
        isCase ? QStringLiteral("case") : QStringLiteral("person"),
        QString::number(merge->keptId),
        merge->keptLabel,
        {},
        tr("merge %1 undone: %2 is separate again").arg(mergeId).arg(merge->removedLabel)};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s;
    return transaction.commit();
}

Status MergeService::closeReview(qint64 mergeId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    Result<MergeRecord> merge = openMerge(mergeId);
    if (!merge)
        return merge.error();
    if (Status s =
            MergeRepository(m_db, m_clock).decide(mergeId, MergeState::Closed, m_session.username);
        !s)
        return s;
    const AuditEvent event{QStringLiteral("merge.review_close"),
                           merge->kind == MergeKind::Case ? QStringLiteral("case")
                                                          : QStringLiteral("person"),
                           QString::number(merge->keptId),
                           merge->keptLabel,
                           {},
                           tr("review of merge %1 closed (%2 into %3)")
                               .arg(mergeId)
                               .arg(merge->removedLabel, merge->keptLabel)};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s;
    return transaction.commit();
}
