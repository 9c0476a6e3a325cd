#pragma once

#include "core/common/Error.h"
#include "core/domain/Person.h"
#include "ui/common/FormErrors.h"

#include <QDate>
#include <QWidget>

class Admin1ComboBox;
class BirthDateEdit;
class CountryComboBox;
class DocumentsEdit;
class FieldErrorLabel;
class NationalitiesEdit;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// The fields of one person, with each validation message shown under its field.
class PersonForm : public QWidget
{
    Q_OBJECT

public:
    explicit PersonForm(QDate today, QWidget* parent = nullptr);

    // The person as typed; fields this form does not edit are kept from setPerson().
    Person person() const;
    void setPerson(const Person& person);
    // Input the form itself cannot turn into a Person (an unreadable expiry date).
    QList<FieldError> inputErrors() const;
    // Shows errors next to their fields; returns those without a place in this form.
    QList<FieldError> showErrors(const QList<FieldError>& errors);
    void clearErrors();
    void focusFirstError();
    // For a role that may not see them: identity documents and phone are not shown.
    void setDocumentsAndContactVisible(bool visible);
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    Person m_person;
    FormErrors m_errors;
    QLineEdit* m_givenNames;
    QLineEdit* m_familyName1;
    QLineEdit* m_familyName2;
    QLineEdit* m_otherNames;
    QComboBox* m_sex;
    BirthDateEdit* m_birthDate;
    NationalitiesEdit* m_nationalities;
    CountryComboBox* m_birthCountry;
    DocumentsEdit* m_documents;
    QLineEdit* m_phone;
    CountryComboBox* m_country;
    Admin1ComboBox* m_admin1;
    QLineEdit* m_place;
    QWidget* m_documentsBox;
    QWidget* m_phoneRow;
    QLabel* m_phoneLabel;
};
