#pragma once

#include "core/domain/Procedure.h"
#include "core/security/UserSession.h"
#include "core/services/ProcedureService.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

// Records what happened in a procedure (lodged, interview held, decision notified…) and,
// before saving, shows what it will do: the stage after it and the deadlines it creates.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    EventDialog(const Database& db, const Clock& clock, const UserSession& session,
                const Procedure& procedure, QWidget* parent = nullptr);

    Procedure procedure() const { return m_procedure; }
    // Tests: what the dialog says the event will do.
    QString previewText() const;
    void accept() override;

private:
    ProcedureRules::EventInput input() const;
    void updatePreview();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    Procedure m_procedure;
    FormErrors m_errors;

    QComboBox* m_event;
    QComboBox* m_stage;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    class QFormLayout* m_form;
    int m_stageRow;
    QLabel* m_preview;
    FieldErrorLabel* m_error;
};
