#include "core/storage/CasePlanRepository.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/RecordUid.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlValue.h"

#include <QSqlQuery>

namespace {
const QString stepColumns = QStringLiteral(
    "s.id, s.case_id, coalesce(s.goal_id, 0), s.kind, s.method, s.description, s.responsible, "
    "s.due_on, s.status, s.done_on, s.outcome, s.created_by");
constexpr int StepColumnCount = 12;

const QString principalName =
    QStringLiteral("trim(p.given_names || ' ' || p.family_name1 || ' ' || p.family_name2)");

PlanStep readStep(const QSqlQuery& r)
{
    PlanStep s;
    s.id = r.value(0).toLongLong();
    s.caseId = r.value(1).toLongLong();
    s.goalId = r.value(2).toLongLong();
    s.kind = planStepKindCodes().fromCode(r.value(3).toString()).value_or(PlanStepKind::Action);
    s.method = followUpMethodCodes().fromCode(r.value(4).toString());
    s.description = r.value(5).toString();
    s.responsible = r.value(6).toString();
    s.dueOn = SqlValue::date(r.value(7));
    s.status =
        planStepStatusCodes().fromCode(r.value(8).toString()).value_or(PlanStepStatus::Planned);
    s.doneOn = SqlValue::date(r.value(9));
    s.outcome = r.value(10).toString();
    s.createdBy = r.value(11).toString();
    return s;
}
} // namespace

CasePlanRepository::CasePlanRepository(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<qint64> CasePlanRepository::insertGoal(const CaseGoal& g)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_db.insert(
        QStringLiteral("INSERT INTO case_goals (uid, case_id, description, status, status_on, "
                       "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), g.caseId, g.description, goalStatusCodes().code(g.status),
         SqlValue::dateOrNull(g.statusOn), g.createdBy, now, now},
        tr("save the goal"));
}

Status CasePlanRepository::updateGoal(const CaseGoal& g)
{
    return m_db.run(QStringLiteral("UPDATE case_goals SET description = ?, status = ?, "
                                   "status_on = ?, updated_at = ? WHERE id = ?"),
                    {g.description, goalStatusCodes().code(g.status),
                     SqlValue::dateOrNull(g.statusOn),
                     m_clock.now().toUTC().toString(Qt::ISODateWithMs), g.id},
                    tr("save the goal"));
}

Result<qint64> CasePlanRepository::insertStep(const PlanStep& s)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_db.insert(
        QStringLiteral("INSERT INTO case_plan_steps (uid, case_id, goal_id, kind, method, "
                       "description, responsible, due_on, status, done_on, outcome, created_by, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {RecordUid::make(), s.caseId, SqlValue::idOrNull(s.goalId),
         planStepKindCodes().code(s.kind), s.methodCode(), s.description, s.responsible,
         s.dueOn.toString(Qt::ISODate), planStepStatusCodes().code(s.status),
         SqlValue::dateOrNull(s.doneOn), s.outcome, s.createdBy, now, now},
        tr("save the step of the plan"));
}

Status CasePlanRepository::updateStep(const PlanStep& s)
{
    return m_db.run(
        QStringLiteral("UPDATE case_plan_steps SET goal_id = ?, kind = ?, method = ?, "
                       "description = ?, responsible = ?, due_on = ?, status = ?, done_on = ?, "
                       "outcome = ?, updated_at = ? WHERE id = ?"),
        {SqlValue::idOrNull(s.goalId), planStepKindCodes().code(s.kind), s.methodCode(),
         s.description, s.responsible, s.dueOn.toString(Qt::ISODate),
         planStepStatusCodes().code(s.status), SqlValue::dateOrNull(s.doneOn), s.outcome,
         m_clock.now().toUTC().toString(Qt::ISODateWithMs), s.id},
        tr("save the step of the plan"));
}

Result<QList<CaseGoal>> CasePlanRepository::selectGoals(const QString& condition,
                                                        const QVariantList& params) const
{
    QList<CaseGoal> out;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT id, case_id, description, status, status_on, created_by "
                       "FROM case_goals WHERE ") +
            condition + QStringLiteral(" ORDER BY id"),
        params,
        [&](const QSqlQuery& r) {
            CaseGoal g;
            g.id = r.value(0).toLongLong();
            g.caseId = r.value(1).toLongLong();
            g.description = r.value(2).toString();
            g.status = goalStatusCodes().fromCode(r.value(3).toString()).value_or(GoalStatus::Open);
            g.statusOn = SqlValue::date(r.value(4));
            g.createdBy = r.value(5).toString();
            out.append(g);
        },
        tr("read the case's goals"));
    if (!read)
        return read.error();
    return out;
}

Result<QList<PlanStep>> CasePlanRepository::selectSteps(const QString& condition,
                                                        const QVariantList& params) const
{
    QList<PlanStep> out;
    // Open steps first, soonest due first; then those closed, the latest first.
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT ") + stepColumns + QStringLiteral(" FROM case_plan_steps s WHERE ") +
            condition +
            QStringLiteral(" ORDER BY CASE WHEN s.status IN ('planned', 'under_way') THEN 0 ELSE 1 "
                           "END, CASE WHEN s.status IN ('planned', 'under_way') THEN s.due_on END, "
                           "coalesce(s.done_on, s.due_on) DESC, s.id"),
        params, [&](const QSqlQuery& r) { out.append(readStep(r)); }, tr("read the case's plan"));
    if (!read)
        return read.error();
    return out;
}

