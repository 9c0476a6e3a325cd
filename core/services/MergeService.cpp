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

Status MergeService::checkPair(qint64 keptId, qint64 removedId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s;
    if (keptId == removedId)
        return Error(Error::Code::Invalid, tr("A record cannot be merged with itself."));
    return {};
}

Result<MergeService::Pair<Person>> MergeService::readPersons(qint64 keptId, qint64 removedId) const
{
    if (Status s = checkPair(keptId, removedId); !s)
        return s.error();
    Pair<Person> pair;
    PersonRepository persons(m_db, m_clock);
    for (auto [id, person, label] : {std::tuple(keptId, &pair.kept, &pair.keptLabel),
                                     std::tuple(removedId, &pair.removed, &pair.removedLabel)}) {
        Result<Person> found = persons.find(id);
        if (!found)
            return found.error();
        *person = *found;
        Result<QString> l = personLabel(id);
        if (!l)
            return l.error();
        *label = *l;
    }
    return pair;
}

Result<MergeService::Pair<CaseRecord>> MergeService::readCases(qint64 keptId,
                                                               qint64 removedId) const
{
    if (Status s = checkPair(keptId, removedId); !s)
        return s.error();
    Pair<CaseRecord> pair;
    CaseService cases(m_db, m_clock, m_session);
    for (auto [id, record, label] : {std::tuple(keptId, &pair.kept, &pair.keptLabel),
                                     std::tuple(removedId, &pair.removed, &pair.removedLabel)}) {
        Result<CaseRecord> found = cases.load(id);
        if (!found)
            return found.error();
        *record = *found;
        *label = found->caseNumber;
    }
    return pair;
}

Result<MergePreview> MergeService::previewPersons(qint64 keptId, qint64 removedId) const
{
    Result<Pair<Person>> two = readPersons(keptId, removedId);
    if (!two)
        return two.error();
    MergePreview preview = previewOf(MergeKind::Person, keptId, removedId, *two);
    preview.fields = PersonMerger::fields(two->kept, two->removed, m_clock.today());
    if (!two->removed.documents.isEmpty())
        preview.joined.append(
            tr("%n identity document(s)", "", int(two->removed.documents.size())));
    Result<QList<std::pair<qint64, qint64>>> cases =
        CaseMemberRepository(m_db).casesOf({removedId});
    if (!cases)
        return cases.error();
    if (!cases->isEmpty())
        preview.joined.append(tr("membership of %n case(s)", "", int(cases->size())));
    preview.joined.append(tr("every screening, procedure, deadline, specific need, family link "
                             "and tracing request of %1")
                              .arg(two->removed.fullName()));
    return preview;
}

Result<MergePreview> MergeService::previewCases(qint64 keptCaseId, qint64 removedCaseId) const
{
    Result<Pair<CaseRecord>> two = readCases(keptCaseId, removedCaseId);
    if (!two)
        return two.error();
    MergePreview preview = previewOf(MergeKind::Case, keptCaseId, removedCaseId, *two);
    preview.fields = CaseMerger::fields(two->kept, two->removed);
    const Person& keptPrincipal = two->kept.members.constFirst().person;
    const Person& removedPrincipal = two->removed.members.constFirst().person;
    preview.principalFields =
        PersonMerger::fields(keptPrincipal, removedPrincipal, m_clock.today());
    preview.principalsAlike =
        keptPrincipal.id == removedPrincipal.id ||
        NameMatcher::compare(PersonName::of(keptPrincipal), PersonName::of(removedPrincipal))
                .score >= PrincipalsAlikeScore;
    preview.joined.append(
        tr("the family group of %1 (%n person(s))", "", int(two->removed.members.size()))
            .arg(two->removedLabel));
    preview.joined.append(tr("every note, screening, procedure, deadline, conflict check and "
                             "tracing request of %1")
                              .arg(two->removedLabel));
    return preview;
}

