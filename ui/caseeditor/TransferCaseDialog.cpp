#include "ui/caseeditor/TransferCaseDialog.h"

#include "core/services/CaseTransferService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TransferCaseDialog::TransferCaseDialog(const Database& db, const Clock& clock,
                                       const UserSession& session, qint64 caseId,
                                       const QString& caseNumber, const QString& office,
                                       QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId)
{
    setWindowTitle(tr("Hand the case to the office"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(
        tr("From now on the office %1 keeps case %2: it changes the case and everything that "
           "belongs to it. Here you will read it as it is now. The hand-over reaches the office "
           "with the next package.")
            .arg(office, caseNumber),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("transferReasonEdit"));
    m_reason->setPlaceholderText(tr("the family moved inland, the office's lawyer takes it…"));
    auto* form = new QFormLayout;
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("transferErrorLabel"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand to %1").arg(office));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("transferOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferCaseDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void TransferCaseDialog::accept()
{
    m_error->clearError();
    const Status done =
        CaseTransferService(m_db, m_clock, m_session).transferToOffice(m_caseId, m_reason->text());
    if (!done) {
        m_error->showError(done.error().message());
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
