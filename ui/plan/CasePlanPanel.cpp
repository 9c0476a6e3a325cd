#include "ui/plan/CasePlanPanel.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/CasePlanService.h"
#include "core/services/DeadlineService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/RecordTable.h"
#include "ui/plan/GoalDialog.h"
#include "ui/plan/PlanStepDialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum GoalColumn
{
    GoalTextColumn,
    GoalStatusColumn,
    GoalColumnCount
};

enum StepColumn
{
    DueColumn,
    KindColumn,
    WhatColumn,
    TowardsColumn,
    ResponsibleColumn,
    StatusColumn,
    StepColumnCount
};

QString kindText(const PlanStep& s)
{
    if (s.kind == PlanStepKind::FollowUp && s.method)
        return QStringLiteral("%1 · %2").arg(planStepKindCodes().label(s.kind),
                                             followUpMethodCodes().label(*s.method));
    return planStepKindCodes().label(s.kind);
}
} // namespace

CasePlanPanel::CasePlanPanel(const Database& db, const Clock& clock, const UserSession& session,
                             QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("casePlanPanel"));
    auto* goalsBox = new QGroupBox(tr("Goals"), this);
    m_goalsTable = RecordTable::create({tr("Goal"), tr("Status")}, GoalTextColumn,
                                       QStringLiteral("goalsTable"), goalsBox);
    m_goalsTable->setMaximumHeight(140);
    m_addGoal = new QPushButton(tr("Set a goal…"), goalsBox);
    m_addGoal->setObjectName(QStringLiteral("addGoalButton"));
    m_changeGoal = new QPushButton(tr("Change the goal…"), goalsBox);
    m_changeGoal->setObjectName(QStringLiteral("changeGoalButton"));
    auto* goalButtons = new QVBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_changeGoal);
    goalButtons->addStretch();
    auto* goalsLayout = new QHBoxLayout(goalsBox);
    goalsLayout->addWidget(m_goalsTable, 1);
    goalsLayout->addLayout(goalButtons);

    auto* stepsBox = new QGroupBox(tr("Actions and follow-ups"), this);
    m_nextStep = new QLabel(stepsBox);
    m_nextStep->setObjectName(QStringLiteral("nextStepLabel"));
    m_nextStep->setWordWrap(true);
    m_stepsTable = RecordTable::create({tr("Due"), tr("Kind"), tr("What"), tr("Towards"),
                                        tr("Responsible"), tr("Where it stands")},
                                       WhatColumn, QStringLiteral("planStepsTable"), stepsBox);
    m_showClosed = new QCheckBox(tr("Show those done or cancelled"), stepsBox);
    m_showClosed->setObjectName(QStringLiteral("showClosedStepsCheck"));
    m_addAction = new QPushButton(tr("Add an action…"), stepsBox);
    m_addAction->setObjectName(QStringLiteral("addActionButton"));
    m_planFollowUp = new QPushButton(tr("Plan a follow-up…"), stepsBox);
    m_planFollowUp->setObjectName(QStringLiteral("planFollowUpButton"));
    m_changeStep = new QPushButton(tr("Change or record…"), stepsBox);
    m_changeStep->setObjectName(QStringLiteral("changeStepButton"));
    m_changeStep->setToolTip(tr("Change the step, or record that it was done or cancelled."));
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_showClosed);
    stepButtons->addStretch();
    stepButtons->addWidget(m_addAction);
    stepButtons->addWidget(m_planFollowUp);
    stepButtons->addWidget(m_changeStep);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(m_nextStep);
    stepsLayout->addWidget(m_stepsTable, 1);
    stepsLayout->addLayout(stepButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(goalsBox);
    layout->addWidget(stepsBox, 1);

    connect(m_addGoal, &QPushButton::clicked, this, &CasePlanPanel::addGoal);
    connect(m_changeGoal, &QPushButton::clicked, this, &CasePlanPanel::changeGoal);
    connect(m_addAction, &QPushButton::clicked, this, &CasePlanPanel::addAction);
    connect(m_planFollowUp, &QPushButton::clicked, this, &CasePlanPanel::planFollowUp);
    connect(m_changeStep, &QPushButton::clicked, this, &CasePlanPanel::changeStep);
    connect(m_showClosed, &QCheckBox::toggled, this, &CasePlanPanel::showSteps);
    connect(m_goalsTable, &QTableWidget::itemSelectionChanged, this, &CasePlanPanel::updateButtons);
    connect(m_stepsTable, &QTableWidget::itemSelectionChanged, this, &CasePlanPanel::updateButtons);
    connect(m_goalsTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_changeGoal->isEnabled())
            changeGoal();
    });
    connect(m_stepsTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_changeStep->isEnabled())
            changeStep();
    });
    updateButtons();
}

void CasePlanPanel::setCase(const CaseRecord& record)
{
    m_record = record;
    refresh();
}

void CasePlanPanel::setReadOnly()
{
    m_readOnly = true;
    updateButtons();
}

