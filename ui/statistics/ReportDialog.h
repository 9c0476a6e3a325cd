#pragma once

#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;

// The monthly or quarterly report as a PDF, in Spanish, Portuguese or English: the standard
// protected tables with their charts.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const Database& db, const Clock& clock, const UserSession& session,
                 QWidget* parent = nullptr);
    // Builds and writes the report; false (and the reason shown) when it could not.
    bool save();

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QLineEdit* m_period;
    QComboBox* m_language;
    QComboBox* m_site;
    QLabel* m_error;
};
