#include "core/services/CasePlanService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/storage/Transaction.h"

namespace {
// What changed in a step, for the audit trail; goals by their words, which a reader knows.
QList<AuditChange> changesOf(const PlanStep* before, const PlanStep& after, const CasePlan& plan)
{
    const PlanStep none;
    const PlanStep& b = before ? *before : none;
    QList<AuditChange> out;
    auto compare = [&out](const char* field, const QString& old, const QString& now) {
        if (old != now)
            out.append({QString::fromLatin1(field), old, now});
    };
    compare("kind", before ? planStepKindCodes().code(b.kind) : QString(),
            planStepKindCodes().code(after.kind));
    compare("method", b.methodCode(), after.methodCode());
    compare("description", b.description, after.description);
    const auto goalText = [&plan](qint64 id) {
        const CaseGoal* goal = plan.goal(id);
        return goal ? goal->description : QString();
    };
    compare("goal", goalText(b.goalId), goalText(after.goalId));
    compare("responsible", b.responsible, after.responsible);
    compare("due", b.dueOn.toString(Qt::ISODate), after.dueOn.toString(Qt::ISODate));
    compare("status", before ? planStepStatusCodes().code(b.status) : QString(),
            planStepStatusCodes().code(after.status));
    compare("done", b.doneOn.toString(Qt::ISODate), after.doneOn.toString(Qt::ISODate));
    compare("outcome", b.outcome, after.outcome);
    return out;
}
} // namespace

CasePlanService::CasePlanService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<CasePlan> CasePlanService::plan(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::PlanCases); !s)
        return s.error();
    return CasePlanRepository(m_db, m_clock).forCase(caseId);
}

Result<CaseGoal> CasePlanService::saveGoal(const CaseGoal& given)
{
    if (Status s = AccessPolicy::require(m_session, Permission::PlanCases); !s)
        return s.error();
    CasePlanRepository repository(m_db, m_clock);
    std::optional<CaseGoal> before;
    CaseGoal g = given;
    if (g.id > 0) {
        Result<CaseGoal> found = repository.findGoal(g.id);
        if (!found)
            return found.error();
        before = *found;
        g.caseId = before->caseId;
        g.createdBy = before->createdBy;
    } else {
        g.createdBy = m_session.displayName;
    }
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(g.caseId);
    if (!record)
        return record.error();

    g.description = g.description.trimmed();
    QList<FieldError> errors;
    if (g.description.isEmpty())
        errors.append({QStringLiteral("description"), tr("Say what the goal is.")});
    else if (g.description.size() > MaxDescriptionLength)
        errors.append({QStringLiteral("description"),
                       tr("The goal can have at most %1 characters.").arg(MaxDescriptionLength)});
    if (g.status == GoalStatus::Open) {
        g.statusOn = {};
    } else {
        if (!g.statusOn.isValid())
            g.statusOn = m_clock.today();
        if (g.statusOn > m_clock.today())
            errors.append({QStringLiteral("statusOn"), tr("The date is in the future.")});
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);

    QList<AuditChange> changes;
    if (!before || before->description != g.description)
        changes.append(
            {QStringLiteral("goal"), before ? before->description : QString(), g.description});
    if (!before || before->status != g.status)
        changes.append({QStringLiteral("goal status"),
                        before ? goalStatusCodes().code(before->status) : QString(),
                        goalStatusCodes().code(g.status)});
    if (before && changes.isEmpty())
        return g;

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (before) {
        if (Status s = repository.updateGoal(g); !s)
            return s.error();
    } else {
        Result<qint64> id = repository.insertGoal(g);
        if (!id)
            return id.error();
        g.id = *id;
    }
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {before ? QStringLiteral("plan.goal.change")
                                                  : QStringLiteral("plan.goal.create"),
                                           QStringLiteral("case"), QString::number(g.caseId),
                                           record->caseNumber, changes, g.description});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return g;
}

