#include "ui/sites/SiteForm.h"

#include "ui/common/Admin1ComboBox.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/FieldErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SiteForm::SiteForm(QWidget* parent)
    : QWidget(parent)
{
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
    m_generalError = new FieldErrorLabel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
}

Site SiteForm::site() const
{
    Site s;
    s.code = m_code->text().trimmed().toUpper();
    s.name = m_name->text().simplified();
    s.country = m_country->code();
    s.admin1 = m_admin1->code();
    return s;
}

void SiteForm::showError(const Error& error)
{
    m_errors.clear();
    m_generalError->clearError();
    m_errors.showError(error, m_generalError);
}
