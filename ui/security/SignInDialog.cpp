#include "ui/security/SignInDialog.h"

#include "core/services/AuthService.h"
#include "ui/common/ErrorStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(AuthService& auth, const QString& databasePath, QWidget* parent)
    : SignInDialog([&auth](const QString& username,
                           const QString& passphrase) { return auth.signIn(username, passphrase); },
                   databasePath, parent)
{
}

SignInDialog::SignInDialog(SignIn signIn, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_signIn(std::move(signIn))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Amparo"));
    auto* intro =
        new QLabel(tr("<b>Amparo</b><br>Database: %1").arg(databasePath.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Passphrase"), m_passphrase);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_recovery = buttons->addButton(tr("Use the &recovery key…"), QDialogButtonBox::HelpRole);
    m_recovery->setObjectName(QStringLiteral("useRecoveryKeyButton"));
    m_recovery->hide();
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    adjustSize();
}

void SignInDialog::offerRecovery(RecoveryDialog::Recover recover)
{
    m_recovery->show();
    connect(m_recovery, &QPushButton::clicked, this, [this, recover] {
        RecoveryDialog dialog(recover, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_session = dialog.session();
        QDialog::accept();
    });
}

void SignInDialog::accept()
{
    Result<UserSession> session = m_signIn(m_username->text(), m_passphrase->text());
    m_passphrase->clear();
    if (!session) {
        m_error->setText(session.error().message());
        m_error->show();
        // Wrapped sentences need the height of their lines at the dialog's width.
        adjustSize();
        m_passphrase->setFocus();
        return;
    }
    m_session = *session;
    QDialog::accept();
}
