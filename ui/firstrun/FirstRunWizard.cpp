#include "ui/firstrun/FirstRunWizard.h"

#include "ui/firstrun/AdministratorPage.h"
#include "ui/firstrun/DemoDataPage.h"
#include "ui/firstrun/LanguagePage.h"
#include "ui/firstrun/SitePage.h"

#include <QEvent>

FirstRunWizard::FirstRunWizard(Database& db, const Clock& clock, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_administrator = new AdministratorPage(db, clock, this);
    m_demo = new DemoDataPage(db, clock, this);
    setPage(LanguagePageId, new LanguagePage(this));
    setPage(AdministratorPageId, m_administrator);
    setPage(SitePageId, new SitePage(db, clock, this));
    setPage(DemoDataPageId, m_demo);
    setMinimumSize(640, 520);
    retranslate();
}

UserSession FirstRunWizard::session() const
{
    return m_administrator->session();
}

bool FirstRunWizard::registerFirstCase() const
{
    return m_demo->registerFirstCase();
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Welcome to Amparo"));
    // QWizard names its buttons once; the language may change on the first page.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}
