#pragma once

#include "core/domain/User.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class UserService;

// Adds a user with a role and a first passphrase (which they should change).
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(UserService& users, QWidget* parent = nullptr);
    User user() const { return m_user; }
    void accept() override;

private:
    UserService& m_users;
    User m_user;
    FormErrors m_errors;
    QLineEdit* m_displayName;
    QLineEdit* m_username;
    QComboBox* m_role;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
