#pragma once

#include "core/security/UserSession.h"

#include <QTabWidget>

class Clock;
class Database;
class ReunificationSearchView;
class TracingRequestsView;

// The "Family tracing" tab: the reunification search at the door, and the tracing requests
// with the matches to review.
class TracingView : public QTabWidget
{
    Q_OBJECT

public:
    TracingView(const Database& db, const Clock& clock, const UserSession& session,
                QWidget* parent = nullptr);

    ReunificationSearchView* search() const { return m_search; }
    TracingRequestsView* requests() const { return m_requests; }
    void showRequest(qint64 requestId);

signals:
    void openCaseRequested(qint64 caseId);

private:
    ReunificationSearchView* m_search;
    TracingRequestsView* m_requests;
};
