#pragma once

#include "core/domain/Monitoring.h"
#include "core/security/UserSession.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class CheckableCodeList;
class Clock;
class Database;
class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// One anonymous protection-monitoring interview, quick enough for a border post: consent
// first, then who (an adult: age group, sex, what they chose to say, household size), legal
// status, intentions, risks upon return, needs and what happened — every answer a choice,
// nothing typed that could name anyone.
class InterviewDialog : public QDialog
{
    Q_OBJECT

public:
    InterviewDialog(const Database& db, const Clock& clock, const UserSession& session,
                    const MonitoringRound& round, QWidget* parent = nullptr);

    // Tests: the controls.
    QCheckBox* consentBox() const { return m_consent; }
    QDateEdit* heldOnEdit() const { return m_heldOn; }
    QComboBox* ageGroupCombo() const { return m_ageGroup; }
    QComboBox* sexCombo() const { return m_sex; }
    QSpinBox* householdSpin() const { return m_household; }
    QComboBox* legalStatusCombo() const { return m_legalStatus; }
    QComboBox* intentionCombo() const { return m_intention; }
    CheckableCodeList* returnRisksList() const { return m_returnRisks; }
    CheckableCodeList* needsList() const { return m_needs; }
    QListWidget* incidentsList() const { return m_incidentList; }
    QPushButton* addIncidentButton() const { return m_addIncident; }
    // Tests: adds what the incident dialog would.
    void addIncident(const IncidentFacts& facts);

public slots:
    void accept() override;
    void askForIncident();
    void removeIncident();

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    MonitoringRound m_round;
    QList<IncidentFacts> m_incidents;
    FormErrors m_errors;
    QCheckBox* m_consent;
    QDateEdit* m_heldOn;
    QComboBox* m_ageGroup;
    QComboBox* m_sex;
    CheckableCodeList* m_diversity;
    QSpinBox* m_household;
    QComboBox* m_legalStatus;
    QComboBox* m_intention;
    CheckableCodeList* m_returnRisks;
    CheckableCodeList* m_needs;
    QListWidget* m_incidentList;
    QPushButton* m_addIncident;
    QPushButton* m_removeIncident;
    FieldErrorLabel* m_error;
};
