#pragma once

#include "core/security/UserSession.h"

#include <QWidget>

class Clock;
class Database;
class QComboBox;
class QGridLayout;
class QLabel;

// The coordinator's weekly page: the standard protected tables as charts, over a chosen
// period and site, refreshed on the current data. Nothing below the threshold shows here
// either. Exports and the PDF report start from here.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(const Database& db, const Clock& clock, const UserSession& session,
                  QWidget* parent = nullptr);

    void refresh();
    // Administrators: the smallest count the whole organisation shows (never below 5).
    bool setOrganisationThreshold(int threshold);
    // How many charts and refusals are shown: for tests.
    int chartCount() const;

private:
    void clearSections();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QComboBox* m_period;
    QComboBox* m_site;
    QLabel* m_summary;
    QGridLayout* m_grid;
    QWidget* m_sections;
};
