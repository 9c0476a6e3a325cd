#include "ui/monitoring/RoundDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/MonitoringService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/SiteComboBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RoundDialog::RoundDialog(const Database& db, const Clock& clock, const UserSession& session,
                         QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("roundDialog"));
    setWindowTitle(tr("New monitoring round"));
    m_site = new SiteComboBox(db, clock, session, SiteComboBox::Value::Id, {}, this);
    m_site->setObjectName(QStringLiteral("roundSiteCombo"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("roundNameEdit"));
    m_name->setPlaceholderText(tr("Cúcuta, March 2026"));
    const QDate today = clock.today();
    m_starts = new QDateEdit(today, this);
    m_starts->setObjectName(QStringLiteral("roundStartsEdit"));
    m_ends = new QDateEdit(today.addDays(13), this);
    m_ends->setObjectName(QStringLiteral("roundEndsEdit"));
    for (QDateEdit* edit : {m_starts, m_ends}) {
        edit->setDisplayFormat(DateFormats::numericFormat());
        edit->setCalendarPopup(true);
    }
    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Site"), m_site, QStringLiteral("site"));
    m_errors.addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("From"), m_starts, QStringLiteral("startsOn"));
    m_errors.addRow(form, tr("To"), m_ends, QStringLiteral("endsOn"));
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("roundOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoundDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoundDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void RoundDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    MonitoringRound r;
    r.siteId = m_site->currentData().toLongLong();
    r.name = m_name->text();
    r.startsOn = m_starts->date();
    r.endsOn = m_ends->date();
    Result<MonitoringRound> made = MonitoringService(m_db, m_clock, m_session).createRound(r);
    if (!made) {
        m_errors.showError(made.error(), m_error);
        return;
    }
    m_round = *made;
    QDialog::accept();
}
