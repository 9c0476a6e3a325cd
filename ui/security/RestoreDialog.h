#pragma once

#include "core/security/UserSession.h"
#include "core/services/BackupService.h"
#include "ui/common/TaskDialog.h"

class Clock;
class QLineEdit;

// Opens and checks an encrypted backup (off the GUI thread). Nothing is replaced here: the
// checked backup is handed on (`prepared`) to replace the database once it is closed.
class RestoreDialog : public TaskDialog
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
    QLineEdit* m_file;
    QLineEdit* m_passphrase;
};
