#pragma once

#include <QWizardPage>

class Clock;
class Database;
class SiteForm;

// First-run page: the organisation's first site. Its form is made when the page is shown,
// in the language chosen on the first page.
class SitePage : public QWizardPage
{
    Q_OBJECT

public:
    SitePage(const Database& db, const Clock& clock, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    const Database& m_db;
    const Clock& m_clock;
    SiteForm* m_form = nullptr;
};
