#include "ui/tracing/CloseRequestDialog.h"

#include "core/services/TracingService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

CloseRequestDialog::CloseRequestDialog(const Database& db, const Clock& clock,
                                       const UserSession& session, const TracingRequest& request,
                                       QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_request(request)
    , m_reopening(request.status == TracingStatus::Reunited ||
                  request.status == TracingStatus::Closed)
{
    setObjectName(QStringLiteral("closeRequestDialog"));
    setWindowTitle(m_reopening ? tr("Open the request again") : tr("Close the request"));
    auto* layout = new QVBoxLayout(this);
    if (!m_reopening) {
        m_reunited = new QRadioButton(tr("The family was reunited"), this);
        m_reunited->setObjectName(QStringLiteral("reunitedRadio"));
        m_closed = new QRadioButton(tr("Closed for another reason"), this);
        m_closed->setObjectName(QStringLiteral("closedRadio"));
        m_reunited->setEnabled(request.foundPersonId > 0);
        (request.foundPersonId > 0 ? m_reunited : m_closed)->setChecked(true);
        layout->addWidget(m_reunited);
        if (request.foundPersonId == 0) {
            auto* hint = new QLabel(tr("<small>A reunion is recorded after the match of the "
                                       "person found is confirmed.</small>"),
                                    this);
            hint->setWordWrap(true);
            layout->addWidget(hint);
        }
        layout->addWidget(m_closed);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("closeReasonEdit"));
    m_reason->setPlaceholderText(m_reopening ? tr("why it is opened again")
                                             : tr("the family found each other themselves, the "
                                                  "person asking withdrew…"));
    auto* form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("closeRequestErrorLabel"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(m_reopening ? tr("Open again") : tr("Close"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("closeRequestOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloseRequestDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void CloseRequestDialog::accept()
{
    m_error->clearError();
    TracingService service(m_db, m_clock, m_session);
    Result<TracingRequest> done =
        m_reopening ? service.reopen(m_request.id, m_reason->text())
                    : service.close(m_request.id, m_reunited->isChecked(), m_reason->text());
    if (!done) {
        m_error->showError(done.error().message());
        m_reason->setFocus();
        return;
    }
    m_request = *done;
    QDialog::accept();
}
