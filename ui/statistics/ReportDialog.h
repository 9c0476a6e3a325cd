#pragma once

#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;

// A monthly or quarterly report, in Spanish, Portuguese or English: the activity report or
// the human rights documentation report (issue 26), as a PDF with charts, an XLSX workbook
// (a sheet per table) or an HXL CSV (its most detailed table) — the same protected tables.
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
    QComboBox* m_kind;
    class ReportFormatComboBox* m_format;
    class LanguageComboBox* m_language;
    QComboBox* m_site;
    QLabel* m_error;
};
