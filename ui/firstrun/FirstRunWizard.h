#pragma once

#include "core/security/UserSession.h"

#include <QWizard>

class AdministratorPage;
class Clock;
class Database;
class DemoDataPage;

// The first start on a new database: the language, the administrator, the organisation's
// first site, and optionally demonstration data, leading to the first case.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        LanguagePageId,
        AdministratorPageId,
        SitePageId,
        DemoDataPageId
    };

    FirstRunWizard(Database& db, const Clock& clock, QWidget* parent = nullptr);

    // Valid once the administrator was created (even if the rest was then cancelled).
    UserSession session() const;
    // The person asked for the new-case form to open once Amparo is ready.
    bool registerFirstCase() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AdministratorPage* m_administrator;
    DemoDataPage* m_demo;
};
