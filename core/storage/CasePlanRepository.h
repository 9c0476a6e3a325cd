#pragma once

#include "core/common/Result.h"
#include "core/domain/CasePlan.h"

#include <QCoreApplication>

#include <QDate>

class Clock;
class Database;

// An open step past its date, with the case it belongs to.
struct OverdueStepRow
{
    PlanStep step;
    QString caseNumber;
    QString personName; // the case's principal person
};

struct OverdueSteps
{
    QList<OverdueStepRow> rows; // at most the limit asked for
    int total = 0;
};

// An open case with no step of its plan open.
struct UnplannedCaseRow
{
    qint64 caseId = 0;
    QString caseNumber;
    QString personName; // the case's principal person
    QString caseworker;
    QDate registeredOn;
    QDate lastStepOn; // done, cancelled or due; null when the case never had a step
};

struct UnplannedCases
{
    QList<UnplannedCaseRow> rows; // at most the limit asked for
    int total = 0;
};

// A case's goals and the steps of its plan.
class CasePlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(CasePlanRepository)

public:
    CasePlanRepository(const Database& db, const Clock& clock);

    Result<qint64> insertGoal(const CaseGoal& goal);
    // Its description and status.
    Status updateGoal(const CaseGoal& goal);
    Result<CaseGoal> findGoal(qint64 id) const;
    Result<qint64> insertStep(const PlanStep& step);
    // Everything but the case and who set it.
    Status updateStep(const PlanStep& step);
    Result<PlanStep> findStep(qint64 id) const;
    Result<CasePlan> forCase(qint64 caseId) const;
    // Open steps of open cases due before `today`, oldest first, up to `limit` of them;
    // `responsible` empty: everyone's.
    Result<OverdueSteps> overdueSteps(QDate today, const QString& responsible, int limit) const;
    // Open cases kept here with no open step, those waiting longest first, up to `limit` of
    // them; `caseworker` empty: everyone's.
    Result<UnplannedCases> casesWithoutNextStep(const QString& caseworker, int limit) const;

private:
    Result<QList<CaseGoal>> selectGoals(const QString& condition, const QVariantList& params) const;
    Result<QList<PlanStep>> selectSteps(const QString& condition, const QVariantList& params) const;

    const Database& m_db;
    const Clock& m_clock;
};
