#pragma once

#include "core/domain/CaseRecord.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QDateEdit;
class QLabel;
class QListWidget;
class QTabWidget;
class ScreeningForm;

// Screens a whole family group at once (or the members chosen), one tab per person, and
// saves every screening together or none.
class ScreeningDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningDialog(const Database& db, const Clock& clock, const UserSession& session,
                    const CaseRecord& record, QWidget* parent = nullptr);

    ScreeningForm* formFor(qint64 personId) const;
    void accept() override;

signals:
    void saved();

private:
    void updateTabs();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    QDateEdit* m_date;
    QListWidget* m_members;
    QTabWidget* m_tabs;
    QLabel* m_error;
    QList<ScreeningForm*> m_forms;
};
