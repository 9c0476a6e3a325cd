#pragma once

#include "core/domain/CasePlan.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;

// Sets a goal of a case's plan, or changes one: what it is, and whether it is still open,
// achieved or dropped (and since when).
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    GoalDialog(const Database& db, const Clock& clock, const UserSession& session,
               const CaseGoal& goal, QWidget* parent = nullptr);

    void accept() override;
    const CaseGoal& goal() const { return m_goal; }

private:
    void showStatusDate();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseGoal m_goal;
    FormErrors m_errors;

    QFormLayout* m_form;
    QLineEdit* m_description;
    QComboBox* m_status;
    QDateEdit* m_statusOn;
    FieldErrorLabel* m_error;
};
