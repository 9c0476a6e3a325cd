#include "ui/monitoring/MonitoringDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/MonitoringService.h"
#include "ui/common/RecordTable.h"
#include "ui/monitoring/InterviewDialog.h"
#include "ui/monitoring/RoundDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    SiteColumn,
    FromColumn,
    ToColumn,
    InterviewsColumn,
    ColumnCount
};
} // namespace

MonitoringDialog::MonitoringDialog(const Database& db, const Clock& clock,
                                   const UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("monitoringDialog"));
    setWindowTitle(tr("Protection monitoring"));
    auto* intro = new QLabel(
        tr("Short anonymous interviews with adults who agree, at a post: legal status, what "
           "happened to them on the way, their needs, intentions and the risks of going back. "
           "Every answer is a choice, so the rounds can be counted; no name is ever asked."),
        this);
    intro->setWordWrap(true);
    m_table = RecordTable::create({tr("Round"), tr("Site"), tr("From"), tr("To"), tr("Interviews")},
                                  NameColumn, QStringLiteral("roundsTable"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_new = new QPushButton(tr("New round…"), this);
    m_new->setObjectName(QStringLiteral("newRoundButton"));
    m_interviewButton = new QPushButton(tr("Interview…"), this);
    m_interviewButton->setObjectName(QStringLiteral("interviewButton"));
    m_interviewButton->setDefault(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &MonitoringDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_interviewButton);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &MonitoringDialog::newRound);
    connect(m_interviewButton, &QPushButton::clicked, this, &MonitoringDialog::interview);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MonitoringDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MonitoringDialog::interview);
    resize(720, 420);
    refresh();
}

void MonitoringDialog::refresh()
{
    const int keep = m_table->currentRow();
    m_table->setRowCount(0);
    m_rounds.clear();
    Result<QList<MonitoringRound>> rounds = MonitoringService(m_db, m_clock, m_session).rounds();
    if (!rounds) {
        m_status->setText(rounds.error().message());
        updateButtons();
        return;
    }
    m_rounds = *rounds;
    for (const MonitoringRound& r : std::as_const(m_rounds)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{r.name, r.siteCode, DateFormats::numeric(r.startsOn),
                                DateFormats::numeric(r.endsOn), QString::number(r.interviews)};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    if (!m_rounds.isEmpty())
        m_table->selectRow(std::clamp(keep, 0, int(m_rounds.size()) - 1));
    m_status->setText(m_rounds.isEmpty() ? tr("No round yet: start one with “New round…”.")
                                         : QString());
    updateButtons();
}

void MonitoringDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_interviewButton->setEnabled(row >= 0 && row < m_rounds.size());
}

void MonitoringDialog::newRound()
{
    auto* dialog = new RoundDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_table->setCurrentCell(-1, -1);
        refresh();
    });
    dialog->open();
}

void MonitoringDialog::interview()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rounds.size())
        return;
    auto* dialog = new InterviewDialog(m_db, m_clock, m_session, m_rounds[row], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MonitoringDialog::refresh);
    dialog->open();
}