Result<OverdueSteps> CasePlanRepository::overdueSteps(QDate today, const QString& responsible,
                                                      int limit) const
{
    QVariantList params{today.toString(Qt::ISODate)};
    QString mine;
    if (!responsible.isEmpty()) {
        mine = QStringLiteral(" AND ") +
               m_db.dialect().equalsIgnoringCase(QStringLiteral("s.responsible"));
        params.append(responsible);
    }
    params.append(limit);
    OverdueSteps out;
    // A closed case's steps left open are no one's next step any more. The persons' names
    // are read for the rows shown only, after the limit.
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT ") + stepColumns + QStringLiteral(", s.case_number, ") +
            principalName +
            QStringLiteral(", s.total FROM (SELECT s.*, c.case_number, c.principal_id, "
                           "count(*) OVER () AS total FROM case_plan_steps s "
                           "JOIN cases c ON c.id = s.case_id "
                           "WHERE s.status IN ('planned', 'under_way') AND s.due_on < ? "
                           "AND c.status = 'open'") +
            mine +
            QStringLiteral(" ORDER BY s.due_on, s.id LIMIT ?) s "
                           "JOIN persons p ON p.id = s.principal_id ORDER BY s.due_on, s.id"),
        params,
        [&](const QSqlQuery& r) {
            out.rows.append({readStep(r), r.value(StepColumnCount).toString(),
                             r.value(StepColumnCount + 1).toString().simplified()});
            out.total = r.value(StepColumnCount + 2).toInt();
        },
        tr("read the overdue steps of case plans"));
    if (!read)
        return read.error();
    return out;
}

Result<UnplannedCases> CasePlanRepository::casesWithoutNextStep(const QString& caseworker,
                                                                int limit) const
{
    QVariantList params;
    QString mine;
    if (!caseworker.isEmpty()) {
        mine = QStringLiteral(" AND ") +
               m_db.dialect().equalsIgnoringCase(QStringLiteral("c.caseworker"));
        params.append(caseworker);
    }
    params.append(limit);
    UnplannedCases out;
    // Every case's steps summed up once (when it last had one, whether one is open) rather
    // than asked case by case; open cases kept here (a case handed to another site is planned
    // there) with no step open, those left longest without a step first — since their last
    // one, or since they were registered — counted all and listed up to the limit.
    Status read = m_db.forEachRow(
        QStringLiteral(
            "WITH planned AS (SELECT case_id, max(coalesce(done_on, due_on)) AS last_step, "
            "max(CASE WHEN status IN ('planned', 'under_way') THEN 1 ELSE 0 END) AS open_steps "
            "FROM case_plan_steps GROUP BY case_id) "
            "SELECT t.id, t.case_number, ") +
            principalName +
            QStringLiteral(
                ", t.caseworker, t.registered_on, t.last_step, t.total FROM "
                "(SELECT c.id, c.case_number, c.principal_id, c.caseworker, c.registered_on, "
                "l.last_step, coalesce(l.last_step, c.registered_on) AS waiting_since, "
                "count(*) OVER () AS total FROM cases c LEFT JOIN planned l ON l.case_id = c.id "
                "WHERE c.status = 'open' AND coalesce(l.open_steps, 0) = 0 "
                "AND (coalesce(nullif(c.keeper, ''), c.origin) = '' "
                "OR coalesce(nullif(c.keeper, ''), c.origin) IN "
                "(SELECT site_code FROM sync_identity))") +
            mine +
            QStringLiteral(" ORDER BY coalesce(l.last_step, c.registered_on), c.case_number "
                           "LIMIT ?) t JOIN persons p ON p.id = t.principal_id "
                           "ORDER BY t.waiting_since, t.case_number"),
        params,
        [&](const QSqlQuery& r) {
            out.rows.append({r.value(0).toLongLong(), r.value(1).toString(),
                             r.value(2).toString().simplified(), r.value(3).toString(),
                             SqlValue::date(r.value(4)), SqlValue::date(r.value(5))});
            out.total = r.value(6).toInt();
        },
        tr("read the cases with no next step"));
    if (!read)
        return read.error();
    return out;
}

Result<CaseGoal> CasePlanRepository::findGoal(qint64 id) const
{
    Result<QList<CaseGoal>> found = selectGoals(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("The goal no longer exists."));
    return found->constFirst();
}

Result<PlanStep> CasePlanRepository::findStep(qint64 id) const
{
    Result<QList<PlanStep>> found = selectSteps(QStringLiteral("s.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("The step of the plan no longer exists."));
    return found->constFirst();
}

Result<CasePlan> CasePlanRepository::forCase(qint64 caseId) const
{
    Result<QList<CaseGoal>> goals = selectGoals(QStringLiteral("case_id = ?"), {caseId});
    if (!goals)
        return goals.error();
    Result<QList<PlanStep>> steps = selectSteps(QStringLiteral("s.case_id = ?"), {caseId});
    if (!steps)
        return steps.error();
    return CasePlan{*goals, *steps};
}
