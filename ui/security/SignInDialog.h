#pragma once

#include "core/security/UserSession.h"

#include <QDialog>

class AuthService;
class QLabel;
class QLineEdit;

// Asks for a user name and passphrase when Amparo starts.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AuthService& auth, const QString& databasePath, QWidget* parent = nullptr);

    UserSession session() const { return m_session; }
    void accept() override;

private:
    AuthService& m_auth;
    UserSession m_session;
    QLineEdit* m_username;
    QLineEdit* m_passphrase;
    QLabel* m_error;
};
