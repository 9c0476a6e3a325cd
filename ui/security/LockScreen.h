#pragma once

#include "core/security/UserSession.h"

#include <QWidget>

class AuthService;
class QLabel;
class QLineEdit;

// Shown instead of everything else while the window is locked: only the signed-in user's
// passphrase opens it again.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(AuthService& auth, const UserSession& session, QWidget* parent = nullptr);
    void prepare();

signals:
    void unlocked();

private:
    void tryUnlock();

    AuthService& m_auth;
    UserSession m_session;
    QLineEdit* m_passphrase;
    QLabel* m_error;
};
