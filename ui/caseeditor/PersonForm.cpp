#include "ui/caseeditor/PersonForm.h"

#include "core/services/PersonValidator.h"
#include "ui/caseeditor/BirthDateEdit.h"
#include "ui/caseeditor/DocumentsEdit.h"
#include "ui/caseeditor/NationalitiesEdit.h"
#include "ui/common/Admin1ComboBox.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
QLineEdit* lineEdit(const QString& objectName, int maxLength, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

PersonForm::PersonForm(QDate today, QWidget* parent)
    : QWidget(parent)
{
    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* identityLayout = new QVBoxLayout(identity);
    auto* identityForm = new QFormLayout;
    identityLayout->addLayout(identityForm);
    identityLayout->addStretch();
    m_givenNames = lineEdit(QStringLiteral("givenNamesEdit"), PersonValidator::MaxNameLength, this);
    m_givenNames->setPlaceholderText(tr("all given names, e.g. María José"));
    m_familyName1 =
        lineEdit(QStringLiteral("familyName1Edit"), PersonValidator::MaxNameLength, this);
    m_familyName2 =
        lineEdit(QStringLiteral("familyName2Edit"), PersonValidator::MaxNameLength, this);
    m_otherNames = lineEdit(QStringLiteral("otherNamesEdit"), 1000, this);
    m_otherNames->setPlaceholderText(tr("aliases or other spellings, separated by commas"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    for (Sex s : sexCodes().values())
        m_sex->addItem(sexCodes().label(s), int(s));
    m_birthDate = new BirthDateEdit(today, this);
    m_nationalities = new NationalitiesEdit(this);
    m_birthCountry = new CountryComboBox(CountryComboBox::Mode::Country, true, this);
    m_birthCountry->setObjectName(QStringLiteral("birthCountryCombo"));
    m_errors.addRow(identityForm, tr("Given names *"), m_givenNames, QStringLiteral("givenNames"));
    m_errors.addRow(identityForm, tr("First family name"), m_familyName1,
                    QStringLiteral("familyName1"));
    m_errors.addRow(identityForm, tr("Second family name"), m_familyName2,
                    QStringLiteral("familyName2"));
    m_errors.addRow(identityForm, tr("Other names"), m_otherNames, QStringLiteral("otherNames"));
    m_errors.addRow(identityForm, tr("Sex"), m_sex, QStringLiteral("sex"));
    m_errors.addRow(identityForm, tr("Date of birth"), m_birthDate, QStringLiteral("birthDate"));
    m_errors.addRow(identityForm, tr("Country of birth"), m_birthCountry,
                    QStringLiteral("birthCountry"));
    m_errors.addRow(identityForm, tr("Nationality"), m_nationalities,
                    QStringLiteral("nationalities"));

    auto* documents = new QGroupBox(tr("Identity documents"), this);
    m_documentsBox = documents;
    auto* documentsLayout = new QVBoxLayout(documents);
    m_documents = new DocumentsEdit(this);
    documentsLayout->addWidget(m_documents);
    auto* documentsError = new FieldErrorLabel(this);
    documentsLayout->addWidget(documentsError);
    m_errors.add(QStringLiteral("documents"), documentsError, m_documents);

    auto* contact = new QGroupBox(tr("Contact and current location"), this);
    auto* contactForm = new QFormLayout(contact);
    m_phone = lineEdit(QStringLiteral("phoneEdit"), PersonValidator::MaxPhoneLength, this);
    m_phone->setPlaceholderText(tr("+57 310 555 0101"));
    m_country = new CountryComboBox(CountryComboBox::Mode::Country, true, this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_admin1 = new Admin1ComboBox(this);
    m_admin1->setObjectName(QStringLiteral("admin1Combo"));
    m_place = lineEdit(QStringLiteral("placeEdit"), PersonValidator::MaxPlaceLength, this);
    m_place->setPlaceholderText(tr("town, neighbourhood or shelter"));
    m_errors.addRow(contactForm, tr("Phone"), m_phone, QStringLiteral("phone"));
    m_phoneRow = m_phone->parentWidget();
    m_phoneLabel = qobject_cast<QLabel*>(contactForm->labelForField(m_phoneRow));
    m_errors.addRow(contactForm, tr("Country"), m_country, QStringLiteral("location/country"));
    m_errors.addRow(contactForm, tr("Department / state"), m_admin1,
                    QStringLiteral("location/admin1"));
    m_errors.addRow(contactForm, tr("Place"), m_place, QStringLiteral("location/place"));

    auto* right = new QVBoxLayout;
    right->addWidget(documents, 1);
    right->addWidget(contact);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(identity, 1);
    layout->addLayout(right, 1);

    connect(m_country, &CountryComboBox::codeChanged, m_admin1, &Admin1ComboBox::setCountry);
    for (QLineEdit* edit :
         {m_givenNames, m_familyName1, m_familyName2, m_otherNames, m_phone, m_place})
        connect(edit, &QLineEdit::textEdited, this, &PersonForm::changed);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PersonForm::changed);
    connect(m_birthDate, &BirthDateEdit::changed, this, &PersonForm::changed);
    connect(m_nationalities, &NationalitiesEdit::changed, this, &PersonForm::changed);
    connect(m_documents, &DocumentsEdit::changed, this, &PersonForm::changed);
    connect(m_country, &CountryComboBox::codeChanged, this, &PersonForm::changed);
    connect(m_birthCountry, &CountryComboBox::codeChanged, this, &PersonForm::changed);
    connect(m_admin1, &QComboBox::currentIndexChanged, this, &PersonForm::changed);
    setFocusProxy(m_givenNames);
    setPerson(Person());
}

Person PersonForm::person() const
{
    Person p = m_person;
    p.givenNames = m_givenNames->text().simplified();
    p.familyName1 = m_familyName1->text().simplified();
    p.familyName2 = m_familyName2->text().simplified();
    p.otherNames.clear();
    for (const QString& name : m_otherNames->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.simplified().isEmpty())
            p.otherNames.append(name.simplified());
    }
    p.sex = Sex(m_sex->currentData().toInt());
    p.birthDate = m_birthDate->value();
    p.nationalities = m_nationalities->values();
    p.birthCountry = m_birthCountry->code();
    p.hasNoDocument = m_documents->hasNoDocument();
    p.documents = m_documents->documents();
    p.phone = m_phone->text().trimmed();
    p.location = Location{m_country->code(), m_admin1->code(), m_place->text().simplified()};
    return p;
}

void PersonForm::setPerson(const Person& p)
{
    m_person = p;
    m_givenNames->setText(p.givenNames);
    m_familyName1->setText(p.familyName1);
    m_familyName2->setText(p.familyName2);
    m_otherNames->setText(p.otherNames.join(QStringLiteral(", ")));
    m_sex->setCurrentIndex(m_sex->findData(int(p.sex)));
    m_birthDate->setValue(p.birthDate);
    m_nationalities->setValues(p.nationalities);
    m_birthCountry->setCode(p.birthCountry);
    m_documents->setDocuments(p.hasNoDocument, p.documents);
    m_phone->setText(p.phone);
    m_country->setCode(p.location.country);
    m_admin1->setCountry(p.location.country);
    m_admin1->setCode(p.location.admin1);
    m_place->setText(p.location.place);
    clearErrors();
}

QList<FieldError> PersonForm::inputErrors() const
{
    return m_documents->inputErrors();
}

QList<FieldError> PersonForm::showErrors(const QList<FieldError>& errors)
{
    return m_errors.show(errors);
}

void PersonForm::clearErrors()
{
    m_errors.clear();
}

void PersonForm::setDocumentsAndContactVisible(bool visible)
{
    m_documentsBox->setVisible(visible);
    m_phoneRow->setVisible(visible);
    if (m_phoneLabel)
        m_phoneLabel->setVisible(visible);
}

void PersonForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(readOnly);
    for (QWidget* w : findChildren<QWidget*>()) {
        if (!qobject_cast<QLineEdit*>(w) && !qobject_cast<QGroupBox*>(w) &&
            !qobject_cast<QLabel*>(w) && w->focusPolicy() != Qt::NoFocus)
            w->setEnabled(!readOnly);
    }
}

void PersonForm::focusFirstError()
{
    if (QWidget* w = m_errors.firstEditorWithError())
        w->setFocus();
}
