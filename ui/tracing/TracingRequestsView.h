#pragma once

#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class ReunificationHitsModel;
class TracingRequestsModel;

// Tracing requests and what Amparo found for each: the list (open ones first), the request
// chosen with its history, its possible matches to review, and closing it. Also looks again
// for every open request, in the background.
class TracingRequestsView : public QWidget
{
    Q_OBJECT

public:
    enum class Filter
    {
        Open,     // open or with a match proposed
        ToReview, // with proposals waiting
        Ended,    // reunited or closed
        All
    };

    TracingRequestsView(const Database& db, const Clock& clock, const UserSession& session,
                        QWidget* parent = nullptr);

    TracingRequestsModel* model() const { return m_model; }
    ReunificationHitsModel* proposalsModel() const { return m_proposals; }
    void setFilter(Filter filter);
    void selectRequest(qint64 requestId);
    qint64 currentRequestId() const;

public slots:
    void refresh();
    void reviewProposal(int row);
    void editRequest();
    void closeRequest();
    void rematchAll();

signals:
    void openCaseRequested(qint64 caseId);

private:
    void showCurrent();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    TracingRequestsModel* m_model;
    ReunificationHitsModel* m_proposals;
    QList<struct MatchProposal> m_currentProposals;
    QComboBox* m_filter;
    QLabel* m_childQueue;
    QTableView* m_list;
    QLabel* m_title;
    QLabel* m_description;
    QListWidget* m_history;
    QTableView* m_proposalView;
    QPushButton* m_review;
    QPushButton* m_edit;
    QPushButton* m_close;
    QWidget* m_detail;
};
