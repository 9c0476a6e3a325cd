#pragma once

#include "core/domain/Incident.h"
#include "ui/common/FormErrors.h"

#include <QDialog>

class Clock;
class FieldErrorLabel;
class IncidentFactsForm;

// What an interviewee tells happened to them or to someone of their household, in codes
// only: a monitoring interview keeps no narrative. Checked by the incident rules before it
// joins the interview.
class InterviewIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    InterviewIncidentDialog(const Clock& clock, QWidget* parent = nullptr);

    IncidentFactsForm* factsForm() const { return m_facts; }
    const IncidentFacts& facts() const { return m_result; }

public slots:
    void accept() override;

private:
    const Clock& m_clock;
    FormErrors m_errors;
    IncidentFactsForm* m_facts;
    FieldErrorLabel* m_error;
    IncidentFacts m_result;
};
