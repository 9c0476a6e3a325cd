#include "ui/admin/AddUserDialog.h"

#include "core/services/UserService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddUserDialog::AddUserDialog(UserService& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("userDisplayNameEdit"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("userUsernameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("userRoleCombo"));
    for (Role r : roleCodes().values())
        m_role->addItem(roleCodes().label(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(Role::LegalStaff)));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("userPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("userRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Name"), m_displayName, QStringLiteral("displayName"));
    m_errors.addRow(form, tr("User name"), m_username, QStringLiteral("username"));
    m_errors.addRow(form, tr("Role"), m_role, QStringLiteral("role"));
    m_errors.addRow(form, tr("First passphrase"), m_passphrase, QStringLiteral("passphrase"));
    m_errors.addRow(form, tr("Again"), m_repeat, QStringLiteral("repeat"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    auto* roles =
        new QLabel(tr("<small><b>Legal staff</b> register and follow cases. <b>Volunteers</b> "
                      "see only what family reunification needs. <b>Coordinators</b> see "
                      "anonymized statistics only. <b>Administrators</b> also manage users, "
                      "backups and the audit trail.</small>"),
                   this);
    roles->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addUserOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(roles);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void AddUserDialog::accept()
{
    if (m_passphrase->text() != m_repeat->text()) {
        m_errors.show({{QStringLiteral("repeat"), tr("The two passphrases are not the same.")}});
        m_repeat->clear();
        return;
    }
    User u;
    u.displayName = m_displayName->text();
    u.username = m_username->text();
    u.role = Role(m_role->currentData().toInt());
    Result<User> added = m_users.addUser(u, m_passphrase->text());
    if (!added) {
        const QList<FieldError> unplaced = m_errors.show(added.error().fieldErrors());
        m_error->setText(added.error().message());
        m_error->setVisible(added.error().fieldErrors().isEmpty() || !unplaced.isEmpty());
        return;
    }
    m_user = *added;
    QDialog::accept();
}
