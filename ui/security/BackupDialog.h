#pragma once

#include "security/UserSession.h"

#include <QDialog>

class Clock;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Makes an encrypted backup of the whole database, off the GUI thread.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(const QString& databasePath, const Clock& clock, const UserSession& session,
                 QWidget* parent = nullptr);
    void accept() override;
    bool isRunning() const { return m_running; }

signals:
    void backupMade(const QString& file);

private:
    void setRunning(bool running);

    QString m_databasePath;
    const Clock& m_clock;
    UserSession m_session;
    bool m_running = false;
    QLineEdit* m_file;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_ok;
};
