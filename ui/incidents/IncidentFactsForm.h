#pragma once

#include "core/domain/Incident.h"
#include "core/reference/IncidentCatalogue.h"

#include <QObject>

class Admin1ComboBox;
class CheckableCodeList;
class Clock;
class CountryComboBox;
class FormErrors;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QWidget;

// The rows of a form that ask what happened, in the incident catalogue's codes — the same in
// a case's incident and in a monitoring interview: what, by whom, when (a month), where
// (country, department, kind of place), to whom (age group, sex, what the person chose to
// say), whether and where it was reported, and what the state did. Adds its rows to a form
// and its fields to that form's errors (IncidentValidator's names).
class IncidentFactsForm : public QObject
{
    Q_OBJECT

public:
    IncidentFactsForm(const Clock& clock, QFormLayout* form, FormErrors& errors, QWidget* parent);

    IncidentFacts facts() const;
    void setFacts(const IncidentFacts& facts);
    // To whom: filled from a person of the case, still open to change.
    void setWhom(AgeGroup ageGroup, Sex sex);

    // Tests: the controls.
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* perpetratorCombo() const { return m_perpetrator; }
    QDateEdit* monthEdit() const { return m_month; }
    CountryComboBox* countryCombo() const { return m_country; }
    Admin1ComboBox* admin1Combo() const { return m_admin1; }
    QComboBox* placeCombo() const { return m_place; }
    QComboBox* ageGroupCombo() const { return m_ageGroup; }
    QComboBox* sexCombo() const { return m_sex; }
    CheckableCodeList* diversityList() const { return m_diversity; }
    QComboBox* reportedCombo() const { return m_reported; }
    QComboBox* institutionCombo() const { return m_institution; }
    QComboBox* stateResponseCombo() const { return m_stateResponse; }

    // Chooses the item whose data is `code` (nothing chosen when none has it).
    static void choose(QComboBox* combo, const QString& code);

private:
    void reportedChanged();

    QComboBox* m_type;
    QComboBox* m_perpetrator;
    QDateEdit* m_month;
    CountryComboBox* m_country;
    Admin1ComboBox* m_admin1;
    QComboBox* m_place;
    QComboBox* m_ageGroup;
    QComboBox* m_sex;
    CheckableCodeList* m_diversity;
    QComboBox* m_reported;
    QComboBox* m_institution;
    QComboBox* m_stateResponse;
};