QList<FieldError> CasePlanService::validate(const PlanStep& s, const CasePlan& plan,
                                            const PlanStep* before) const
{
    QList<FieldError> errors;
    if (s.description.isEmpty())
        errors.append({QStringLiteral("description"), s.kind == PlanStepKind::FollowUp
                                                          ? tr("Say what the follow-up is for.")
                                                          : tr("Say what must be done.")});
    else if (s.description.size() > MaxDescriptionLength)
        errors.append(
            {QStringLiteral("description"),
             tr("The description can have at most %1 characters.").arg(MaxDescriptionLength)});
    if (s.kind == PlanStepKind::FollowUp && !s.method)
        errors.append({QStringLiteral("method"), tr("Say how the follow-up reaches the family.")});
    if (s.goalId > 0) {
        const CaseGoal* goal = plan.goal(s.goalId);
        // A step may keep the goal it had once that goal is reached; a new one needs an open goal.
        if (!goal)
            errors.append({QStringLiteral("goal"), tr("That goal is not one of this case's.")});
        else if (goal->status != GoalStatus::Open && (!before || before->goalId != s.goalId))
            errors.append(
                {QStringLiteral("goal"),
                 tr("The goal “%1” is %2: choose an open one.")
                     .arg(goal->description, goalStatusCodes().label(goal->status).toLower())});
    }
    if (s.responsible.isEmpty())
        errors.append({QStringLiteral("responsible"), tr("Say who is responsible.")});
    else if (s.responsible.size() > MaxResponsibleLength)
        errors.append({QStringLiteral("responsible"),
                       tr("The name can have at most %1 characters.").arg(MaxResponsibleLength)});
    if (!s.dueOn.isValid())
        errors.append({QStringLiteral("dueOn"), tr("Enter the date it is due.")});
    if (s.status == PlanStepStatus::Done && s.doneOn > m_clock.today())
        errors.append({QStringLiteral("doneOn"), tr("The date it was done is in the future.")});
    if (s.status == PlanStepStatus::Done && s.kind == PlanStepKind::FollowUp && s.outcome.isEmpty())
        errors.append({QStringLiteral("outcome"), tr("Say what came of the follow-up.")});
    if (s.status == PlanStepStatus::Cancelled && s.outcome.isEmpty())
        errors.append({QStringLiteral("outcome"), tr("Say why it is cancelled.")});
    if (s.outcome.size() > MaxOutcomeLength)
        errors.append({QStringLiteral("outcome"),
                       tr("The note can have at most %1 characters.").arg(MaxOutcomeLength)});
    return errors;
}

Result<PlanStep> CasePlanService::saveStep(const PlanStep& given)
{
    if (Status s = AccessPolicy::require(m_session, Permission::PlanCases); !s)
        return s.error();
    CasePlanRepository repository(m_db, m_clock);
    std::optional<PlanStep> before;
    PlanStep s = given;
    if (s.id > 0) {
        Result<PlanStep> found = repository.findStep(s.id);
        if (!found)
            return found.error();
        before = *found;
        s.caseId = before->caseId;
        s.createdBy = before->createdBy;
    } else {
        s.createdBy = m_session.displayName;
    }
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(s.caseId);
    if (!record)
        return record.error();
    Result<CasePlan> plan = repository.forCase(s.caseId);
    if (!plan)
        return plan.error();

    s.description = s.description.trimmed();
    s.responsible = s.responsible.simplified();
    s.outcome = s.outcome.trimmed();
    if (s.kind == PlanStepKind::Action)
        s.method.reset();
    if (s.status == PlanStepStatus::Done) {
        if (!s.doneOn.isValid())
            s.doneOn = m_clock.today();
    } else {
        s.doneOn = {};
    }
    if (const QList<FieldError> errors = validate(s, *plan, before ? &*before : nullptr);
        !errors.isEmpty())
        return Error::invalid(errors);
    const QList<AuditChange> changes = changesOf(before ? &*before : nullptr, s, *plan);
    if (before && changes.isEmpty())
        return s;

    Transaction transaction(m_db);
    if (Status st = transaction.begin(); !st)
        return st.error();
    if (before) {
        if (Status st = repository.updateStep(s); !st)
            return st.error();
    } else {
        Result<qint64> id = repository.insertStep(s);
        if (!id)
            return id.error();
        s.id = *id;
    }
    if (Status st = AuditLog(m_db, m_clock)
                        .record(m_session, {before ? QStringLiteral("plan.step.change")
                                                   : QStringLiteral("plan.step.create"),
                                            QStringLiteral("case"), QString::number(s.caseId),
                                            record->caseNumber, changes, s.description});
        !st)
        return st.error();
    if (Status st = transaction.commit(); !st)
        return st.error();
    return s;
}

Result<OverdueSteps> CasePlanService::overdue(bool mineOnly) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::PlanCases); !s)
        return s.error();
    return CasePlanRepository(m_db, m_clock)
        .overdueSteps(m_clock.today(), mineOnly ? m_session.displayName : QString(),
                      OverdueListLimit);
}

Result<UnplannedCases> CasePlanService::withoutNextStep(bool mineOnly) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::PlanCases); !s)
        return s.error();
    return CasePlanRepository(m_db, m_clock)
        .casesWithoutNextStep(mineOnly ? m_session.displayName : QString(), UnplannedListLimit);
}
