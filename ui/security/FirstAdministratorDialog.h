#pragma once

#include "common/FormErrors.h"
#include "security/UserSession.h"

#include <QDialog>

class AuthService;
class QLabel;
class QLineEdit;

// The first start on a new database: creates the administrator, who then adds the others.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(AuthService& auth, QWidget* parent = nullptr);

    UserSession session() const { return m_session; }
    void accept() override;

private:
    AuthService& m_auth;
    UserSession m_session;
    FormErrors m_errors;
    QLineEdit* m_displayName;
    QLineEdit* m_username;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
