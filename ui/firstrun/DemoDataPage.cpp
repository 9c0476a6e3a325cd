#include "ui/firstrun/DemoDataPage.h"

#include "core/services/DemoDataService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/firstrun/FirstRunWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

DemoDataPage::DemoDataPage(Database& db, const Clock& clock, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("demoDataPage"));
    setFinalPage(true);
    new QVBoxLayout(this);
}

bool DemoDataPage::registerFirstCase() const
{
    return m_firstCase && m_firstCase->isChecked();
}

void DemoDataPage::initializePage()
{
    setTitle(tr("Ready to start"));
    setSubTitle(tr("Step 3 of 3"));
    if (m_demo)
        return;
    auto* intro = new QLabel(
        tr("To try Amparo before registering real people, add demonstration data: %1 invented "
           "people in families, at a site of their own called “%2”. None of them exists. "
           "Administration → Remove the demonstration data takes all of them away in one "
           "step, and real cases registered meanwhile stay.")
            .arg(DemoDataService::Persons)
            .arg(QLatin1String(DemoDataService::SiteCode)),
        this);
    intro->setWordWrap(true);
    m_demo = new QCheckBox(tr("Add demonstration data (invented people)"), this);
    m_demo->setObjectName(QStringLiteral("demoDataCheck"));
    m_firstCase = new QCheckBox(tr("Open the form for the first case when Amparo starts"), this);
    m_firstCase->setObjectName(QStringLiteral("firstCaseCheck"));
    m_firstCase->setChecked(true);
    auto* help = new QLabel(tr("Help → Amparo help (F1) explains each task: registering a "
                               "family, screening for risk, recording a decision, finding a "
                               "relative, the monthly report and backups."),
                            this);
    help->setWordWrap(true);
    m_error = new FieldErrorLabel(this);
    auto* box = static_cast<QVBoxLayout*>(layout());
    box->addWidget(intro);
    box->addWidget(m_demo);
    box->addSpacing(12);
    box->addWidget(m_firstCase);
    box->addSpacing(12);
    box->addWidget(help);
    box->addWidget(m_error);
    box->addStretch();
}

bool DemoDataPage::validatePage()
{
    if (!m_demo->isChecked())
        return true;
    const UserSession session = static_cast<FirstRunWizard*>(wizard())->session();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Site> loaded = DemoDataService(m_db, m_clock, session).load();
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        m_error->showError(tr("%1 Uncheck the demonstration data to go on without it.")
                               .arg(loaded.error().message()));
        return false;
    }
    return true;
}
