#pragma once

#include "core/domain/Monitoring.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QDateEdit;
class QLineEdit;
class SiteComboBox;

// A new round of protection monitoring: where, what it is called, from when to when.
class RoundDialog : public QDialog
{
    Q_OBJECT

public:
    RoundDialog(const Database& db, const Clock& clock, const UserSession& session,
                QWidget* parent = nullptr);

    SiteComboBox* siteCombo() const { return m_site; }
    QLineEdit* nameEdit() const { return m_name; }
    QDateEdit* startsEdit() const { return m_starts; }
    QDateEdit* endsEdit() const { return m_ends; }
    const MonitoringRound& round() const { return m_round; }

public slots:
    void accept() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    MonitoringRound m_round;
    FormErrors m_errors;
    SiteComboBox* m_site;
    QLineEdit* m_name;
    QDateEdit* m_starts;
    QDateEdit* m_ends;
    FieldErrorLabel* m_error;
};
