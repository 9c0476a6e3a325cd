#pragma once

#include "core/common/Result.h"
#include "core/domain/CasePlan.h"
#include "core/security/UserSession.h"
#include "core/storage/CasePlanRepository.h"

#include <QCoreApplication>

class Clock;
class Database;

// A case's plan: the goals of the work with the family and the steps towards them, actions
// and follow-ups with the family, each with who is responsible and by when. A case's next step
// is a step still open; across cases, what is overdue and which open cases have no next step
// show beside the deadlines. Every change is audited.
class CasePlanService
{
    Q_DECLARE_TR_FUNCTIONS(CasePlanService)

public:
    static constexpr int MaxDescriptionLength = 500;
    static constexpr int MaxOutcomeLength = 2000;
    static constexpr int MaxResponsibleLength = 200;
    // The cases with no next step and the overdue steps listed at once; the totals are said
    // beside them.
    static constexpr int UnplannedListLimit = 200;
    static constexpr int OverdueListLimit = 500;

    CasePlanService(const Database& db, const Clock& clock, const UserSession& session);

    Result<CasePlan> plan(qint64 caseId) const;
    // Sets a new goal (id 0) or changes one: its description, or achieved or dropped on a date
    // no later than today (today when none is given). Field names "description", "statusOn".
    Result<CaseGoal> saveGoal(const CaseGoal& goal);
    // Adds a step (id 0) or changes one. A follow-up says how it reaches the family; a step
    // done says when (today when not given), a follow-up done what came of it, a step cancelled
    // why. Field names "description", "goal", "method", "responsible", "dueOn", "doneOn",
    // "outcome".
    Result<PlanStep> saveStep(const PlanStep& step);

    // Open steps of open cases past their date; `mineOnly`: those the signed-in user is
    // responsible for.
    Result<OverdueSteps> overdue(bool mineOnly) const;
    // Open cases kept here with no step open; `mineOnly`: the signed-in user's cases.
    Result<UnplannedCases> withoutNextStep(bool mineOnly) const;

private:
    QList<FieldError> validate(const PlanStep& step, const CasePlan& plan,
                               const PlanStep* before) const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
