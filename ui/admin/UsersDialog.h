#pragma once

#include "core/services/UserService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// Administrators' list of users: add, reset a passphrase, change a role, deactivate or
// reactivate. There is no delete: the audit trail keeps pointing at every user.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(const Database& db, const Clock& clock, const UserSession& session,
                QWidget* parent = nullptr);

    void reload();

private:
    qint64 selectedUserId() const;
    void addUser();
    void resetPassphrase();
    void toggleActive();
    void showResult(const Status& status);

    UserService m_users;
    QList<User> m_list;
    QTableWidget* m_table;
    QPushButton* m_toggle;
    QLabel* m_message;
};
