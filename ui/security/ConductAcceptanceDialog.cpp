#include "ui/security/ConductAcceptanceDialog.h"

#include "core/services/ConductService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConductAcceptanceDialog::ConductAcceptanceDialog(const Database& db, const Clock& clock,
                                                 const UserSession& session,
                                                 const ConductCode& code, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("conductAcceptanceDialog"));
    setWindowTitle(tr("Code of conduct"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("conductText"));
    m_body->setReadOnly(true);
    m_body->setAccessibleName(tr("Code of conduct"));
    m_error = new FieldErrorLabel(this);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* accept = buttons->addButton(tr("I accept"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("conductAcceptButton"));
    QPushButton* leave = buttons->addButton(tr("Close Amparo"), QDialogButtonBox::RejectRole);
    leave->setObjectName(QStringLiteral("conductLeaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConductAcceptanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConductAcceptanceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 520);
    display(code);
}

void ConductAcceptanceDialog::display(const ConductCode& code)
{
    m_code = code;
    m_intro->setText(code.version == 1
                         ? tr("Before you work in Amparo, read your organisation's code of "
                              "conduct and accept it.")
                         : tr("Your organisation's code of conduct has changed (version %1). "
                              "Read it and accept it before you go on.")
                               .arg(code.version));
    m_body->setPlainText(code.body);
}

void ConductAcceptanceDialog::accept()
{
    m_error->clearError();
    ConductService service(m_db, m_clock, m_session);
    if (Status s = service.accept(m_code.version); !s) {
        m_error->showError(s.error().message());
        // Changed meanwhile: the new text is the one to read.
        if (Result<std::optional<ConductCode>> now = service.awaitingAcceptance(); now && *now)
            display(**now);
        return;
    }
    QDialog::accept();
}
