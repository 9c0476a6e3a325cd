#pragma once

#include "core/security/UserSession.h"

#include <QLabel>

class Clock;
class Database;
class QTimer;

// Always in the status bar: how many deadlines are overdue and how many fall due in the
// coming week, across the clinic. Clicking it shows the deadlines. It refreshes after every
// change and every few minutes, so a new day's deadlines appear without restarting.
class DeadlineCountLabel : public QLabel
{
    Q_OBJECT

public:
    static constexpr int RefreshMinutes = 5;

    DeadlineCountLabel(const Database& db, const Clock& clock, const UserSession& session,
                       QWidget* parent = nullptr);

    int overdue() const { return m_overdue; }
    int thisWeek() const { return m_thisWeek; }

public slots:
    void refresh();

signals:
    void clicked();

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QTimer* m_timer;
    int m_overdue = 0;
    int m_thisWeek = 0;
};
