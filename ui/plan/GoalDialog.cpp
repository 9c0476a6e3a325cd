#include "ui/plan/GoalDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/CasePlanService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

GoalDialog::GoalDialog(const Database& db, const Clock& clock, const UserSession& session,
                       const CaseGoal& goal, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_goal(goal)
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(goal.id > 0 ? tr("Change the goal") : tr("Set a goal"));
    m_description = new QLineEdit(goal.description, this);
    m_description->setObjectName(QStringLiteral("goalDescriptionEdit"));
    m_description->setPlaceholderText(tr("what the work with the family aims at"));
    m_description->setMaxLength(CasePlanService::MaxDescriptionLength);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("goalStatusCombo"));
    for (GoalStatus s : goalStatusCodes().values())
        m_status->addItem(goalStatusCodes().label(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(goal.status)));
    m_statusOn = new QDateEdit(goal.statusOn.isValid() ? goal.statusOn : clock.today(), this);
    m_statusOn->setObjectName(QStringLiteral("goalStatusOnEdit"));
    m_statusOn->setDisplayFormat(DateFormats::numericFormat());
    m_statusOn->setCalendarPopup(true);
    m_statusOn->setMaximumDate(clock.today());

    m_form = new QFormLayout;
    m_errors.addRow(m_form, tr("Goal"), m_description, QStringLiteral("description"));
    m_errors.addRow(m_form, tr("Status"), m_status, QStringLiteral("status"));
    m_errors.addRow(m_form, tr("Since"), m_statusOn, QStringLiteral("statusOn"));
    // A new goal is open: its status is chosen once there is something to say.
    m_form->setRowVisible(m_status->parentWidget(), goal.id > 0);
    connect(m_status, &QComboBox::currentIndexChanged, this, &GoalDialog::showStatusDate);
    showStatusDate();
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(goal.id > 0 ? tr("Save") : tr("Set goal"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("goalOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoalDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void GoalDialog::showStatusDate()
{
    m_form->setRowVisible(m_statusOn->parentWidget(),
                          GoalStatus(m_status->currentData().toInt()) != GoalStatus::Open);
}

void GoalDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    CaseGoal g = m_goal;
    g.description = m_description->text();
    g.status = GoalStatus(m_status->currentData().toInt());
    g.statusOn = g.status == GoalStatus::Open ? QDate() : m_statusOn->date();
    Result<CaseGoal> saved = CasePlanService(m_db, m_clock, m_session).saveGoal(g);
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return;
    }
    m_goal = *saved;
    QDialog::accept();
}
