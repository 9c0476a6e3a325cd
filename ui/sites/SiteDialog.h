#pragma once

#include "common/FormErrors.h"
#include "domain/Site.h"
#include "security/UserSession.h"

#include <QDialog>

class Admin1ComboBox;
class Clock;
class CountryComboBox;
class Database;
class QLabel;
class QLineEdit;

// Adds a site (border post, shelter, clinic) where cases are registered.
class SiteDialog : public QDialog
{
    Q_OBJECT

public:
    SiteDialog(const Database& db, const Clock& clock, const UserSession& session,
               QWidget* parent = nullptr);

    // The site created, once the dialog was accepted.
    Site site() const { return m_site; }
    void accept() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    Site m_site;
    FormErrors m_errors;
    QLineEdit* m_code;
    QLineEdit* m_name;
    CountryComboBox* m_country;
    Admin1ComboBox* m_admin1;
    QLabel* m_generalError;
};
