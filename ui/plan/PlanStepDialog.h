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
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds a step to a case's plan — an action, or a follow-up with the family — or changes one:
// what, towards which goal, who is responsible, by when, and where it stands (when it was done
// and what came of it, or why it was cancelled).
class PlanStepDialog : public QDialog
{
    Q_OBJECT

public:
    PlanStepDialog(const Database& db, const Clock& clock, const UserSession& session,
                   const PlanStep& step, const QList<CaseGoal>& goals, QWidget* parent = nullptr);

    void accept() override;
    const PlanStep& step() const { return m_step; }

private:
    void showStatusFields();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    PlanStep m_step;
    FormErrors m_errors;

    QFormLayout* m_form;
    QLineEdit* m_description;
    QComboBox* m_method = nullptr;
    QComboBox* m_goal;
    QLineEdit* m_responsible;
    QDateEdit* m_due;
    QComboBox* m_status;
    QDateEdit* m_doneOn;
    QPlainTextEdit* m_outcome;
    QLabel* m_outcomeHint;
    FieldErrorLabel* m_error;
};
