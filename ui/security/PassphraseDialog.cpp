#include "ui/security/PassphraseDialog.h"

#include "core/security/PassphrasePolicy.h"
#include "ui/common/ErrorStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLineEdit* passwordEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

PassphraseDialog::PassphraseDialog(const QString& title, const QString& intro, bool askCurrent,
                                   const QString& username, Action action, QWidget* parent)
    : QDialog(parent)
    , m_username(username)
    , m_action(std::move(action))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    if (askCurrent) {
        m_current = passwordEdit(QStringLiteral("currentPassphraseEdit"), this);
        form->addRow(tr("Current passphrase"), m_current);
    }
    m_passphrase = passwordEdit(QStringLiteral("newPassphraseEdit"), this);
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters").arg(PassphrasePolicy::MinimumLength));
    m_repeat = passwordEdit(QStringLiteral("repeatPassphraseEdit"), this);
    form->addRow(tr("New passphrase"), m_passphrase);
    form->addRow(tr("Again"), m_repeat);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passphraseErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passphraseOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void PassphraseDialog::accept()
{
    const auto fail = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        m_repeat->clear();
    };
    if (m_passphrase->text() != m_repeat->text())
        return fail(tr("The two passphrases are not the same."));
    if (const QList<FieldError> weak = PassphrasePolicy::check(m_passphrase->text(), m_username);
        !weak.isEmpty())
        return fail(weak.constFirst().message);
    const Status done = m_action(m_current ? m_current->text() : QString(), m_passphrase->text());
    if (!done) {
        if (m_current)
            m_current->clear();
        return fail(done.error().message());
    }
    QDialog::accept();
}
