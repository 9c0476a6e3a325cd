#pragma once

#include "core/domain/CasePlan.h"
#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class QCheckBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

// A case's plan: its goals, and the steps towards them — actions and follow-ups with the
// family — with who is responsible, by when and where each stands. Says the case's next step,
// or that it has none.
class CasePlanPanel : public QWidget
{
    Q_OBJECT

public:
    CasePlanPanel(const Database& db, const Clock& clock, const UserSession& session,
                  QWidget* parent = nullptr);

    void setCase(const CaseRecord& record);
    void setReadOnly();
    QTableWidget* goalsTable() const { return m_goalsTable; }
    QTableWidget* stepsTable() const { return m_stepsTable; }
    const CasePlan& plan() const { return m_plan; }
    // The steps shown, in the table's order.
    const QList<PlanStep>& shownSteps() const { return m_shown; }

public slots:
    void refresh();
    void addGoal();
    void changeGoal();
    void addAction();
    void planFollowUp();
    void changeStep();

signals:
    // A goal or a step was set or changed.
    void changed();

private:
    void showGoals();
    void showSteps();
    void updateButtons();
    void openStepDialog(const PlanStep& step);
    // Opens a dialog that changes the plan; what it saved shows when it closes.
    void openDialog(QDialog* dialog);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    CasePlan m_plan;
    QList<PlanStep> m_shown;
    QTableWidget* m_goalsTable;
    QTableWidget* m_stepsTable;
    QLabel* m_nextStep;
    QCheckBox* m_showClosed;
    QPushButton* m_addGoal;
    QPushButton* m_changeGoal;
    QPushButton* m_addAction;
    QPushButton* m_planFollowUp;
    QPushButton* m_changeStep;
    bool m_readOnly = false;
};
