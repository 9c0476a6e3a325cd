#include "SiteDialog.h"

#include "common/Admin1ComboBox.h"
#include "common/CountryComboBox.h"
#include "common/FieldErrorLabel.h"
#include "services/SiteService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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
    auto* intro =
        new QLabel(tr("A site is a place where your organisation registers cases: a "
                      "border post, a shelter, a legal clinic. Its code starts every case "
                      "number registered there, for example CUC-2026-00001."),
                   this);
    intro->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("siteCodeEdit"));
    m_code->setMaxLength(8);
    m_code->setPlaceholderText(tr("e.g. CUC"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_name->setMaxLength(100);
    m_country = new CountryComboBox(CountryComboBox::Mode::Country, true, this);
    m_country->setObjectName(QStringLiteral("siteCountryCombo"));
    m_admin1 = new Admin1ComboBox(this);
    m_admin1->setObjectName(QStringLiteral("siteAdmin1Combo"));
    connect(m_country, &CountryComboBox::codeChanged, m_admin1, &Admin1ComboBox::setCountry);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Code"), m_code, QStringLiteral("code"));
    m_errors.addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("Country"), m_country, QStringLiteral("country"));
    m_errors.addRow(form, tr("Department / state"), m_admin1, QStringLiteral("admin1"));

    m_generalError = new QLabel(this);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_generalError->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("siteOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
}

void SiteDialog::accept()
{
    Site s;
    s.code = m_code->text().trimmed().toUpper();
    s.name = m_name->text().simplified();
    s.country = m_country->code();
    s.admin1 = m_admin1->code();
    Result<Site> created = SiteService(m_db, m_clock, m_session).create(s);
    if (!created) {
        const QList<FieldError> unplaced = m_errors.show(created.error().fieldErrors());
        const bool general = created.error().fieldErrors().isEmpty() || !unplaced.isEmpty();
        m_generalError->setText(created.error().message());
        m_generalError->setVisible(general);
        if (QWidget* w = m_errors.firstEditorWithError())
            w->setFocus();
        return;
    }
    m_site = *created;
    QDialog::accept();
}
