#pragma once

#include "core/domain/Monitoring.h"
#include "core/security/UserSession.h"

#include <QDialog>
#include <QList>

class Clock;
class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// Protection monitoring at the organisation's posts: the rounds, how many interviews each
// has, and from here a new round or the next interview of the chosen one.
class MonitoringDialog : public QDialog
{
    Q_OBJECT

public:
    MonitoringDialog(const Database& db, const Clock& clock, const UserSession& session,
                     QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<MonitoringRound>& rounds() const { return m_rounds; }

public slots:
    void refresh();
    void newRound();
    void interview();

private:
    void updateButtons();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QList<MonitoringRound> m_rounds;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_interviewButton;
};
