#pragma once

#include <QWidget>

class CaseListModel;
class Database;
struct UserSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The list of cases with a search box (names and document numbers of any member, accents
// and case ignored) and a status filter. Activating a row asks to open the case.
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 200;

    CaseListView(const Database& db, const UserSession& session, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    void refresh();
    void focusSearch();
    // One click to every case at high risk with an action still pending.
    void showHighRiskPending();

signals:
    void openCaseRequested(qint64 caseId);

private:
    void applyFilter();
    void updateCount();
    void showLoadFailure(const QString& message);

    CaseListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_risk;
    QComboBox* m_riskCategory;
    class QPushButton* m_highRiskPending;
    QTableView* m_table;
    QLabel* m_count;
    QTimer* m_searchTimer;
};
