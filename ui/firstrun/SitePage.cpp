#include "ui/firstrun/SitePage.h"

#include "core/services/SiteService.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/sites/SiteForm.h"

#include <QVBoxLayout>

SitePage::SitePage(const Database& db, const Clock& clock, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("sitePage"));
    setCommitPage(true);
    new QVBoxLayout(this);
}

void SitePage::initializePage()
{
    setTitle(tr("Your organisation's first site"));
    setSubTitle(tr("Step 2 of 3"));
    setButtonText(QWizard::CommitButton, tr("Create site"));
    if (!m_form) {
        m_form = new SiteForm(this);
        layout()->addWidget(m_form);
        static_cast<QVBoxLayout*>(layout())->addStretch();
    }
}

bool SitePage::validatePage()
{
    const UserSession session = static_cast<FirstRunWizard*>(wizard())->session();
    Result<Site> created = SiteService(m_db, m_clock, session).create(m_form->site());
    if (!created) {
        m_form->showError(created.error());
        return false;
    }
    return true;
}
