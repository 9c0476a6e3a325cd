#include "ui/statistics/DashboardView.h"

#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/statistics/StatisticsReport.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SiteComboBox.h"
#include "ui/render/AggregateChart.h"
#include "ui/statistics/ExportDialog.h"
#include "ui/statistics/NetworkCountsDialog.h"
#include "ui/statistics/ReportDialog.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

DashboardView::DashboardView(const Database& db, const Clock& clock, const UserSession& session,
                             QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboardView"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    const QDate today = clock.today();
    m_period->addItem(tr("Last 12 months"),
                      QStringList{today.addMonths(-11).toString(QStringLiteral("yyyy-MM")),
                                  today.toString(QStringLiteral("yyyy-MM"))});
    m_period->addItem(tr("This year"), QStringList{QStringLiteral("%1-01").arg(today.year()),
                                                   today.toString(QStringLiteral("yyyy-MM"))});
    m_period->addItem(tr("Last month"),
                      QStringList{today.addMonths(-1).toString(QStringLiteral("yyyy-MM")),
                                  today.addMonths(-1).toString(QStringLiteral("yyyy-MM"))});
    m_period->addItem(tr("All records"), QStringList{QString(), QString()});
    m_site = new SiteComboBox(db, clock, session, SiteComboBox::Value::Code, tr("All sites"), this);
    m_site->setObjectName(QStringLiteral("dashboardSite"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    auto* exportButton = new QPushButton(tr("Export counts…"), this);
    exportButton->setObjectName(QStringLiteral("dashboardExportButton"));
    auto* reportButton = new QPushButton(tr("Report…"), this);
    reportButton->setObjectName(QStringLiteral("dashboardReportButton"));
    auto* networkButton = new QPushButton(tr("Network…"), this);
    networkButton->setObjectName(QStringLiteral("dashboardNetworkButton"));
    networkButton->setToolTip(tr("Send our counts to the network's coordinator, or add up the "
                                 "organisations' counts."));
    networkButton->setVisible(AccessPolicy::allows(session.role, Permission::NetworkCounts));
    auto* thresholdButton = new QPushButton(tr("Smallest count shown…"), this);
    thresholdButton->setObjectName(QStringLiteral("dashboardThresholdButton"));
    thresholdButton->setVisible(AccessPolicy::allows(session.role, Permission::SetCountThreshold));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("Period"), this);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    auto* siteLabel = new QLabel(tr("Site"), this);
    siteLabel->setBuddy(m_site);
    bar->addWidget(siteLabel);
    bar->addWidget(m_site);
    bar->addWidget(refreshButton);
    bar->addStretch();
    bar->addWidget(thresholdButton);
    bar->addWidget(exportButton);
    bar->addWidget(reportButton);
    bar->addWidget(networkButton);

    m_sections = new QWidget;
    m_grid = new QGridLayout(m_sections);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_sections);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

    connect(refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(thresholdButton, &QPushButton::clicked, this, [this] {
        Result<int> current = AggregateService(m_db, m_clock, m_session).organisationThreshold();
        if (!current) {
            MessageBox::warning(this, tr("Statistics"), current.error().message());
            return;
        }
        bool ok = false;
        const int value = QInputDialog::getInt(
            this, tr("Smallest count shown"),
            tr("Counts below this number are hidden in every statistic, export and report of "
               "the organisation (at least %1):")
                .arg(AggregateDefinition::MinimumThreshold),
            *current, AggregateDefinition::MinimumThreshold, AggregateDefinition::MaximumThreshold,
            1, &ok);
        if (ok)
            setOrganisationThreshold(value);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ExportDialog dialog(m_db, m_clock, m_session, this);
        dialog.exec();
    });
    connect(reportButton, &QPushButton::clicked, this, [this] {
        ReportDialog dialog(m_db, m_clock, m_session, this);
        dialog.exec();
    });
    connect(networkButton, &QPushButton::clicked, this, [this] {
        NetworkCountsDialog dialog(m_db, m_clock, m_session, this);
        dialog.exec();
    });
    refresh();
}

void DashboardView::clearSections()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void DashboardView::refresh()
{
    clearSections();
    const QStringList months = m_period->currentData().toStringList();
    const QString site = m_site->currentData().toString();
    Result<StatisticsReport> report = StatisticsReport::build(
        AggregateService(m_db, m_clock, m_session), months.value(0), months.value(1),
        site.isEmpty() ? QStringList() : QStringList{site});
    if (!report) {
        m_summary->setText(report.error().message());
        return;
    }
    int threshold = AggregateDefinition::MinimumThreshold;
    int index = 0;
    for (const StatisticsReport::Section& s : report->sections) {
        QWidget* widget = nullptr;
        const bool empty = s.table && s.table->grandTotal().count == 0;
        if (QChart* chart = empty ? nullptr : AggregateChart::create(s)) {
            threshold = s.table->threshold;
            auto* view = new QChartView(chart);
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumHeight(260);
            widget = view;
            if (!s.coarser.isEmpty()) {
                // Which coarser breakdown is shown, under its chart.
                widget = new QWidget;
                auto* column = new QVBoxLayout(widget);
                column->setContentsMargins(0, 0, 0, 0);
                column->addWidget(view);
                auto* note = new QLabel(s.coarser, widget);
                note->setObjectName(QStringLiteral("dashboardCoarserNote"));
                note->setWordWrap(true);
                column->addWidget(note);
            }
        } else {
            const QString why = empty     ? tr("Nothing recorded in this period.")
                                : s.table ? s.nothingToDraw()
                                          : s.refusal;
            auto* label = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                         .arg(s.title.toHtmlEscaped(), why.toHtmlEscaped()));
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            label->setMinimumHeight(80);
            widget = label;
        }
        widget->setObjectName(QStringLiteral("dashboardSection%1").arg(index));
        m_grid->addWidget(widget, index / 2, index % 2);
        ++index;
    }
    m_summary->setText(tr("%1 · Anonymized counts: anything below %2 is hidden (—), with the "
                          "counts that would give it away.")
                           .arg(report->periodText())
                           .arg(threshold));
}

int DashboardView::chartCount() const
{
    return int(m_sections->findChildren<QChartView*>().size());
}

bool DashboardView::setOrganisationThreshold(int threshold)
{
    if (Status s = AggregateService(m_db, m_clock, m_session).setOrganisationThreshold(threshold);
        !s) {
        MessageBox::warning(this, tr("Statistics"), s.error().message());
        return false;
    }
    refresh();
    return true;
}
