#include "ui/tracing/TracingView.h"

#include "ui/tracing/ReunificationSearchView.h"
#include "ui/tracing/TracingRequestsView.h"

TracingView::TracingView(const Database& db, const Clock& clock, const UserSession& session,
                         QWidget* parent)
    : QTabWidget(parent)
    , m_search(new ReunificationSearchView(db, clock, session, this))
    , m_requests(new TracingRequestsView(db, clock, session, this))
{
    setObjectName(QStringLiteral("tracingView"));
    setDocumentMode(true);
    addTab(m_search, tr("Search"));
    addTab(m_requests, tr("Tracing requests"));
    connect(m_search, &ReunificationSearchView::requestRegistered, this, &TracingView::showRequest);
    connect(m_search, &ReunificationSearchView::openCaseRequested, this,
            &TracingView::openCaseRequested);
    connect(m_requests, &TracingRequestsView::openCaseRequested, this,
            &TracingView::openCaseRequested);
}

void TracingView::showRequest(qint64 requestId)
{
    m_requests->refresh();
    m_requests->selectRequest(requestId);
    setCurrentWidget(m_requests);
}