void CasePlanPanel::refresh()
{
    m_plan = {};
    if (m_record.id > 0) {
        Result<CasePlan> plan = CasePlanService(m_db, m_clock, m_session).plan(m_record.id);
        if (!plan) {
            showGoals();
            showSteps();
            m_nextStep->setText(plan.error().message());
            m_nextStep->setStyleSheet(ErrorStyle::text());
            return;
        }
        m_plan = *plan;
    }
    showGoals();
    showSteps();
}

void CasePlanPanel::showGoals()
{
    m_goalsTable->setRowCount(0);
    for (const CaseGoal& g : std::as_const(m_plan.goals)) {
        const int row = m_goalsTable->rowCount();
        m_goalsTable->insertRow(row);
        QString status = goalStatusCodes().label(g.status);
        if (g.statusOn.isValid())
            status = tr("%1 on %2").arg(status, DateFormats::numeric(g.statusOn));
        m_goalsTable->setItem(row, GoalTextColumn, new QTableWidgetItem(g.description));
        m_goalsTable->setItem(row, GoalStatusColumn, new QTableWidgetItem(status));
        m_goalsTable->item(row, GoalTextColumn)->setToolTip(g.description);
    }
    updateButtons();
}

void CasePlanPanel::showSteps()
{
    m_stepsTable->setRowCount(0);
    m_shown.clear();
    const QDate today = m_clock.today();
    const PlanStep* next = nullptr;
    for (const PlanStep& s : std::as_const(m_plan.steps)) {
        if (s.isOpen() && !next)
            next = &s;
        if (!s.isOpen() && !m_showClosed->isChecked())
            continue;
        m_shown.append(s);
        const int row = m_stepsTable->rowCount();
        m_stepsTable->insertRow(row);
        QString status = planStepStatusCodes().label(s.status);
        if (s.status == PlanStepStatus::Done)
            status = tr("Done on %1").arg(DateFormats::numeric(s.doneOn));
        else if (s.isOpen())
            status += QStringLiteral(" · ") + DeadlineService::whenText(s.dueOn, today);
        const CaseGoal* goal = m_plan.goal(s.goalId);
        const QStringList cells{DateFormats::numeric(s.dueOn),        kindText(s),   s.description,
                                goal ? goal->description : QString(), s.responsible, status};
        for (int c = 0; c < StepColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (!s.isOpen())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            else if (s.dueOn < today)
                item->setForeground(QColor(ErrorStyle::color()));
            m_stepsTable->setItem(row, c, item);
        }
        m_stepsTable->item(row, WhatColumn)
            ->setToolTip(s.outcome.isEmpty()
                             ? s.description
                             : QStringLiteral("%1\n\n%2").arg(s.description, s.outcome));
    }
    if (m_record.id == 0) {
        m_nextStep->setText(tr("Save the case first; then set its goals and plan its steps."));
        m_nextStep->setStyleSheet(QString());
    } else if (next) {
        m_nextStep->setText(tr("Next step: %1 — %2, %3.")
                                .arg(next->description, next->responsible,
                                     DeadlineService::whenText(next->dueOn, today)));
        m_nextStep->setStyleSheet(next->dueOn < today ? ErrorStyle::text(true) : QString());
    } else {
        m_nextStep->setText(tr("This case has no next step: add an action or plan a follow-up."));
        m_nextStep->setStyleSheet(ErrorStyle::text(true));
    }
    updateButtons();
}

void CasePlanPanel::updateButtons()
{
    const bool editable = !m_readOnly && m_record.id > 0;
    m_addGoal->setEnabled(editable);
    m_addAction->setEnabled(editable);
    m_planFollowUp->setEnabled(editable);
    m_changeGoal->setEnabled(editable && m_goalsTable->currentRow() >= 0 &&
                             m_goalsTable->currentRow() < m_plan.goals.size());
    m_changeStep->setEnabled(editable && m_stepsTable->currentRow() >= 0 &&
                             m_stepsTable->currentRow() < m_shown.size());
}

void CasePlanPanel::addGoal()
{
    CaseGoal g;
    g.caseId = m_record.id;
    openDialog(new GoalDialog(m_db, m_clock, m_session, g, this));
}

void CasePlanPanel::changeGoal()
{
    const int row = m_goalsTable->currentRow();
    if (row >= 0 && row < m_plan.goals.size())
        openDialog(new GoalDialog(m_db, m_clock, m_session, m_plan.goals[row], this));
}

void CasePlanPanel::addAction()
{
    PlanStep s;
    s.caseId = m_record.id;
    openStepDialog(s);
}

void CasePlanPanel::planFollowUp()
{
    PlanStep s;
    s.caseId = m_record.id;
    s.kind = PlanStepKind::FollowUp;
    openStepDialog(s);
}

void CasePlanPanel::changeStep()
{
    const int row = m_stepsTable->currentRow();
    if (row >= 0 && row < m_shown.size())
        openStepDialog(m_shown[row]);
}

void CasePlanPanel::openStepDialog(const PlanStep& step)
{
    openDialog(new PlanStepDialog(m_db, m_clock, m_session, step, m_plan.goals, this));
}

void CasePlanPanel::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}
