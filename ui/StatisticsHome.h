#pragma once

#include "security/UserSession.h"

#include <QWidget>

class Database;
class QLabel;

// What a coordinator sees instead of the case list: counts, never a named record.
class StatisticsHome : public QWidget
{
    Q_OBJECT

public:
    StatisticsHome(const Database& db, const UserSession& session, QWidget* parent = nullptr);
    void refresh();

private:
    const Database& m_db;
    UserSession m_session;
    QLabel* m_counts;
};
