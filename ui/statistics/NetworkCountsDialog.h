#pragma once

#include "core/security/UserSession.h"
#include "core/statistics/CountsPackageService.h"

#include <QDialog>
#include <QList>

class Clock;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The regional picture (issue 26), from both ends. An organisation sends its network's
// coordinator its counts for a month or quarter; the coordinator adds the organisations'
// packages and saves the regional human rights documentation report, protected after adding
// up. Says plainly what the coordinator sees.
class NetworkCountsDialog : public QDialog
{
    Q_OBJECT

public:
    NetworkCountsDialog(const Database& db, const Clock& clock, const UserSession& session,
                        QWidget* parent = nullptr);

    QTableWidget* packagesTable() const { return m_table; }

public slots:
    // Each asks for a file (FileDialog) and says what became of it.
    bool sendCounts();
    bool addPackage();
    void removePackage();
    bool saveRegionalReport();

private:
    void showPackages();
    void fail(const QString& message);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QList<CountsPackageService::Received> m_packages;
    QLineEdit* m_period;
    QComboBox* m_coordinator;
    QTableWidget* m_table;
    class LanguageComboBox* m_language;
    class ReportFormatComboBox* m_format;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_message;
};
