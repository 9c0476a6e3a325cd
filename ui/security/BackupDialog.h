#pragma once

#include "core/security/UserSession.h"
#include "ui/common/TaskDialog.h"

class Clock;
class QLineEdit;

// Makes an encrypted backup of the whole database, off the GUI thread.
class BackupDialog : public TaskDialog
{
    Q_OBJECT

public:
    BackupDialog(const QString& databasePath, const Clock& clock, const UserSession& session,
                 QWidget* parent = nullptr);
    void accept() override;

signals:
    void backupMade(const QString& file);

private:
    QString m_databasePath;
    const Clock& m_clock;
    UserSession m_session;
    QLineEdit* m_file;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
};
