#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Procedure.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class CountryComboBox;
class Database;
class FieldErrorLabel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// Opens a procedure on a case, or changes the details of one: its kind and country, the
// authority and file number, who is responsible, the members it concerns and, for an "other"
// procedure, the names of its stages. Nothing is saved until the rules are met.
class ProcedureDialog : public QDialog
{
    Q_OBJECT

public:
    // A new procedure when `procedure.id` is 0.
    ProcedureDialog(const Database& db, const Clock& clock, const UserSession& session,
                    const CaseRecord& record, const Procedure& procedure,
                    QWidget* parent = nullptr);

    Procedure procedure() const { return m_procedure; }
    void accept() override;

private:
    void typeChanged();
    Procedure fromForm() const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    Procedure m_procedure;
    FormErrors m_errors;
    QString m_typeAuthority; // the authority proposed by the type last chosen

    QComboBox* m_type;
    CountryComboBox* m_country;
    QLineEdit* m_authority;
    QLineEdit* m_fileNumber;
    QLineEdit* m_responsible;
    QDateEdit* m_openedOn;
    QListWidget* m_persons;
    QPlainTextEdit* m_stages;
    class QFormLayout* m_form;
    int m_stagesRow;
    QLabel* m_source;
    FieldErrorLabel* m_error;
};
