#pragma once

#include "core/common/Error.h"
#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class QGroupBox;
class QLabel;
class QTableWidget;

// Beside the deadlines, what case plans say needs attention: the actions and follow-ups past
// their date, and the open cases with no next step planned. Mine or everyone's; each row opens
// its case.
class NextStepsPanel : public QWidget
{
    Q_OBJECT

public:
    NextStepsPanel(const Database& db, const Clock& clock, const UserSession& session,
                   QWidget* parent = nullptr);

    void setMineOnly(bool mine);
    QTableWidget* overdueTable() const { return m_overdue; }
    QTableWidget* unplannedTable() const { return m_unplanned; }

public slots:
    void refresh();

signals:
    void openCaseRequested(qint64 caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showOverdue();
    void showUnplanned();
    static void showError(QLabel* note, const Error& error);
    // Under a list: `none` when it is empty, `some` when it shows fewer than there are.
    static void showCount(QLabel* note, int shown, int total, const QString& none,
                          const QString& some);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    bool m_mineOnly = false;
    bool m_stale = true; // asked to refresh while out of sight

    QGroupBox* m_overdueBox;
    QGroupBox* m_unplannedBox;
    QTableWidget* m_overdue;
    QTableWidget* m_unplanned;
    QLabel* m_overdueNote;
    QLabel* m_unplannedNote;
};
