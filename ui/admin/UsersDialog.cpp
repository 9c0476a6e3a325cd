#include "ui/admin/UsersDialog.h"

#include "ui/admin/AddUserDialog.h"
#include "ui/common/ErrorStyle.h"
#include "ui/security/PassphraseDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UsersDialog::UsersDialog(const Database& db, const Clock& clock, const UserSession& session,
                         QWidget* parent)
    : QDialog(parent)
    , m_users(db, clock, session)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* add = new QPushButton(tr("Add user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    auto* reset = new QPushButton(tr("Reset passphrase…"), this);
    reset->setObjectName(QStringLiteral("resetPassphraseButton"));
    m_toggle = new QPushButton(tr("Deactivate"), this);
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));
    auto* close = new QPushButton(tr("Close"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessageLabel"));
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(720, 420);

    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(reset, &QPushButton::clicked, this, &UsersDialog::resetPassphrase);
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(close, &QPushButton::clicked, this, &UsersDialog::accept);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_list.size())
            m_toggle->setText(m_list[row].active ? tr("Deactivate") : tr("Reactivate"));
    });
    reload();
}

void UsersDialog::reload()
{
    Result<QList<User>> users = m_users.users();
    if (!users) {
        showResult(users.error());
        return;
    }
    m_list = *users;
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const User& u = m_list[row];
        m_table->setItem(row, 0, new QTableWidgetItem(u.username));
        m_table->setItem(row, 1, new QTableWidgetItem(u.displayName));
        auto* role = new QComboBox(m_table);
        role->setAccessibleName(tr("Role of %1").arg(u.displayName));
        for (Role r : roleCodes().values())
            role->addItem(roleCodes().label(r), int(r));
        role->setCurrentIndex(role->findData(int(u.role)));
        const qint64 id = u.id;
        connect(role, &QComboBox::activated, this, [this, role, id] {
            showResult(m_users.setRole(id, Role(role->currentData().toInt())));
        });
        m_table->setCellWidget(row, 2, role);
        m_table->setItem(row, 3, new QTableWidgetItem(u.active ? tr("active") : tr("deactivated")));
    }
}

qint64 UsersDialog::selectedUserId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_list.size() ? m_list[row].id : 0;
}

void UsersDialog::showResult(const Status& status)
{
    m_message->setStyleSheet(status ? QString() : ErrorStyle::text());
    m_message->setText(status ? tr("Saved.") : status.error().message());
    const int row = m_table->currentRow();
    reload();
    if (row >= 0)
        m_table->selectRow(row);
}

void UsersDialog::addUser()
{
    auto* dialog = new AddUserDialog(m_users, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showResult({}); });
    dialog->open();
}

void UsersDialog::resetPassphrase()
{
    const qint64 id = selectedUserId();
    if (id == 0) {
        m_message->setText(tr("Choose a user first."));
        return;
    }
    const User user = m_list[m_table->currentRow()];
    auto* dialog = new PassphraseDialog(
        tr("Reset passphrase"),
        tr("Give %1 a new passphrase, and tell it to them in person.")
            .arg(user.displayName.toHtmlEscaped()),
        false, user.username,
        [this, id](const QString&, const QString& replacement) {
            return m_users.resetPassphrase(id, replacement);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showResult({}); });
    dialog->open();
}

void UsersDialog::toggleActive()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size()) {
        m_message->setText(tr("Choose a user first."));
        return;
    }
    const User user = m_list[row];
    if (!user.active && m_users.reactivationNeedsPassphrase()) {
        // An encrypted database took the passphrase out of its keys: a new one comes back.
        auto* dialog = new PassphraseDialog(
            tr("Reactivate %1").arg(user.displayName),
            tr("The database is encrypted, so %1 comes back with a new passphrase. Tell it to "
               "them in person.")
                .arg(user.displayName.toHtmlEscaped()),
            false, user.username,
            [this, id = user.id](const QString&, const QString& replacement) {
                return m_users.reactivate(id, replacement);
            },
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { showResult({}); });
        dialog->open();
        return;
    }
    showResult(m_users.setActive(user.id, !user.active));
}
