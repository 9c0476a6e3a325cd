#pragma once

#include "core/domain/DataRequest.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Administration → Requests about people's data: the register, newest first — what was asked,
// when, what was decided, by whom — and the answer to a request still open (a correction:
// what was changed, or why not).
class DataRequestsDialog : public QDialog
{
    Q_OBJECT

public:
    DataRequestsDialog(const Database& db, const Clock& clock, const UserSession& session,
                       QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void load();
    void showChosen();
    void answer();
    const DataRequest* chosen() const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QList<DataRequest> m_requests;
    FormErrors m_errors;

    QTableWidget* m_table;
    QComboBox* m_decision;
    QLineEdit* m_answer;
    QPushButton* m_record;
    FieldErrorLabel* m_error;
};
