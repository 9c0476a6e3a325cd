#include "ui/statistics/ReportDialog.h"

#include "core/common/Clock.h"
#include "core/statistics/StatisticsExporter.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FileDialog.h"
#include "ui/common/LanguageComboBox.h"
#include "ui/common/SiteComboBox.h"
#include "ui/render/StatisticsFormats.h"
#include "ui/statistics/ReportFormatComboBox.h"

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
    setWindowTitle(tr("Report"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (StatisticsReport::Kind k :
         {StatisticsReport::Kind::Activity, StatisticsReport::Kind::Advocacy})
        m_kind->addItem(StatisticsReport::titleOf(k), int(k));
    m_kind->setItemData(1,
                        tr("What happened to people and what the state did: incidents by type, "
                           "country, perpetrator and quarter, denials of asylum and services, "
                           "the state's response, and what monitoring interviews tell."),
                        Qt::ToolTipRole);
    m_format = new ReportFormatComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_period = new QLineEdit(clock.today().addMonths(-1).toString(QStringLiteral("yyyy-MM")), this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setToolTip(tr("A month (2026-03) or a quarter (2026-Q1)."));
    m_language = new LanguageComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_site = new SiteComboBox(db, clock, session, SiteComboBox::Value::Code, tr("All sites"), this);
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("reportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    auto* form = new QFormLayout;
    form->addRow(tr("Report"), m_kind);
    form->addRow(tr("Month or quarter"), m_period);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Site"), m_site);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("reportSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The standard tables for a month or a quarter. Counts below "
                                    "the threshold are hidden; no name, story or place finer "
                                    "than a department is ever in a report."),
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
    const auto kind = StatisticsReport::Kind(m_kind->currentData().toInt());
    const QString format = m_format->format();
    const QString name = kind == StatisticsReport::Kind::Advocacy ? tr("human-rights-%1.%2")
                                                                  : tr("statistics-%1.%2");
    const QString path = FileDialog::saveFileName(this, tr("Save the report"),
                                                  name.arg(period, format), m_format->fileFilter());
    if (path.isEmpty())
        return false;
    const QStringList sites = m_site->currentData().toString().isEmpty()
                                  ? QStringList()
                                  : QStringList{m_site->currentData().toString()};
    Result<StatisticsReport> written =
        StatisticsExporter(m_db, m_clock, m_session)
            .exportReport(period, sites, m_language->language(), *StatisticsFormats::writer(format),
                          path, kind);
    if (!written) {
        m_error->setText(written.error().message());
        return false;
    }
    return true;
}
