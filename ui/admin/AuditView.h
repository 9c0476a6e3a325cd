#pragma once

#include "core/security/UserSession.h"

#include <QWidget>

class AuditTrailModel;
class Clock;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

// The audit trail for administrators: filter by person, action, record and dates; check
// that nothing was tampered with; export what is shown.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(const Database& db, const Clock& clock, const UserSession& session,
              QWidget* parent = nullptr);

    AuditTrailModel* model() const { return m_model; }
    void refresh();
    void verify();
    void exportCsv();

private:
    void applyFilter();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    AuditTrailModel* m_model;
    QLineEdit* m_user;
    QComboBox* m_action;
    QLineEdit* m_record;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QTableView* m_table;
    QLabel* m_status;
};
