#include "ui/security/RecoveryDialog.h"

#include "core/crypto/RecoveryKey.h"
#include "ui/common/ErrorStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(Recover recover, QWidget* parent)
    : QDialog(parent)
    , m_recover(std::move(recover))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Open with the recovery key"));
    auto* intro = new QLabel(
        tr("The recovery key printed when the database was encrypted opens it when every "
           "passphrase is lost. Give it with the user name of an administrator, who gets a new "
           "passphrase. This is recorded in the audit trail."),
        this);
    intro->setWordWrap(true);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-…"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("recoveryUsernameEdit"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("recoveryPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("recoveryRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("recoveryErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Recovery key"), m_key);
    form->addRow(tr("Administrator's user name"), m_username);
    form->addRow(tr("New passphrase"), m_passphrase);
    form->addRow(tr("New passphrase again"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recoverButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    adjustSize();
}

void RecoveryDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    adjustSize();
}

void RecoveryDialog::accept()
{
    Result<RecoveryKey> key = RecoveryKey::parse(m_key->text());
    if (!key) {
        showError(key.error().message());
        m_key->setFocus();
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two new passphrases are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    Result<UserSession> session = m_recover(*key, m_username->text(), m_passphrase->text());
    if (!session) {
        QString message = session.error().message();
        for (const FieldError& f : session.error().fieldErrors())
            message += QStringLiteral("\n") + f.message;
        showError(message);
        return;
    }
    m_passphrase->clear();
    m_repeat->clear();
    m_session = *session;
    QDialog::accept();
}
