#pragma once

#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class DeadlinesModel;
class NextStepsPanel;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeView;

// Deadlines grouped into overdue, today, this week and later. Across the clinic (the
// "Deadlines" tab: mine or everyone's, each row opens its case, and under them the case plans'
// overdue steps and cases with no next step) or within one case (with those done, and adding
// one by hand).
class DeadlinesView : public QWidget
{
    Q_OBJECT

public:
    enum class Scope
    {
        AllCases,
        OneCase
    };

    DeadlinesView(const Database& db, const Clock& clock, const UserSession& session, Scope scope,
                  QWidget* parent = nullptr);

    // The case shown (Scope::OneCase).
    void setCaseId(qint64 caseId);
    DeadlinesModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    // What the case plans say needs attention (across cases, for those who keep plans).
    NextStepsPanel* nextSteps() const { return m_nextSteps; }
    void setMineOnly(bool mine);

public slots:
    void refresh();

signals:
    void openCaseRequested(qint64 caseId);
    // A deadline was added or marked done or open.
    void changed();
    void addRequested();

private:
    void setDone(qint64 id, bool done);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    Scope m_scope;
    qint64 m_caseId = 0;
    DeadlinesModel* m_model;
    QTreeView* m_tree;
    QLabel* m_summary;
    QRadioButton* m_mine = nullptr;
    QRadioButton* m_everyone = nullptr;
    QCheckBox* m_showDone = nullptr;
    QPushButton* m_add = nullptr;
    NextStepsPanel* m_nextSteps = nullptr;
};
