#include "ui/plan/PlanStepDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/CasePlanService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QDateEdit* dateEdit(QDate date, const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(DateFormats::numericFormat());
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

PlanStepDialog::PlanStepDialog(const Database& db, const Clock& clock, const UserSession& session,
                               const PlanStep& step, const QList<CaseGoal>& goals, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_step(step)
{
    const bool followUp = step.kind == PlanStepKind::FollowUp;
    setObjectName(QStringLiteral("planStepDialog"));
    if (step.id > 0)
        setWindowTitle(followUp ? tr("Change the follow-up") : tr("Change the action"));
    else
        setWindowTitle(followUp ? tr("Plan a follow-up") : tr("Add an action"));

    m_description = new QLineEdit(step.description, this);
    m_description->setObjectName(QStringLiteral("planStepDescriptionEdit"));
    m_description->setPlaceholderText(followUp ? tr("what the follow-up is for")
                                               : tr("what must be done"));
    m_description->setMaxLength(CasePlanService::MaxDescriptionLength);
    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("planStepGoalCombo"));
    m_goal->addItem(tr("(no goal in particular)"), 0);
    for (const CaseGoal& g : goals) {
        // A reached or dropped goal stays only on the steps that had it.
        if (g.status == GoalStatus::Open)
            m_goal->addItem(g.description, g.id);
        else if (g.id == step.goalId)
            m_goal->addItem(QStringLiteral("%1 (%2)").arg(
                                g.description, goalStatusCodes().label(g.status).toLower()),
                            g.id);
    }
    m_goal->setCurrentIndex(std::max(0, m_goal->findData(step.goalId)));
    m_responsible = new QLineEdit(step.id > 0 ? step.responsible : session.displayName, this);
    m_responsible->setObjectName(QStringLiteral("planStepResponsibleEdit"));
    m_responsible->setMaxLength(CasePlanService::MaxResponsibleLength);
    m_due = dateEdit(step.dueOn.isValid() ? step.dueOn : clock.today().addDays(7),
                     QStringLiteral("planStepDueEdit"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("planStepStatusCombo"));
    for (PlanStepStatus s : planStepStatusCodes().values())
        m_status->addItem(planStepStatusCodes().label(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(step.status)));
    m_doneOn = dateEdit(step.doneOn.isValid() ? step.doneOn : clock.today(),
                        QStringLiteral("planStepDoneOnEdit"), this);
    m_doneOn->setMaximumDate(clock.today());
    m_outcome = new QPlainTextEdit(step.outcome, this);
    m_outcome->setObjectName(QStringLiteral("planStepOutcomeEdit"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setMaximumHeight(90);
    m_outcomeHint = new QLabel(this);
    m_outcomeHint->setWordWrap(true);

    m_form = new QFormLayout;
    m_errors.addRow(m_form, followUp ? tr("Purpose") : tr("Action"), m_description,
                    QStringLiteral("description"));
    if (followUp) {
        m_method = new QComboBox(this);
        m_method->setObjectName(QStringLiteral("planStepMethodCombo"));
        for (FollowUpMethod m : followUpMethodCodes().values())
            m_method->addItem(followUpMethodCodes().label(m), int(m));
        // Chosen, not assumed.
        m_method->setCurrentIndex(step.method ? m_method->findData(int(*step.method)) : -1);
        m_errors.addRow(m_form, tr("How"), m_method, QStringLiteral("method"));
    }
    m_errors.addRow(m_form, tr("Towards"), m_goal, QStringLiteral("goal"));
    m_errors.addRow(m_form, tr("Responsible"), m_responsible, QStringLiteral("responsible"));
    m_errors.addRow(m_form, followUp ? tr("Planned for") : tr("Due on"), m_due,
                    QStringLiteral("dueOn"));
    m_errors.addRow(m_form, tr("Status"), m_status, QStringLiteral("status"));
    m_errors.addRow(m_form, tr("Done on"), m_doneOn, QStringLiteral("doneOn"));
    m_errors.addRow(m_form, tr("Note"), m_outcome, QStringLiteral("outcome"));
    m_form->addRow(QString(), m_outcomeHint);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlanStepDialog::showStatusFields);
    showStatusFields();

    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(step.id > 0 ? tr("Save")
                  : followUp  ? tr("Plan follow-up")
                              : tr("Add action"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("planStepOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanStepDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(500);
}

void PlanStepDialog::showStatusFields()
{
    const auto status = PlanStepStatus(m_status->currentData().toInt());
    const bool followUp = m_step.kind == PlanStepKind::FollowUp;
    m_form->setRowVisible(m_doneOn->parentWidget(), status == PlanStepStatus::Done);
    switch (status) {
    case PlanStepStatus::Done:
        m_outcomeHint->setText(followUp ? tr("What came of the follow-up (required).")
                                        : tr("What came of it."));
        break;
    case PlanStepStatus::Cancelled:
        m_outcomeHint->setText(tr("Why it is cancelled (required)."));
        break;
    case PlanStepStatus::Planned:
    case PlanStepStatus::UnderWay:
        m_outcomeHint->setText(tr("Anything the next person to take it up should know."));
        break;
    }
}

void PlanStepDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    PlanStep s = m_step;
    s.description = m_description->text();
    if (m_method && m_method->currentIndex() >= 0)
        s.method = FollowUpMethod(m_method->currentData().toInt());
    s.goalId = m_goal->currentData().toLongLong();
    s.responsible = m_responsible->text();
    s.dueOn = m_due->date();
    s.status = PlanStepStatus(m_status->currentData().toInt());
    s.doneOn = s.status == PlanStepStatus::Done ? m_doneOn->date() : QDate();
    s.outcome = m_outcome->toPlainText();
    Result<PlanStep> saved = CasePlanService(m_db, m_clock, m_session).saveStep(s);
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return;
    }
    m_step = *saved;
    QDialog::accept();
}
