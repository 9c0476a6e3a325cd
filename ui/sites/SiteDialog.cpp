#include "ui/sites/SiteDialog.h"

#include "core/services/SiteService.h"
#include "ui/sites/SiteForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

SiteDialog::SiteDialog(const Database& db, const Clock& clock, const UserSession& session,
                       QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("siteDialog"));
    setWindowTitle(tr("Add a site"));
    m_form = new SiteForm(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("siteOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
}

void SiteDialog::accept()
{
    Result<Site> created = SiteService(m_db, m_clock, m_session).create(m_form->site());
    if (!created) {
        m_form->showError(created.error());
        return;
    }
    m_site = *created;
    QDialog::accept();
}
