#include "ui/firstrun/AdministratorPage.h"

#include "core/security/PassphrasePolicy.h"
#include "core/services/AuthService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>

AdministratorPage::AdministratorPage(Database& db, const Clock& clock, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("administratorPage"));
    setCommitPage(true);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("adminDisplayNameEdit"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("adminPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);

    m_form = new QFormLayout;
    // retranslate() names them again when the language changes on the first page.
    m_errors.addRow(m_form, tr("Your name"), m_displayName, QStringLiteral("displayName"));
    m_errors.addRow(m_form, tr("User name"), m_username, QStringLiteral("username"));
    m_errors.addRow(m_form, tr("Passphrase"), m_passphrase, QStringLiteral("passphrase"));
    m_errors.addRow(m_form, tr("Passphrase again"), m_repeat, QStringLiteral("repeat"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("adminError"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    retranslate();
}

bool AdministratorPage::validatePage()
{
    m_errors.clear();
    m_error->clearError();
    if (m_passphrase->text() != m_repeat->text()) {
        m_errors.show({{QStringLiteral("repeat"), tr("The two passphrases are not the same.")}});
        m_repeat->clear();
        m_repeat->setFocus();
        return false;
    }
    Result<UserSession> session =
        AuthService(m_db, m_clock)
            .createFirstAdministrator(m_username->text(), m_displayName->text(),
                                      m_passphrase->text());
    if (!session) {
        m_errors.showError(session.error(), m_error);
        return false;
    }
    m_session = *session;
    return true;
}

void AdministratorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AdministratorPage::retranslate()
{
    setTitle(tr("The administrator"));
    setSubTitle(tr("Step 1 of 3"));
    setButtonText(QWizard::CommitButton, tr("Create administrator"));
    m_intro->setText(
        tr("Create the administrator: the person who adds the others, makes backups and reads "
           "the audit trail. Choose a passphrase of several words that only you know; it "
           "cannot be recovered if it is forgotten."));
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters").arg(PassphrasePolicy::MinimumLength));
    const std::pair<QWidget*, QString> labels[] = {{m_displayName, tr("Your name")},
                                                   {m_username, tr("User name")},
                                                   {m_passphrase, tr("Passphrase")},
                                                   {m_repeat, tr("Passphrase again")}};
    for (const auto& [editor, text] : labels) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(editor->parentWidget())))
            label->setText(text);
    }
}
