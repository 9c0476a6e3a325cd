#pragma once

#include "core/common/Result.h"
#include "core/security/UserSession.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class RecoveryKey;

// When every passphrase of an encrypted database is lost: its recovery key, the name of an
// administrator and a new passphrase for them. Stays open with the reason when refused.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the database with the key and sets the passphrase; a session with no user id
    // means the database has no users yet (the first start was left unfinished).
    using Recover = std::function<Result<UserSession>(
        const RecoveryKey& key, const QString& username, const QString& passphrase)>;

    explicit RecoveryDialog(Recover recover, QWidget* parent = nullptr);
    UserSession session() const { return m_session; }
    void accept() override;

private:
    void showError(const QString& message);

    Recover m_recover;
    UserSession m_session;
    QLineEdit* m_key;
    QLineEdit* m_username;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
