#include "FirstAdministratorDialog.h"

#include "common/FieldErrorLabel.h"
#include "security/PassphrasePolicy.h"
#include "services/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdministratorDialog::FirstAdministratorDialog(AuthService& auth, QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Welcome to Amparo"));
    auto* intro = new QLabel(
        tr("<b>Welcome to Amparo.</b><p>This database has no users yet. Create the "
           "administrator: the person who adds the others, makes backups and reads the audit "
           "trail. Choose a passphrase of several words that only you know; it cannot be "
           "recovered if it is forgotten.</p>"),
        this);
    intro->setWordWrap(true);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("adminDisplayNameEdit"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("adminPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters").arg(PassphrasePolicy::MinimumLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Your name"), m_displayName, QStringLiteral("displayName"));
    m_errors.addRow(form, tr("User name"), m_username, QStringLiteral("username"));
    m_errors.addRow(form, tr("Passphrase"), m_passphrase, QStringLiteral("passphrase"));
    m_errors.addRow(form, tr("Passphrase again"), m_repeat, QStringLiteral("repeat"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createAdminButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void FirstAdministratorDialog::accept()
{
    if (m_passphrase->text() != m_repeat->text()) {
        m_errors.show({{QStringLiteral("repeat"), tr("The two passphrases are not the same.")}});
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    Result<UserSession> session = m_auth.createFirstAdministrator(
        m_username->text(), m_displayName->text(), m_passphrase->text());
    if (!session) {
        const QList<FieldError> unplaced = m_errors.show(session.error().fieldErrors());
        m_error->setText(session.error().message());
        m_error->setVisible(session.error().fieldErrors().isEmpty() || !unplaced.isEmpty());
        if (QWidget* w = m_errors.firstEditorWithError())
            w->setFocus();
        return;
    }
    m_session = *session;
    QDialog::accept();
}
