#include "ui/statistics/ReportDialog.h"

#include "core/common/Clock.h"
#include "core/statistics/StatisticsExporter.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FileDialog.h"
#include "ui/common/SiteComboBox.h"
#include "ui/render/StatisticsPdfWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReportDialog::ReportDialog(const Database& db, const Clock& clock, const UserSession& session,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Statistics report (PDF)"));
    m_period = new QLineEdit(clock.today().addMonths(-1).toString(QStringLiteral("yyyy-MM")), this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setToolTip(tr("A month (2026-03) or a quarter (2026-Q1)."));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt_BR"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_site = new SiteComboBox(db, clock, session, SiteComboBox::Value::Code, tr("All sites"), this);
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    auto* form = new QFormLayout;
    form->addRow(tr("Month or quarter"), m_period);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Site"), m_site);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("reportSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The standard tables for a month or a quarter, with charts. "
                                    "Counts below the threshold are hidden."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool ReportDialog::save()
{
    const QString period = m_period->text().trimmed();
    const auto months = StatisticsReport::periodMonths(period);
    if (!months) {
        m_error->setText(tr("Write a month as 2026-03 or a quarter as 2026-Q1."));
        m_period->setFocus();
        return false;
    }
    const QString path = FileDialog::saveFileName(
        this, tr("Save the report"), tr("statistics-%1.pdf").arg(period), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const QStringList sites = m_site->currentData().toString().isEmpty()
                                  ? QStringList()
                                  : QStringList{m_site->currentData().toString()};
    Result<StatisticsReport> written =
        StatisticsExporter(m_db, m_clock, m_session)
            .exportReport(period, sites, m_language->currentData().toString(),
                          StatisticsPdfWriter(), path);
    if (!written) {
        m_error->setText(written.error().message());
        return false;
    }
    return true;
}
