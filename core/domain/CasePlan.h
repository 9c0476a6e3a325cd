#pragma once

#include "core/common/EnumTable.h"

#include <QDate>
#include <QList>
#include <QString>

// What the work with a family aims at: open until achieved, or dropped.
enum class GoalStatus
{
    Open,
    Achieved,
    Dropped
};

// A step of a case's plan is an action someone does for the family, or a follow-up with the
// family itself (a visit, a call): both have someone responsible and a date.
enum class PlanStepKind
{
    Action,
    FollowUp
};

// How a follow-up reaches the family.
enum class FollowUpMethod
{
    HomeVisit,
    OfficeVisit,
    PhoneCall,
    Message
};

// Planned or under way, a step is open: the case's next step, overdue once its date is past.
// Done records when and what came of it; cancelled records why.
enum class PlanStepStatus
{
    Planned,
    UnderWay,
    Done,
    Cancelled
};

const EnumTable<GoalStatus>& goalStatusCodes();
const EnumTable<PlanStepKind>& planStepKindCodes();
const EnumTable<FollowUpMethod>& followUpMethodCodes();
const EnumTable<PlanStepStatus>& planStepStatusCodes();

struct CaseGoal
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString description;
    GoalStatus status = GoalStatus::Open;
    QDate statusOn; // when it was achieved or dropped
    QString createdBy;

    bool operator==(const CaseGoal&) const = default;
};

struct PlanStep
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 goalId = 0; // 0: towards no goal in particular
    PlanStepKind kind = PlanStepKind::Action;
    std::optional<FollowUpMethod> method; // follow-ups only
    QString description;
    QString responsible;
    QDate dueOn;
    PlanStepStatus status = PlanStepStatus::Planned;
    QDate doneOn;
    QString outcome; // what came of it (done), or why not (cancelled)
    QString createdBy;

    bool isOpen() const
    {
        return status == PlanStepStatus::Planned || status == PlanStepStatus::UnderWay;
    }
    // The method's database code; empty for an action.
    QString methodCode() const { return method ? followUpMethodCodes().code(*method) : QString(); }
    bool operator==(const PlanStep&) const = default;
};

struct CasePlan
{
    QList<CaseGoal> goals; // in the order they were set
    QList<PlanStep> steps; // open first by date, then those closed, latest first

    // The goal of this plan with this id, if any.
    const CaseGoal* goal(qint64 id) const
    {
        for (const CaseGoal& g : goals) {
            if (g.id == id)
                return &g;
        }
        return nullptr;
    }
};
