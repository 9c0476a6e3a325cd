#pragma once

#include "core/security/UserSession.h"
#include "core/services/RetentionService.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Administration → Retention of closed cases: how long the organisation keeps a closed case
// (none set by Amparo: until it is, the dialog recommends setting one), and the cases past
// it, each to erase, anonymize or keep until a date, with the reason.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(const Database& db, const Clock& clock, const UserSession& session,
                    QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

signals:
    // Cases were erased or anonymized: lists showing them are out of date.
    void casesChanged();

private:
    void load();
    void savePeriod();
    void showChosen();
    const RetentionService::DueCase* chosen() const;
    void erase();
    void anonymize();
    void renew();
    void showError(const class Error& error);

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    RetentionService::DueList m_due;
    FormErrors m_errors;

    QLabel* m_recommendation;
    QSpinBox* m_months;
    QLabel* m_count;
    QTableWidget* m_table;
    QPushButton* m_erase;
    QPushButton* m_anonymize;
    QDateEdit* m_until;
    QLineEdit* m_reason;
    QPushButton* m_renew;
    FieldErrorLabel* m_error;
};