Result<MergeRecord> MergeService::merge(const MergePlan& plan)
{
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

Result<MergeRecord> MergeService::recordMerge(MergeRecord record,
                                              const RecordSnapshot::Scope& scope,
                                              const std::function<Status(const TableGraph&)>& work,
                                              const AuditEvent& event)
{
    Result<TableGraph> graph = TableGraph::of(m_db);
    if (!graph)
        return graph.error();
    if (Status s = checkOwnedHere(scope); !s)
        return s.error();
    Result<RecordSnapshot> before = RecordSnapshot::take(m_db, *graph, scope);
    if (!before)
        return before.error();
    record.mergedBy = m_session.username;
    record.mergedAt = m_clock.now();
    MergeRepository merges(m_db, m_clock);
    Result<qint64> id = merges.insert(record, RecordSnapshot::scopeJson(scope), before->toJson());
    if (!id)
        return id.error();
    record.id = *id;
    if (Status s = work(*graph); !s)
        return s.error();
    Result<RecordSnapshot> after = RecordSnapshot::take(m_db, *graph, scope);
    if (!after)
        return after.error();
    if (Status s = merges.setAfterDigest(record.id, after->digest()); !s)
        return s.error();
    AuditEvent recorded = event;
    recorded.summary = recorded.summary.arg(record.id);
    if (Status s = AuditLog(m_db, m_clock).record(m_session, recorded); !s)
        return s.error();
    return record;
}

Result<MergeRecord> MergeService::mergePersons(const MergePlan& plan)
{
    Result<Pair<Person>> two = readPersons(plan.keptId, plan.removedId);
    if (!two)
        return two.error();
    MergeRecord record;
    record.kind = MergeKind::Person;
    record.keptId = plan.keptId;
    record.removedId = plan.removedId;
    record.keptLabel = two->keptLabel;
    record.removedLabel = two->removedLabel;
    const AuditEvent event{
        QStringLiteral("person.merge"),
        QStringLiteral("person"),
        QString::number(plan.keptId),
        record.keptLabel,
        changesOf(PersonMerger::fields(two->kept, two->removed, m_clock.today()),
                  plan.takeFromRemoved),
        tr("%1 merged into %2 (merge %3)").arg(record.removedLabel, record.keptLabel)};
    const Person staying = PersonMerger::combined(two->kept, two->removed, plan.takeFromRemoved);
    return recordMerge(
        record, {{plan.keptId, plan.removedId}, {}},
        [&](const TableGraph& graph) {
            return PersonMerger(m_db, m_clock, graph).merge(staying, plan.removedId);
        },
        event);
}

Result<MergeRecord> MergeService::mergeCases(const MergePlan& plan)
{
    Result<Pair<CaseRecord>> two = readCases(plan.keptId, plan.removedId);
    if (!two)
        return two.error();
    const Person& keptPrincipal = two->kept.members.constFirst().person;
    const Person& removedPrincipal = two->removed.members.constFirst().person;
    const bool mergePrincipals = plan.mergePrincipals && keptPrincipal.id != removedPrincipal.id;
    MergeRecord record;
    record.kind = MergeKind::Case;
    record.keptId = plan.keptId;
    record.removedId = plan.removedId;
    record.keptLabel = two->keptLabel;
    record.removedLabel = two->removedLabel;
    RecordSnapshot::Scope scope{{}, {plan.keptId, plan.removedId}};
    QList<AuditChange> changes =
        changesOf(CaseMerger::fields(two->kept, two->removed), plan.takeFromRemoved);
    if (mergePrincipals) {
        scope.personIds = {keptPrincipal.id, removedPrincipal.id};
        changes += changesOf(PersonMerger::fields(keptPrincipal, removedPrincipal, m_clock.today()),
                             plan.principalTakeFromRemoved, QStringLiteral("principal."));
    }
    const AuditEvent event{
        QStringLiteral("case.merge"),
        QStringLiteral("case"),
        QString::number(plan.keptId),
        record.keptLabel,
        changes,
        tr("case %1 merged into %2 (merge %3)").arg(record.removedLabel, record.keptLabel)};
    const CaseRecord staying = CaseMerger::combined(two->kept, two->removed, plan.takeFromRemoved);
    const std::optional<Relationship> joinsAs =
        mergePrincipals || keptPrincipal.id == removedPrincipal.id
            ? std::nullopt
            : std::optional<Relationship>(plan.removedPrincipalJoinsAs);
    return recordMerge(
        record, scope,
        [&](const TableGraph& graph) -> Status {
            if (mergePrincipals) {
                const Person principal = PersonMerger::combined(keptPrincipal, removedPrincipal,
                                                                plan.principalTakeFromRemoved);
                if (Status s =
                        PersonMerger(m_db, m_clock, graph).merge(principal, removedPrincipal.id);
                    !s)
                    return s;
            }
            return CaseMerger(m_db, m_clock, graph).merge(staying, two->removed, joinsAs);
        },
        event);
}

Result<QList<MergeRecord>> MergeService::toReview() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s.error();
    return MergeRepository(m_db, m_clock).open();
}

Result<MergeRecord> MergeService::beginDecision(Transaction& transaction, qint64 mergeId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::MergeRecords); !s)
        return s.error();
    if (Status s = transaction.begin(); !s)
        return s.error();
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
    Transaction transaction(m_db);
    Result<MergeRecord> merge = beginDecision(transaction, mergeId);
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
    Transaction transaction(m_db);
    Result<MergeRecord> merge = beginDecision(transaction, mergeId);
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
