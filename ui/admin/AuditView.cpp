#include "ui/admin/AuditView.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "ui/admin/AuditTrailModel.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditView::AuditView(const Database& db, const Clock& clock, const UserSession& session,
                     QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("auditView"));
    m_model = new AuditTrailModel(db, clock, session, this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUserEdit"));
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("user name"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("All actions"), QString());
    m_action->addItem(tr("Sign-ins"), QStringLiteral("sign_in"));
    m_action->addItem(tr("Cases opened"), QStringLiteral("case.open"));
    m_action->addItem(tr("Cases created or changed"), QStringLiteral("case"));
    m_action->addItem(tr("Users"), QStringLiteral("user"));
    m_action->addItem(tr("Backups"), QStringLiteral("backup"));
    m_action->addItem(tr("Exports"), QStringLiteral("audit.export"));
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecordEdit"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setPlaceholderText(tr("case number or user"));
    m_useFrom = new QCheckBox(tr("from"), this);
    m_from = new QDateEdit(clock.today().addMonths(-1), this);
    m_from->setDisplayFormat(DateFormats::numericFormat());
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From"));
    m_useTo = new QCheckBox(tr("to"), this);
    m_to = new QDateEdit(clock.today(), this);
    m_to->setDisplayFormat(DateFormats::numericFormat());
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To"));
    auto* apply = new QPushButton(tr("Filter"), this);
    apply->setObjectName(QStringLiteral("auditFilterButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditTrailModel::IdColumn, 60);
    m_table->setColumnWidth(AuditTrailModel::AtColumn, 150);
    m_table->setColumnWidth(AuditTrailModel::ActionColumn, 150);
    m_table->setColumnWidth(AuditTrailModel::RecordColumn, 160);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setWordWrap(true);
    auto* verifyButton = new QPushButton(tr("Check the trail"), this);
    verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    verifyButton->setToolTip(tr("Checks that no entry was changed, removed or moved."));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_record);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(apply);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(verifyButton);
    bottom->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(apply, &QPushButton::clicked, this, &AuditView::applyFilter);
    for (QLineEdit* e : {m_user, m_record})
        connect(e, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(verifyButton, &QPushButton::clicked, this, &AuditView::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditView::exportCsv);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_status->setText(m_model->lastError().isEmpty()
                              ? tr("%n entries", nullptr, m_model->rowCount())
                              : m_model->lastError());
    });
    m_status->setText(tr("%n entries", nullptr, m_model->rowCount()));
}

void AuditView::applyFilter()
{
    AuditFilter f;
    f.username = m_user->text();
    f.action = m_action->currentData().toString();
    f.record = m_record->text();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    m_model->setFilter(f);
}

void AuditView::refresh()
{
    m_model->refresh();
}

void AuditView::verify()
{
    Result<AuditVerifier::Report> report = AuditService(m_db, m_clock, m_session).verify();
    if (!report) {
        MessageBox::warning(this, tr("Audit trail"), report.error().message());
        return;
    }
    // At an office, the trails its posts sent are checked too.
    Result<QList<AuditService::SiteReport>> sites =
        AuditService(m_db, m_clock, m_session).verifySites();
    if (!sites) {
        MessageBox::warning(this, tr("Audit trail"), sites.error().message());
        return;
    }
    QStringList intactSites;
    QStringList lines;
    for (const AuditService::SiteReport& site : std::as_const(*sites)) {
        if (site.report.intact())
            intactSites.append(
                tr("%1 (%n entries)", nullptr, int(site.report.entries)).arg(site.site));
        for (const AuditVerifier::Problem& p : site.report.problems)
            lines.append(tr("In the trail of %1: %2").arg(site.site, p.description));
    }
    if (report->intact() && lines.isEmpty()) {
        QString text = tr("The trail is intact: %n entries, none changed, removed or moved. "
                          "Newest hash: %1",
                          nullptr, int(report->entries))
                           .arg(report->headHash.left(16));
        if (report->emptied > 0)
            text += u' ' + report->emptiedText();
        if (!intactSites.isEmpty())
            text += u' ' + tr("The trails the posts sent are intact too: %1.")
                               .arg(intactSites.join(QStringLiteral(", ")));
        m_status->setText(text);
        return;
    }
    for (const AuditVerifier::Problem& p : report->problems)
        lines.prepend(p.description);
    m_status->setText(tr("The trail was tampered with:") + QLatin1Char(' ') +
                      lines.join(QLatin1Char(' ')));
    MessageBox::warning(
        this, tr("Audit trail"),
        tr("The audit trail was tampered with:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

void AuditView::exportCsv()
{
    const QString file =
        FileDialog::saveFileName(this, tr("Export the audit trail"),
                                 QStringLiteral("amparo-audit.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        MessageBox::warning(this, tr("Export"),
                            tr("Could not write %1: %2").arg(file, out.errorString()));
        return;
    }
    Result<int> written = AuditService(m_db, m_clock, m_session).exportCsv(m_model->filter(), out);
    out.close();
    if (!written) {
        out.remove();
        MessageBox::warning(this, tr("Export"), written.error().message());
        return;
    }
    m_model->refresh();
    m_status->setText(tr("%n entries exported to %1.", nullptr, *written).arg(file));
}
