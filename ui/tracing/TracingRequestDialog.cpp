#include "ui/tracing/TracingRequestDialog.h"

#include "core/common/Clock.h"
#include "core/services/TracingService.h"
#include "ui/caseeditor/BirthDateEdit.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/SiteComboBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TracingRequestDialog::TracingRequestDialog(const Database& db, const Clock& clock,
                                           const UserSession& session,
                                           const TracingRequest& request,
                                           const std::optional<CaseRecord>& inquirerCase,
                                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_request(request)
    , m_case(inquirerCase)
{
    setObjectName(QStringLiteral("tracingRequestDialog"));
    setWindowTitle(request.id == 0 ? tr("Register a tracing request")
                                   : tr("Tracing request %1").arg(request.reference()));

    // Who asks.
    auto* asks = new QGroupBox(tr("Who is asking"), this);
    auto* asksForm = new QFormLayout(asks);
    m_site = new SiteComboBox(db, clock, session, SiteComboBox::Value::Id, {}, asks);
    m_site->setObjectName(QStringLiteral("tracingSiteCombo"));
    const qint64 siteId =
        request.siteId > 0 ? request.siteId : (inquirerCase ? inquirerCase->siteId : 0);
    m_site->setCurrentIndex(std::max(0, m_site->findData(siteId)));
    m_errors.addRow(asksForm, tr("Site"), m_site, QStringLiteral("site"));
    if (m_case) {
        m_inquirerMember = new QComboBox(asks);
        m_inquirerMember->setObjectName(QStringLiteral("inquirerMemberCombo"));
        for (const CaseMember& m : m_case->members)
            m_inquirerMember->addItem(m.person.fullName(), m.person.id);
        m_inquirerMember->setCurrentIndex(
            std::max(0, m_inquirerMember->findData(request.inquirerPersonId)));
        m_errors.addRow(asksForm, tr("Person asking"), m_inquirerMember,
                        QStringLiteral("inquirerName"));
    } else {
        m_inquirerName = new QLineEdit(request.inquirerName, asks);
        m_inquirerName->setObjectName(QStringLiteral("inquirerNameEdit"));
        m_errors.addRow(asksForm, tr("Person asking"), m_inquirerName,
                        QStringLiteral("inquirerName"));
    }
    m_relationship = new QComboBox(asks);
    m_relationship->setObjectName(QStringLiteral("soughtRelationshipCombo"));
    for (Relationship r : relationshipCodes().values()) {
        if (r != Relationship::Principal && r != Relationship::NonRelative)
            m_relationship->addItem(relationshipCodes().label(r), int(r));
    }
    m_relationship->setCurrentIndex(
        std::max(0, m_relationship->findData(int(request.relationship))));
    m_errors.addRow(asksForm, tr("The person sought is their"), m_relationship,
                    QStringLiteral("relationship"));
    m_contact = new QLineEdit(request.contact, asks);
    m_contact->setObjectName(QStringLiteral("tracingContactEdit"));
    m_contact->setPlaceholderText(tr("phone, shelter, or organisation that passes the message"));
    m_errors.addRow(asksForm, tr("How to answer them"), m_contact, QStringLiteral("contact"));

    // Who is sought.
    const SoughtPerson& s = request.sought;
    auto* sought = new QGroupBox(tr("Who is sought"), this);
    auto* soughtForm = new QFormLayout(sought);
    m_given = new QLineEdit(s.givenNames, sought);
    m_given->setObjectName(QStringLiteral("soughtGivenEdit"));
    m_family1 = new QLineEdit(s.familyName1, sought);
    m_family1->setObjectName(QStringLiteral("soughtFamily1Edit"));
    m_family1->setAccessibleName(tr("First family name"));
    m_family2 = new QLineEdit(s.familyName2, sought);
    m_family2->setObjectName(QStringLiteral("soughtFamily2Edit"));
    m_family2->setAccessibleName(tr("Second family name"));
    m_otherNames = new QLineEdit(s.otherNames.join(QStringLiteral(", ")), sought);
    m_otherNames->setObjectName(QStringLiteral("soughtOtherNamesEdit"));
    m_otherNames->setPlaceholderText(tr("nicknames, other spellings — comma between them"));
    m_sex = new QComboBox(sought);
    m_sex->setObjectName(QStringLiteral("soughtSexCombo"));
    for (Sex x : sexCodes().values())
        m_sex->addItem(sexCodes().label(x), int(x));
    m_sex->setCurrentIndex(m_sex->findData(int(s.sex)));
    m_born = new BirthDateEdit(clock.today(), sought);
    m_born->setObjectName(QStringLiteral("soughtBirthEdit"));
    m_born->setValue(s.birthDate);
    m_nationality = new CountryComboBox(CountryComboBox::Mode::Nationality, true, sought);
    m_nationality->setObjectName(QStringLiteral("soughtNationalityCombo"));
    m_nationality->setCode(s.nationality);
    m_lastCountry = new CountryComboBox(CountryComboBox::Mode::Country, true, sought);
    m_lastCountry->setObjectName(QStringLiteral("soughtLastCountryCombo"));
    m_lastCountry->setCode(s.lastKnownCountry);
    m_lastPlace = new QLineEdit(s.lastKnownPlace, sought);
    m_lastPlace->setObjectName(QStringLiteral("soughtLastPlaceEdit"));
    m_lastPlace->setPlaceholderText(tr("town, crossing, shelter"));
    m_lastSeen = new QLineEdit(
        s.lastSeen.isKnown() ? s.lastSeen.displayText(clock.today()) : QString(), sought);
    m_lastSeen->setObjectName(QStringLiteral("soughtLastSeenEdit"));
    m_lastSeen->setPlaceholderText(tr("2025, 2025-11 or 15/11/2025"));
    m_separation = new QPlainTextEdit(s.separation, sought);
    m_separation->setObjectName(QStringLiteral("soughtSeparationEdit"));
    m_separation->setPlaceholderText(tr("how and where they were separated"));
    m_separation->setTabChangesFocus(true);
    m_separation->setMaximumHeight(70);
    auto* names = new QHBoxLayout;
    names->addWidget(m_family1);
    names->addWidget(m_family2);
    m_errors.addRow(soughtForm, tr("Given names"), m_given, QStringLiteral("sought/givenNames"));
    auto* namesCell = new QWidget(sought);
    namesCell->setLayout(names);
    names->setContentsMargins(0, 0, 0, 0);
    m_errors.addRow(soughtForm, tr("Family names"), namesCell,
                    QStringLiteral("sought/familyName1"));
    m_errors.addRow(soughtForm, tr("Also known as"), m_otherNames,
                    QStringLiteral("sought/otherNames"));
    m_errors.addRow(soughtForm, tr("Sex"), m_sex, QStringLiteral("sought/sex"));
    m_errors.addRow(soughtForm, tr("Born"), m_born, QStringLiteral("sought/birthDate"));
    m_errors.addRow(soughtForm, tr("Nationality"), m_nationality,
                    QStringLiteral("sought/nationality"));
    m_errors.addRow(soughtForm, tr("Last known country"), m_lastCountry,
                    QStringLiteral("sought/lastKnownCountry"));
    m_errors.addRow(soughtForm, tr("Last known place"), m_lastPlace,
                    QStringLiteral("sought/lastKnownPlace"));
    m_errors.addRow(soughtForm, tr("Last seen"), m_lastSeen, QStringLiteral("sought/lastSeen"));
    m_errors.addRow(soughtForm, tr("Separation"), m_separation,
                    QStringLiteral("sought/separation"));

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("tracingErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(request.id == 0 ? tr("Register and look") : tr("Save and look again"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("tracingOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TracingRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TracingRequestDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(asks);
    layout->addWidget(sought);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

TracingRequest TracingRequestDialog::fromForm(QList<FieldError>& errors) const
{
    TracingRequest r = m_request;
    r.siteId = m_site->currentData().toLongLong();
    if (m_case) {
        r.caseId = m_case->id;
        r.inquirerPersonId = m_inquirerMember->currentData().toLongLong();
        r.inquirerName = m_inquirerMember->currentText();
    } else {
        r.inquirerName = m_inquirerName->text().simplified();
    }
    r.relationship = Relationship(m_relationship->currentData().toInt());
    r.contact = m_contact->text().trimmed();
    SoughtPerson& s = r.sought;
    s.givenNames = m_given->text().simplified();
    s.familyName1 = m_family1->text().simplified();
    s.familyName2 = m_family2->text().simplified();
    s.otherNames.clear();
    for (const QString& n : m_otherNames->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!n.simplified().isEmpty())
            s.otherNames.append(n.simplified());
    }
    s.sex = Sex(m_sex->currentData().toInt());
    s.birthDate = m_born->value();
    s.nationality = m_nationality->code();
    s.lastKnownCountry = m_lastCountry->code();
    s.lastKnownPlace = m_lastPlace->text().simplified();
    const auto seen = PartialDate::parse(m_lastSeen->text(), m_clock.today());
    if (seen)
        s.lastSeen = *seen;
    else
        errors.append({QStringLiteral("sought/lastSeen"),
                       tr("Write the date as 2025, 2025-11 or 15/11/2025.")});
    s.separation = m_separation->toPlainText().trimmed();
    return r;
}

void TracingRequestDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    QList<FieldError> formErrors;
    const TracingRequest r = fromForm(formErrors);
    if (!formErrors.isEmpty()) {
        m_errors.showError(Error::invalid(formErrors), m_error);
        return;
    }
    TracingService service(m_db, m_clock, m_session);
    Result<TracingRequest> saved = r.id == 0 ? service.add(r) : service.update(r);
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return;
    }
    m_request = *saved;
    QDialog::accept();
}
