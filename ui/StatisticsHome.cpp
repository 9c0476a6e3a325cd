#include "StatisticsHome.h"

#include "services/StatisticsService.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StatisticsHome::StatisticsHome(const Database& db, const UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
{
    setObjectName(QStringLiteral("statisticsHome"));
    auto* title = new QLabel(tr("<h2>Statistics</h2><p>As coordinator you see anonymized counts "
                                "only: no name, document or note.</p>"),
                             this);
    title->setWordWrap(true);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statisticsCountsLabel"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_counts);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(refreshButton, &QPushButton::clicked, this, &StatisticsHome::refresh);
    refresh();
}

void StatisticsHome::refresh()
{
    Result<StatisticsService::Overview> o = StatisticsService(m_db, m_session).overview();
    if (!o) {
        m_counts->setText(o.error().message());
        return;
    }
    m_counts->setText(tr("<table cellpadding='4'>"
                         "<tr><td>Open cases</td><td align='right'><b>%1</b></td></tr>"
                         "<tr><td>Closed cases</td><td align='right'><b>%2</b></td></tr>"
                         "<tr><td>Transferred cases</td><td align='right'><b>%3</b></td></tr>"
                         "<tr><td>Persons registered</td><td align='right'><b>%4</b></td></tr>"
                         "<tr><td>Sites</td><td align='right'><b>%5</b></td></tr></table>")
                          .arg(o->openCases)
                          .arg(o->closedCases)
                          .arg(o->transferredCases)
                          .arg(o->persons)
                          .arg(o->sites));
}
