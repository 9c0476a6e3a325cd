#pragma once

#include "core/domain/Site.h"
#include "core/security/UserSession.h"

#include <QDialog>

class Clock;
class Database;
class SiteForm;

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
    SiteForm* m_form;
};
