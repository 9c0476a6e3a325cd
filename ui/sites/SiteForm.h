#pragma once

#include "core/domain/Site.h"
#include "ui/common/FormErrors.h"

#include <QWidget>

class Admin1ComboBox;
class CountryComboBox;
class FieldErrorLabel;
class QLineEdit;

// The fields of a site (code, name, country, department) with their error messages: the
// "Add a site" window and the first start both ask with it.
class SiteForm : public QWidget
{
    Q_OBJECT

public:
    explicit SiteForm(QWidget* parent = nullptr);

    // What was typed, tidied as the site service stores it.
    Site site() const;
    // Shows a failed save at its fields, keeping what was typed.
    void showError(const Error& error);

private:
    FormErrors m_errors;
    QLineEdit* m_code;
    QLineEdit* m_name;
    CountryComboBox* m_country;
    Admin1ComboBox* m_admin1;
    FieldErrorLabel* m_generalError;
};
