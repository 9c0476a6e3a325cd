#pragma once

#include "core/common/Result.h"
#include "core/security/UserSession.h"
#include "ui/security/RecoveryDialog.h"

#include <QDialog>

#include <functional>

class AuthService;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a user name and passphrase when Amparo starts.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Checks a user name and passphrase; on an office server, opens the person's own
    // connection with them first.
    using SignIn = std::function<Result<UserSession>(const QString&, const QString&)>;

    SignInDialog(AuthService& auth, const QString& databasePath, QWidget* parent = nullptr);
    SignInDialog(SignIn signIn, const QString& databasePath, QWidget* parent = nullptr);
    // An encrypted database also opens with its recovery key (RecoveryDialog).
    void offerRecovery(RecoveryDialog::Recover recover);

    UserSession session() const { return m_session; }
    void accept() override;

private:
    SignIn m_signIn;
    UserSession m_session;
    QLineEdit* m_username;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QPushButton* m_recovery;
};
