#pragma once

#include "core/domain/Procedure.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Adds a deadline by hand to a case: what is due, by when, who takes care of it, and the
// procedure it belongs to, if any.
class DeadlineDialog : public QDialog
{
    Q_OBJECT

public:
    DeadlineDialog(const Database& db, const Clock& clock, const UserSession& session,
                   qint64 caseId, const QList<Procedure>& procedures, qint64 procedureId,
                   QWidget* parent = nullptr);

    void accept() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    qint64 m_caseId;
    FormErrors m_errors;

    QLineEdit* m_what;
    QDateEdit* m_due;
    QLineEdit* m_responsible;
    QComboBox* m_procedure;
    FieldErrorLabel* m_error;
};
