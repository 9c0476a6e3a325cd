#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Incident.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class Database;
class FieldErrorLabel;
class IncidentFactsForm;
class QComboBox;
class QPlainTextEdit;

// Records what happened to a person of a case (or to the family), or changes what was
// recorded: the facts in the catalogue's codes and, in the person's words, the narrative that
// only legal staff and administrators read.
class IncidentDialog : public QDialog
{
    Q_OBJECT

public:
    // `incident` with id 0: a new one.
    IncidentDialog(const Database& db, const Clock& clock, const UserSession& session,
                   const CaseRecord& record, const Incident& incident, QWidget* parent = nullptr);

    // Tests: the controls.
    QComboBox* personCombo() const { return m_person; }
    IncidentFactsForm* factsForm() const { return m_facts; }
    QPlainTextEdit* narrativeEdit() const { return m_narrative; }
    const Incident& incident() const { return m_incident; }

public slots:
    void accept() override;

private:
    void personChanged();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    CaseRecord m_record;
    Incident m_incident;
    FormErrors m_errors;
    QComboBox* m_person;
    IncidentFactsForm* m_facts;
    QPlainTextEdit* m_narrative;
    FieldErrorLabel* m_error;
};
