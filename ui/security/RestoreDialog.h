#pragma once

#include "security/UserSession.h"
#include "services/BackupService.h"

#include <QDialog>

class Clock;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Opens and checks an encrypted backup (off the GUI thread). Nothing is replaced here: the
// checked backup is handed on (`prepared`) to replace the database once it is closed.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString& databasePath, const Clock& clock, const UserSession& session,
                  QWidget* parent = nullptr);
    void accept() override;

signals:
    void prepared(const BackupService::PreparedRestore& restore);

private:
    QString m_databasePath;
    const Clock& m_clock;
    UserSession m_session;
    bool m_running = false;
    QLineEdit* m_file;
    QLineEdit* m_passphrase;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_ok;
};
